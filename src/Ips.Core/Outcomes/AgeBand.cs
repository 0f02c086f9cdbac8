using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Outcomes;

/// <summary>One age band of <see cref="AgeBands"/>: whole years from <see cref="From"/> through <see cref="To"/> (inclusive), or upwards when <see cref="To"/> is null.</summary>
/// <param name="From">The youngest age in the band (0 for the first band).</param>
/// <param name="To">The oldest age in the band, or null for the last, open band.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record AgeBand(int From, int? To)
{
    /// <summary>A stable ASCII code: <c>0-19</c>, <c>20-24</c>, <c>60+</c> (for CSV columns and JSON keys).</summary>
    public string Code => To is { } to ? Invariant($"{From}-{to}") : Invariant($"{From}+");

    /// <summary>Whether an age in whole years is in the band.</summary>
    /// <param name="years">The age.</param>
    /// <returns><see langword="true"/> when <see cref="From"/> ≤ years ≤ <see cref="To"/> (or no upper end).</returns>
    public bool Contains(int years) => years >= From && (To is null || years <= To.Value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, e.g. <c>25-29</c>.</returns>
    public override string ToString() => Code;
}
