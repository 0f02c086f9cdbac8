namespace Ips.Core.Metrics;

/// <summary>How a participant who has no first employer contact yet counts in the days-to-first-contact figures (item 15).</summary>
/// <remarks>One option shared by <c>FactDerivation</c> (Ips.Core.Fidelity) and <see cref="Outcomes.NavOutcomeCalculator"/>; see <see cref="FirstContactOptions.WithoutContact"/>.</remarks>
public enum ParticipantsWithoutContact
{
    /// <summary>
    /// Count the days elapsed so far: from entry to the as-of date, or to the exit when that is earlier. The spec's
    /// conservative reading of item 15, and the default.
    /// </summary>
    CountDaysSoFar = 0,

    /// <summary>Leave the participant out of the mean and median (they stay in the cohort counts).</summary>
    LeaveOut = 1,
}
