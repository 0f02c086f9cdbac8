using Ips.Core.Jobs;

namespace Ips.Core.Outcomes;

/// <summary>Choices for <see cref="NavOutcomeCalculator"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NavOutcomeOptions
{
    /// <summary>The defaults: <see cref="CompetitiveJobPolicy.Default"/>, participants without an employer contact left out of the days figures.</summary>
    public static NavOutcomeOptions Default { get; } = new();

    /// <summary>Which jobs count as competitive (the competitive-work share and the quarterly employment rate).</summary>
    public CompetitiveJobPolicy CompetitivePolicy { get; init; } = CompetitiveJobPolicy.Default;

    /// <summary>
    /// Whether a participant with no in-person employer contact yet counts the days elapsed so far (to the reference
    /// date, or to the exit when earlier) in the days-to-first-contact figures. Off by default (NAV reports the median
    /// over participants who have had a contact); on gives item 15's conservative reading.
    /// </summary>
    public bool CountDaysElapsedWithoutContact { get; init; }
}
