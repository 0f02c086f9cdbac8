using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Metrics;
using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Outcomes;

/// <summary>The figures a NAV IPS team reports beside fidelity, for one programme (site) and one period.</summary>
/// <param name="Programme">The programme (site).</param>
/// <param name="Period">The period reported on; both ends inclusive.</param>
/// <param name="ReferenceDate">The date the point-in-time figures are taken on and the look-back windows end on (by default the period's end).</param>
/// <param name="ActiveParticipants">Participants active at some time in the period: enrolled on or before its end and not exited before its start.</param>
/// <param name="InPaidWork">Of the participants active on the reference date, those holding any paid job on that date.</param>
/// <param name="InCompetitiveWork">Of the participants active on the reference date, those holding a competitive job on that date.</param>
/// <param name="JobStartsLast6Months">Jobs started in the 6 months up to and including the reference date.</param>
/// <param name="JobStartsLast12Months">Jobs started in the 12 months up to and including the reference date.</param>
/// <param name="DaysToFirstEmployerContact">Days from entry to the first in-person employer contact, over the cohort of <see cref="NavOutcomeOptions.FirstContactCohort"/>.</param>
/// <param name="Exits">Exits within the period by NAV reason and status.</param>
/// <param name="PositionSizeAtExit">By position-size band, one row per band in band order: by default the people who left in the period with a work end reason, once each, by the largest job held on the exit date (see <see cref="NavOutcomeOptions.PositionSizeCohort"/>).</param>
/// <param name="QuarterlyEmploymentRates">The employment rate of each calendar quarter overlapping the period, in date order.</param>
/// <param name="Options">The options the figures were computed with, cohorts included: the stamp of every choice.</param>
/// <remarks>
/// <para>
/// Every share is a <see cref="CountShare"/>: the count, the denominator and the fraction, null when the denominator
/// is 0. See <see cref="NavOutcomeCalculator"/> for the exact definitions. The domain records the current caseload
/// only, so "on a caseload" on a day means active on that day (enrolment and exit dates inclusive).
/// </para>
/// <para>Immutable and thread-safe. Equality of the array members is by reference (as for <see cref="ImmutableArray{T}"/>).</para>
/// </remarks>
public sealed record NavOutcomeReport(
    ProgrammeId Programme,
    DateInterval Period,
    LocalDate ReferenceDate,
    int ActiveParticipants,
    CountShare InPaidWork,
    CountShare InCompetitiveWork,
    JobStartCounts JobStartsLast6Months,
    JobStartCounts JobStartsLast12Months,
    DaysToFirstEmployerContact DaysToFirstEmployerContact,
    ExitFigures Exits,
    ImmutableArray<PositionSizeBandCount> PositionSizeAtExit,
    ImmutableArray<QuarterlyEmploymentRate> QuarterlyEmploymentRates,
    NavOutcomeOptions Options);

/// <summary>Job starts in a look-back window.</summary>
/// <param name="Window">The window, both ends inclusive: the day after the same day <c>n</c> months before the reference date, through the reference date.</param>
/// <param name="Jobs">Paid jobs whose first day lies in the window (work trials are never jobs).</param>
/// <param name="Participants">Distinct participants with such a job.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record JobStartCounts(DateInterval Window, int Jobs, int Participants);

/// <summary>Days from entry to the first in-person employer contact (item 15; NAV reports the median per site).</summary>
/// <param name="CohortDefinition">Who the cohort is (the stamp of <see cref="NavOutcomeOptions.FirstContactCohort"/>).</param>
/// <param name="Options">The counting choices used (entry, participants without a contact).</param>
/// <param name="Cohort">The people the figure is about: whose first contact fell in the period, or enrolled in the period, on or before the reference date (see <paramref name="CohortDefinition"/>).</param>
/// <param name="WithContact">Of the cohort, those with a first employer contact (see <see cref="Metrics.FirstEmployerContact"/>) dated from entry through the reference date.</param>
/// <param name="WithoutContact">Of the cohort, those without one: always 0 for <see cref="FirstContactCohort.FirstContactInPeriod"/>; in the median and mean with the days so far unless <see cref="Metrics.FirstContactOptions.WithoutContact"/> leaves them out.</param>
/// <param name="Measured">The number of participants the median and mean are taken over.</param>
/// <param name="MedianDays">The median of the days, the mean of the two middle values for an even count; null when none is measured.</param>
/// <param name="MeanDays">The mean of the days; null when none is measured.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DaysToFirstEmployerContact(
    FirstContactCohort CohortDefinition,
    FirstContactOptions Options,
    int Cohort,
    int WithContact,
    int WithoutContact,
    int Measured,
    double? MedianDays,
    double? MeanDays);

