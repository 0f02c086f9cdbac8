using System.Collections.Immutable;
using Ips.Core.Jobs;
using Ips.Core.Records;
using Ips.Core.Metrics;
using NodaTime;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>What to derive facts over: the review period, the review date and the counting choices.</summary>
/// <remarks>
/// <para>
/// There is no hidden clock: <see cref="ReviewDate"/> is the "now" of every fact that describes a state (caseloads,
/// current jobs, job seekers), and <see cref="Period"/> (both ends inclusive) bounds every fact that counts events
/// (employer contacts, disclosure discussions). The review date must be on or after the period's end, so no fact
/// counts records dated after the review. Check with <see cref="DerivationOptionsValidator"/>;
/// <see cref="FactDerivation.Derive"/> validates and throws <see cref="FluentValidation.ValidationException"/>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record DerivationOptions
{
    /// <summary>The review period, both ends inclusive (e.g. the six months before the review).</summary>
    public required DateInterval Period { get; init; }

    /// <summary>The review date: caseloads, job seekers and current jobs are taken on this day. On or after the period's end.</summary>
    public required LocalDate ReviewDate { get; init; }

    /// <summary>Which jobs are competitive (item 21): how NAV wage subsidies count. <see cref="CompetitiveJobPolicy.Default"/> unless set; the same option as <see cref="Outcomes.NavOutcomeOptions.CompetitiveJobPolicy"/>.</summary>
    public CompetitiveJobPolicy CompetitiveJobPolicy { get; init; } = CompetitiveJobPolicy.Default;

    /// <summary>The STYRK-08 level that defines a job type (item 19); unit groups (4 digits) unless set.</summary>
    public JobTypeLevel JobTypeLevel { get; init; } = JobTypeLevel.UnitGroup;

    /// <summary>
    /// Item 15's counting choices: entry (enrolment unless set to referral) and how a participant without an employer
    /// contact yet counts (<see cref="ParticipantsWithoutContact.CountDaysSoFar"/>, the days from entry to the period's
    /// end — the spec's conservative reading, the default — or left out). <see cref="FirstContactOptions.Default"/>
    /// unless set; the same option as <see cref="Outcomes.NavOutcomeOptions.FirstContact"/>.
    /// </summary>
    public FirstContactOptions FirstContact { get; init; } = FirstContactOptions.Default;

    /// <summary>
    /// Item 15: whether participants enrolled before the period count too (default false: only participants enrolled
    /// within the period, so the figure describes current practice).
    /// </summary>
    public bool IncludeEnrolledBeforePeriod { get; init; }

    /// <summary>
    /// Facts the records' source lacks (e.g. <see cref="Records.Jobbsporet.JobbsporetTeam.SourceGaps"/>); empty by
    /// default. The items that need a missing fact are not derived (a missing fact is never taken as a zero, a "no" or
    /// an absence): each is listed in <see cref="DerivedReview.NotDerived"/> with the remedy.
    /// </summary>
    public ImmutableArray<SourceGap> SourceGaps { get => sourceGaps; init => sourceGaps = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<SourceGap> sourceGaps = [];

    /// <summary>Creates options for a period ending on the review date.</summary>
    /// <param name="period">The review period (inclusive); its end is the review date.</param>
    /// <returns>The options, with every other choice at its default.</returns>
    public static DerivationOptions For(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new DerivationOptions { Period = period, ReviewDate = period.End };
    }
}
