using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Ips.Core.Reliability.Tests;

/// <summary>
/// How many cases each property and fuzzing family runs. Every count in this project is a base count times
/// <see cref="Scale"/>, read once from the environment variable <c>IPS_PROPERTY_SCALE</c> (a positive number,
/// default 1; e.g. <c>IPS_PROPERTY_SCALE=10</c> runs ten times as many cases, <c>0.1</c> a tenth).
/// </summary>
/// <remarks>
/// Runs are deterministic: each property has its own fixed seed, so CI always checks the same cases and a failure
/// reproduces. Set <c>IPS_PROPERTY_SEED</c> to another whole number to explore different cases (the seed is mixed
/// with each property's own). The default budget generates more than 1 000 000 fact sets in total (see
/// docs/reliability.md for the measured counts).
/// </remarks>
internal static class PropertyBudget
{
    /// <summary>The environment variable that scales every case count.</summary>
    public const string ScaleVariable = "IPS_PROPERTY_SCALE";

    /// <summary>The environment variable that changes every seed.</summary>
    public const string SeedVariable = "IPS_PROPERTY_SEED";

    /// <summary>The factor applied to every base count.</summary>
    public static double Scale { get; } = ReadScale();

    /// <summary>The seed mixed into every property's seed.</summary>
    public static ulong SeedOffset { get; } = ReadSeed();

    /// <summary>The number of cases for a property whose base count is <paramref name="baseCount"/> (at least 1).</summary>
    public static int Cases(int baseCount) => (int)Math.Max(1, Math.Min(int.MaxValue, Math.Round(baseCount * Scale)));

    /// <summary>A deterministic FsCheck configuration running <paramref name="baseCount"/> × scale cases that throws on failure.</summary>
    public static Config Config(int baseCount, ulong seed) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(Cases(baseCount))
            .WithQuietOnSuccess(true)
            .WithEndSize(100)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Mix(seed), 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    /// <summary>A seed for the seeded (non-FsCheck) fuzzers and generators.</summary>
    public static int Seed(int seed) => (int)(Mix((ulong)seed) & 0x7FFFFFFF);

    /// <summary>SplitMix64's finaliser: spreads a small seed over all 64 bits.</summary>
    internal static ulong Mix(ulong seed)
    {
        unchecked
        {
            var z = seed + SeedOffset + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static double ReadScale()
    {
        var text = Environment.GetEnvironmentVariable(ScaleVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"{ScaleVariable} must be a positive number (invariant culture), not '{text}'.");
    }

    private static ulong ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        return ulong.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{SeedVariable} must be a whole number, not '{text}'.");
    }
}
