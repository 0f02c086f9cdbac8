namespace Ips.Core.Synthetic;

/// <summary>A small, fast pseudo-random generator with a fixed, documented algorithm (SplitMix64, Steele, Lea and Flood 2014).</summary>
/// <remarks>
/// <para>
/// Chosen over <see cref="System.Random"/> because <c>new Random(seed)</c>'s algorithm is an implementation detail
/// of .NET that has changed before; SplitMix64 is a few lines of integer arithmetic, so the same seed gives the same
/// stream on every runtime, OS and CPU. Doubles are built from the top 53 bits, and the generator uses no
/// <see cref="Math.Log(double)"/> or <see cref="Math.Exp"/> (whose last bit may differ between platforms): only integer
/// arithmetic, multiplication and comparison, so the generated data are bit-identical everywhere.
/// </para>
/// <para>Not cryptographic. Not thread-safe: use one instance per thread (the generator derives one per programme).</para>
/// </remarks>
public sealed class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>Starts a stream from a seed.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Mixes two values into a well-spread seed (for independent sub-streams, e.g. one per programme).</summary>
    /// <param name="seed">The master seed.</param>
    /// <param name="stream">The sub-stream number.</param>
    /// <returns>A derived seed.</returns>
    public static ulong Derive(ulong seed, ulong stream) => Mix(unchecked(seed + ((stream + 1) * Gamma)));

    /// <summary>The next 64 random bits.</summary>
    /// <returns>A uniformly distributed value.</returns>
    public ulong Next()
    {
        _state = unchecked(_state + Gamma);
        return Mix(_state);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    /// <returns>The value.</returns>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>) (multiply-shift; bias below 2^-32).</summary>
    /// <param name="maxExclusive">The bound, at least 1.</param>
    /// <returns>The value.</returns>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        return (int)(((Next() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both inclusive.</summary>
    /// <param name="min">The smallest value.</param>
    /// <param name="max">The largest value, at least <paramref name="min"/>.</param>
    /// <returns>The value.</returns>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    /// <param name="p">The probability.</param>
    /// <returns>The outcome.</returns>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A count with mean <paramref name="mean"/>: binomial(n, mean / n) with n = max(4, ⌈4 × mean⌉), close to Poisson.</summary>
    /// <param name="mean">The mean, at least 0.</param>
    /// <returns>The count.</returns>
    public int Count(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var n = Math.Max(4, (int)Math.Ceiling(4 * mean));
        var p = mean / n;
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            k += NextDouble() < p ? 1 : 0;
        }

        return k;
    }

    /// <summary>A right-skewed positive value with mean <paramref name="mean"/>: 4 × mean × u1 × u2 (median ≈ 0.75 × mean, at most 4 × mean).</summary>
    /// <param name="mean">The mean.</param>
    /// <returns>The value.</returns>
    public double Skewed(double mean) => 4 * mean * NextDouble() * NextDouble();

    /// <summary>Picks an index by weight.</summary>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <returns>The chosen index.</returns>
    public int Pick(ReadOnlySpan<double> weights)
    {
        var total = 0d;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
