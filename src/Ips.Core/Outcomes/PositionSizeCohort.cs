namespace Ips.Core.Outcomes;

/// <summary>Who and what NAV's position-size-at-exit table counts.</summary>
/// <remarks>The choice is stamped on every report (<see cref="NavOutcomeReport.Options"/>).</remarks>
public enum PositionSizeCohort
{
    /// <summary>
    /// The default, as the JobbResept table reads: people who left in the period with a work end reason
    /// (<see cref="NavEndReasons.IsWork"/>), each counted once, by the size of the job they left into: the job held on
    /// the exit date, the largest when several. A work exit without a job held on the exit date (an inconsistent exit
    /// kept from records) is not in a band.
    /// </summary>
    PeopleLeftForWork = 0,

    /// <summary>Every paid job held on the exit date by anyone who left in the period, whatever the end reason: one person with two jobs counts twice.</summary>
    JobsHeldAtExit = 1,
}
