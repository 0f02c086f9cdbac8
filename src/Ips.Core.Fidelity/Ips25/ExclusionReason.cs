namespace Ips.Core.Fidelity.Ips25;

/// <summary>Why a record was not used for a derived fact.</summary>
public enum ExclusionReason
{
    /// <summary>Dated outside the fact's window.</summary>
    OutsideWindow = 0,

    /// <summary>Not an in-person contact.</summary>
    NotInPerson = 1,

    /// <summary>No specialist made it (a participant's own contact), so it cannot count for a specialist.</summary>
    NoSpecialist = 2,

    /// <summary>A general employer contact, about no participant.</summary>
    GeneralContact = 3,

    /// <summary>Not made for job development (item 17 counts contacts made for job seekers; item 15's first contact must be about a job for the participant).</summary>
    NotJobDevelopment = 4,

    /// <summary>Whether the contact followed the participant's preferences was not recorded.</summary>
    PreferencesNotRecorded = 5,

    /// <summary>The participant is not on any caseload.</summary>
    NotOnCaseload = 6,

    /// <summary>Not active on the review date (enrolled later).</summary>
    NotActiveOnReviewDate = 7,

    /// <summary>The participant was not enrolled within the window counted (item 15).</summary>
    EnrolledOutsideCohort = 8,

    /// <summary>Dated before the participant's entry (item 15: enrolment, or referral when <see cref="Ips.Core.Metrics.FirstContactOptions.Entry"/> says so).</summary>
    BeforeEnrolment = 9,

    /// <summary>No in-person employer contact yet, and such participants are not counted (item 15 option).</summary>
    NoEmployerContactYet = 10,

    /// <summary>The job is not held on the review date.</summary>
    NotCurrentOnReviewDate = 11,

    /// <summary>An unpaid work trial or sheltered work: not a job.</summary>
    WorkTrialNotAJob = 12,

    /// <summary>Follow-along given by someone other than the specialist or the treatment team.</summary>
    OtherProvider = 13,

    /// <summary>The job did not start within the follow-along look-back (item 23).</summary>
    JobNotInCohort = 14,

    /// <summary>Scheduled or community hours are not recorded, or no hours are scheduled.</summary>
    HoursNotRecorded = 15,

    /// <summary>The specialist has no active participants to measure.</summary>
    EmptyCaseload = 16,
}
