namespace Ips.Core.Metrics;

/// <summary>How a job stands on a date: not held, held, competitive, or permanent-competitive (ordered: each includes the next).</summary>
/// <remarks>
/// Returned by <see cref="CurrentJobs.StandingOn"/>. Compare with <c>&gt;=</c>: a permanent-competitive job is also
/// competitive and held. The rules are the domain's: <see cref="Jobs.Job.IsActiveOn"/>,
/// <see cref="Jobs.Job.IsCompetitive"/> and <see cref="Jobs.Job.IsPermanentCompetitive"/> under a
/// <see cref="Jobs.CompetitiveJobPolicy"/> (its <see cref="Jobs.WageSubsidyPolicy"/>).
/// </remarks>
public enum JobStanding
{
    /// <summary>Not held on the date (not started yet, or ended before it).</summary>
    NotHeld = 0,

    /// <summary>Held on the date, not competitive under the policy.</summary>
    Held = 1,

    /// <summary>Held and competitive, but not of a permanent form (e.g. a time-limited contract).</summary>
    Competitive = 2,

    /// <summary>Held and permanent-competitive (permanent, seasonal or temp-agency, and competitive): item 21's numerator.</summary>
    PermanentCompetitive = 3,
}
