namespace Ips.Core.Metrics;

/// <summary>Which date counts as a participant's entry to IPS when measuring the days to the first employer contact (item 15).</summary>
/// <remarks>
/// The scale counts from "entry to the programme" (<i>etter inntak i programmet</i>). The library's entry is
/// enrolment, the first meeting with the employment specialist (NAV's <i>oppstart</i>); referral is the alternative.
/// </remarks>
public enum ProgrammeEntry
{
    /// <summary>The enrolment date (<see cref="Participants.Participant.EnrolmentDate"/>): the first meeting with the specialist. The default.</summary>
    Enrolment = 0,

    /// <summary>The referral date (<see cref="Participants.Participant.ReferralDate"/>), on or before enrolment.</summary>
    Referral = 1,
}