/// <summary>The days-to-first-employer-contact figures of one site (programme).</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Period">The period; both ends inclusive.</param>
/// <param name="ReferenceDate">The reference date.</param>
/// <param name="Days">The figures.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SiteDaysToFirstEmployerContact(ProgrammeId Programme, DateInterval Period, LocalDate ReferenceDate, DaysToFirstEmployerContact Days);

/// <summary>Exits dated within the period.</summary>
/// <param name="Total">Participants whose exit date lies in the period.</param>
/// <param name="ByReason">One row per <see cref="NavEndReason"/>, in enum order, zeros included.</param>
/// <param name="ToWork">Exits for a work reason (<see cref="NavEndReasons.IsWork"/>) out of all exits: "andel formidlet til arbeid".</param>
/// <param name="ToEducation">Exits to education out of all exits.</param>
/// <param name="ByStatus">One row per <see cref="ExitStatus"/> (working, studying, unresolved), in enum order, each a share of all exits.</param>
/// <param name="WithJobAtExit">Exited participants holding at least one paid job on their exit date, out of all exits.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExitFigures(
    int Total,
    ImmutableArray<ExitReasonCount> ByReason,
    CountShare ToWork,
    CountShare ToEducation,
    ImmutableArray<ExitStatusCount> ByStatus,
    CountShare WithJobAtExit)
{
    /// <summary>Benefits at entry and exit of the same exits, and the exits to work without benefits; computed by <see cref="NavOutcomeCalculator"/> (no rows when constructed without it).</summary>
    public BenefitFigures Benefits { get; init; } = BenefitFigures.Empty;
}

/// <summary>Exits for one NAV reason.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Category">The reason's category.</param>
/// <param name="Exits">Exits for the reason, out of all exits in the period.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExitReasonCount(NavEndReason Reason, NavEndReasonCategory Category, CountShare Exits);

/// <summary>Exits with one status at exit.</summary>
/// <param name="Status">The status.</param>
/// <param name="Exits">Exits with the status, out of all exits in the period.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ExitStatusCount(ExitStatus Status, CountShare Exits);

/// <summary>One position-size band of the position-size-at-exit table.</summary>
/// <param name="Band">The band.</param>
/// <param name="Jobs">
/// What the band counts, out of the table's total. Under <see cref="PositionSizeCohort.PeopleLeftForWork"/> (the
/// default): people who left with a work end reason whose largest job held on the exit date is in the band, out of
/// those who left with a work end reason and held a job then. Under <see cref="PositionSizeCohort.JobsHeldAtExit"/>:
/// jobs in the band, out of all jobs held at exit by participants who exited in the period.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PositionSizeBandCount(PositionSizeBand Band, CountShare Jobs);

/// <summary>The IPS learning community's quarterly employment rate for one calendar quarter.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Quarter">The quarter, 1–4.</param>
/// <param name="CalendarQuarter">The whole calendar quarter.</param>
/// <param name="Window">The days counted: the quarter, ending at the reference date when the reference date falls inside it.</param>
/// <param name="Rate">Participants who held a competitive job on some day of the window while active, out of participants active on some day of the window.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuarterlyEmploymentRate(int Year, int Quarter, DateInterval CalendarQuarter, DateInterval Window, CountShare Rate)
{
    /// <summary>Whether the window is the whole quarter (the reference date is on or after the quarter's last day).</summary>
    public bool IsComplete => Window.Equals(CalendarQuarter);
}
