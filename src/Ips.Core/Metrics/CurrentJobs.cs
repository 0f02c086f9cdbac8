using Ips.Core.Jobs;
using NodaTime;

namespace Ips.Core.Metrics;

/// <summary>Current jobs on a date, and which are competitive (items 21 and NAV's "in paid / competitive work").</summary>
/// <remarks>
/// <para>
/// Held on day d: <c>Start ≤ d</c> and (no end or <c>d ≤ End</c>), both inclusive, so a job ending on d is current on
/// d and not on d + 1 (<see cref="Job.IsActiveOn"/>). Competitive and permanent-competitive follow
/// <see cref="Job.IsCompetitive"/> and <see cref="Job.IsPermanentCompetitive"/> under the given
/// <see cref="CompetitiveJobPolicy"/>, whose <see cref="WageSubsidyPolicy"/> decides how NAV wage subsidies count
/// (<see cref="CompetitiveJobPolicy.Default"/>: time-limited subsidies count, permanent ones do not). Unpaid work
/// trials are <see cref="WorkTrial"/>, never jobs, and are not counted here.
/// </para>
/// <para>Allocation-free. Thread-safe.</para>
/// </remarks>
public static class CurrentJobs
{
    /// <summary>How the job stands on <paramref name="date"/> under <paramref name="policy"/>.</summary>
    /// <param name="job">The job.</param>
    /// <param name="date">The date.</param>
    /// <param name="policy">The competitive-job policy; <see cref="CompetitiveJobPolicy.Default"/> when null.</param>
    /// <returns><see cref="JobStanding.NotHeld"/> when not held on the date; otherwise the highest standing that applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is null.</exception>
    public static JobStanding StandingOn(Job job, LocalDate date, CompetitiveJobPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.IsActiveOn(date))
        {
            return JobStanding.NotHeld;
        }

        policy ??= CompetitiveJobPolicy.Default;
        return job.IsPermanentCompetitive(policy) ? JobStanding.PermanentCompetitive
            : job.IsCompetitive(policy) ? JobStanding.Competitive
            : JobStanding.Held;
    }

    /// <summary>Counts the jobs held on <paramref name="date"/>, the competitive and the permanent-competitive ones.</summary>
    /// <param name="jobs">The jobs.</param>
    /// <param name="date">The date.</param>
    /// <param name="policy">The competitive-job policy; <see cref="CompetitiveJobPolicy.Default"/> when null.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">A job is null.</exception>
    public static CurrentJobCounts CountOn(ReadOnlySpan<Job> jobs, LocalDate date, CompetitiveJobPolicy? policy = null)
    {
        policy ??= CompetitiveJobPolicy.Default;
        int current = 0, competitive = 0, permanent = 0;
        foreach (var job in jobs)
        {
            var standing = StandingOn(job, date, policy);
            current += standing >= JobStanding.Held ? 1 : 0;
            competitive += standing >= JobStanding.Competitive ? 1 : 0;
            permanent += standing == JobStanding.PermanentCompetitive ? 1 : 0;
        }

        return new CurrentJobCounts(current, competitive, permanent);
    }
}
