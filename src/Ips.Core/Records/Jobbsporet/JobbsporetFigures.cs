using System.Collections.Immutable;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>Jobbsporet's own figures for one team, computed from the export the way Jobbsporet computes them, to set beside the library's definitions.</summary>
/// <remarks>
/// <para>
/// <b>Days to first employer meeting</b> (Jobbsporet's formula <c>Days_before_first_employer_meeting__c</c>), over the
/// team's active trails (status neither Referred nor Ended, as "Mine aktive jobbspor"): the typed-in first meeting
/// (<c>ips_First_meeting_with_the_Employer_held__c</c>, which may be with an educational institution) minus
/// <c>Oppstartsdato__c</c>, in days rounded half away from zero; without a first meeting, <see cref="JobbsporetReadOptions.Clock"/>'s
/// now minus the start. The library's item 15 and <c>NavOutcomeCalculator</c> differ: whole Oslo dates, in-person
/// job-development contacts only, and days so far capped at the exit or the period's end.
/// </para>
/// <para>
/// <b>Meeting within 30 days</b> (<c>ips_Employer_meeting_within_30_Days__c</c>): the first meeting is strictly before
/// the start plus 30 days (datetimes); false without one. Item 15's top band is a mean of at most 30 days instead.
/// </para>
/// <para>
/// <b>Utetid i %</b>: per specialist and ISO week, the minutes of meetings out in the field (travel time to or from
/// &gt; 0; status Completed or Participant Absent; channel Fysisk; record type IPS_Event, IPS_UO_Arbeidsgiver or
/// Ips_uo_Deltakermote — Jobbsporet also counts AMS meetings, ips_UO_m_ter, which an IPS read skips), meeting plus
/// travel, ÷ 60 ÷ 37.5 × 100: the same fixed full-time week for everyone; separate Reisetid blocks are not counted.
/// The library's item 24 divides community hours by each specialist's own scheduled hours.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <param name="ActiveTrails">Active trails counted for the days to first meeting.</param>
/// <param name="WithFirstMeeting">Of them, those with a first employer meeting recorded.</param>
/// <param name="MeanDaysToFirstMeeting">The mean of Jobbsporet's per-trail days; null when no trail could be counted (no first meeting and no clock).</param>
/// <param name="WithoutMeetingNotCounted">Active trails without a first meeting left out because no clock was given.</param>
/// <param name="MeetingWithin30Days">Active trails whose first meeting was within 30 days of the start.</param>
/// <param name="OutTime">Utetid per specialist and week, by specialist id then week.</param>
public sealed record JobbsporetFigures(
    int ActiveTrails,
    int WithFirstMeeting,
    double? MeanDaysToFirstMeeting,
    int WithoutMeetingNotCounted,
    int MeetingWithin30Days,
    ImmutableArray<JobbsporetOutTime> OutTime)
{
    /// <summary>The full-time week Jobbsporet's utetid reports divide by, in hours.</summary>
    public const double FullTimeWeekHours = 37.5;

    /// <summary>The share of active trails with a meeting within 30 days, or null without active trails.</summary>
    public double? MeetingWithin30DaysShare => ActiveTrails > 0 ? (double)MeetingWithin30Days / ActiveTrails : null;
}
