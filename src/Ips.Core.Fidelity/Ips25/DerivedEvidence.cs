using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>Item 1 for the programme as a whole: active participants on the review date per FTE.</summary>
/// <param name="ActiveParticipants">Participants on a caseload and active on the review date.</param>
/// <param name="FullTimeEquivalents">The specialists' FTE in IPS, summed.</param>
public sealed record CaseloadEvidence(long ActiveParticipants, double FullTimeEquivalents)
{
    /// <summary>Participants per FTE, or null without FTE.</summary>
    public double? PerFullTimeEquivalent => FullTimeEquivalents > 0 ? ActiveParticipants / FullTimeEquivalents : null;
}

/// <summary>Item 15: days from entry to the first in-person job-development employer contact (see <see cref="Ips.Core.Metrics.FirstEmployerContact"/>).</summary>
/// <param name="Participants">Participants counted (the cohort, less those left out for having no contact under <see cref="Ips.Core.Metrics.ParticipantsWithoutContact.LeaveOut"/>).</param>
/// <param name="WithContact">Of those, participants with a first employer contact by the period's end.</param>
/// <param name="WithoutContactCounted">Of those, participants without one, counted with the days so far.</param>
/// <param name="MeanDays">The mean, or null when no participant is counted.</param>
/// <param name="MedianDays">The median (mean of the middle two for an even count), or null when no participant is counted.</param>
public sealed record RapidJobSearchEvidence(int Participants, int WithContact, int WithoutContactCounted, double? MeanDays, double? MedianDays);

/// <summary>Item 23: the follow-along contact pattern over jobs started in the look-back.</summary>
/// <remarks>
/// A job's observed span runs from its start to the earlier of its end and the period's end; "month" b is days
/// 30b–30b+29 after the start and "week" k of month one is days 7k–7k+6 (k = 0–3). Only in-person contacts by the
/// specialist or a treatment-team member count.
/// </remarks>
/// <param name="Jobs">Jobs started in the look-back (the 365 days ending on the period's end).</param>
/// <param name="ContactBeforeStart">Jobs with contact in the 7 days before the start.</param>
/// <param name="ContactWithinThreeDays">Jobs with contact on the start day or the 3 days after.</param>
/// <param name="ObservedOneMonth">Jobs observed for at least one full month (30 days).</param>
/// <param name="WeeklyFirstMonth">Of those, jobs with contact in each of the first four weeks.</param>
/// <param name="ObservedTwoMonths">Jobs observed for at least two full months.</param>
/// <param name="AnyContactAfterFirstMonth">Of those, jobs with any contact after month one.</param>
/// <param name="ObservedFourMonths">Jobs observed for at least four full months.</param>
/// <param name="FourMonthsContact">Of those, jobs with contact in each of months one to four.</param>
/// <param name="ObservedOneYear">Of those, jobs observed for a year or more (365 days): only these can show level 4's support for a year.</param>
/// <param name="WeeklyThenMonthly">Of those observed a year, jobs with weekly contact in month one and contact in each of months two to twelve.</param>
/// <param name="Level">The practice level derived by the documented rule, or null when the records do not show enough.</param>
public sealed record FollowAlongEvidence(
    int Jobs,
    int ContactBeforeStart,
    int ContactWithinThreeDays,
    int ObservedOneMonth,
    int WeeklyFirstMonth,
    int ObservedTwoMonths,
    int AnyContactAfterFirstMonth,
    int ObservedFourMonths,
    int FourMonthsContact,
    int ObservedOneYear,
    int WeeklyThenMonthly,
    string? Level)
{
    /// <summary>Share of jobs observed four months with contact in each of those months, or null.</summary>
    public double? FourMonthsShare => ObservedFourMonths > 0 ? (double)FourMonthsContact / ObservedFourMonths : null;

    /// <summary>Share of jobs observed four months with weekly-then-monthly contact for a year (jobs observed less than a year count as not showing it), or null.</summary>
    public double? WeeklyThenMonthlyShare => ObservedFourMonths > 0 ? (double)WeeklyThenMonthly / ObservedFourMonths : null;
}

/// <summary>Item 13: what the disclosure discussions in the period evidence.</summary>
/// <param name="Discussions">Discussions in the period.</param>
/// <param name="Participants">Distinct participants discussed with.</param>
/// <param name="ProsAndCons">Discussions covering pros and cons.</param>
/// <param name="Accommodations">Discussions covering accommodations.</param>
/// <param name="ProsAndConsWithAccommodations">Discussions covering both pros and cons and accommodations: element b needs at least one.</param>
/// <param name="WordingExamples">Discussions giving wording examples (element c).</param>
/// <param name="ParticipantsDiscussedMoreThanOnce">Participants with more than one discussion (element d).</param>
/// <param name="Elements">The element ids evidenced.</param>
public sealed record DisclosureEvidence(int Discussions, int Participants, int ProsAndCons, int Accommodations, int ProsAndConsWithAccommodations, int WordingExamples, int ParticipantsDiscussedMoreThanOnce, ImmutableArray<string> Elements);
