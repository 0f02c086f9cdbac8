namespace Ips.Core.Outcomes;

/// <summary>A policy for hiding small counts in published tables: these are health data.</summary>
/// <remarks>
/// Off by default (<see cref="Off"/>). With <see cref="HideBelow"/>, a count from 1 to <c>minimum − 1</c> is rendered as
/// <c>&lt;minimum</c> and its share as a dash; 0 and counts of at least the minimum are shown. The policy is stamped on
/// every rendered report. It hides cells only: a sum beside hidden cells can still let a reader work one out, so
/// choose what to publish with that in mind. Immutable and thread-safe.
/// </remarks>
public sealed record SmallCellSuppression
{
    private SmallCellSuppression(int minimumCount) => MinimumCount = minimumCount;

    /// <summary>No suppression: every count is shown.</summary>
    public static SmallCellSuppression Off { get; } = new(0);

    /// <summary>The smallest count shown, or 0 when suppression is off.</summary>
    public int MinimumCount { get; }

    /// <summary>Whether the policy hides any count.</summary>
    public bool IsOn => MinimumCount > 0;

    /// <summary>A policy hiding the counts 1 to <paramref name="minimum"/> − 1, e.g. <c>HideBelow(5)</c> for NAV's usual "under 5".</summary>
    /// <param name="minimum">The smallest count shown, 2 to 100.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is below 2 or above 100.</exception>
    public static SmallCellSuppression HideBelow(int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimum, 100);
        return new SmallCellSuppression(minimum);
    }

    /// <summary>Whether a count is hidden.</summary>
    /// <param name="count">The count.</param>
    /// <returns><see langword="true"/> for a count from 1 to <see cref="MinimumCount"/> − 1.</returns>
    public bool Hides(int count) => count > 0 && count < MinimumCount;
}
