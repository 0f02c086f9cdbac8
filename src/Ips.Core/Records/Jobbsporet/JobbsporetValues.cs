using System.Collections.Frozen;
using Ips.Core.Employers;
using Ips.Core.Jobs;
using Ips.Core.Participants;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>The value mappings of <c>docs/jobbsporet.md</c>: Jobbsporet picklist API values to the library's values.</summary>
internal static class JobbsporetValues
{
    internal const string IpsRecordType = "IPS";

    /// <summary><c>ips_Status__c</c> → phase; null for <c>Referred</c> (no enrolment yet: the trail is left out).</summary>
    internal static FrozenDictionary<string, ParticipantPhase?> Status { get; } = new Dictionary<string, ParticipantPhase?>(StringComparer.Ordinal)
    {
        ["Referred"] = null,
        ["Mapping"] = ParticipantPhase.Engagement,
        ["Job development"] = ParticipantPhase.JobSearch,
        ["Working"] = ParticipantPhase.Working,
        ["In Education"] = ParticipantPhase.Education,
        ["Downsizing"] = ParticipantPhase.FollowAlong,
        ["Ended"] = ParticipantPhase.Exited,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>End_Cause__c</c> (Sluttårsak) → status at exit; null for <c>Not applicable</c> (the trail is left out).</summary>
    internal static FrozenDictionary<string, ExitStatus?> EndCause { get; } = new Dictionary<string, ExitStatus?>(StringComparer.Ordinal)
    {
        ["Work"] = ExitStatus.Working,
        ["Education"] = ExitStatus.Studying,
        ["Education - covered by NAV"] = ExitStatus.Studying,
        ["Education - self-financed"] = ExitStatus.Studying,
        ["Other end causes"] = ExitStatus.Unresolved,
        ["Not applicable"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>An end detail and the end causes it is allowed under.</summary>
    internal sealed record Detail(NavEndReason? Reason, bool Missing, params string[] AllowedUnder);

    /// <summary><c>ips_Other_end_cases__c</c> (Detaljert sluttårsak) → end reason. <c>Not applicable</c>: the trail is left out; the inactive <c>NA</c> variants count as missing.</summary>
    internal static FrozenDictionary<string, Detail> EndDetail { get; } = new Dictionary<string, Detail>(StringComparer.Ordinal)
    {
        ["Work without wage subsidy"] = new(NavEndReason.WorkWithoutWageSubsidy, false, "Work"),
        ["Work with wage subsidies from NAV"] = new(NavEndReason.WorkWithWageSubsidy, false, "Work"),
        ["Work in combination with other benefits from NAV"] = new(NavEndReason.WorkCombinedWithOtherNavBenefits, false, "Work"),
        ["Work in combination with a graduated disability pension"] = new(NavEndReason.WorkWithGradedDisabilityPension, false, "Work"),
        ["Education - self-financed"] = new(NavEndReason.EducationSelfFunded, false, "Education", "Other end causes", "Education - self-financed"),
        ["Education - covered by NAV"] = new(NavEndReason.EducationFundedByNav, false, "Education", "Other end causes", "Education - covered by NAV"),
        ["Chaining for other work-oriented measures under the auspices of NAV"] = new(NavEndReason.MovedToAnotherNavMeasure, false, "Other end causes"),
        ["Other active measures in consultation with NAV (eg medical treatment, or municipal measures)"] = new(NavEndReason.OtherActivity, false, "Other end causes"),
        ["Illness"] = new(NavEndReason.StoppedDueToIllness, false, "Other end causes"),
        ["Applied / granted disability benefits"] = new(NavEndReason.DisabilityPension, false, "Other end causes"),
        ["Applied for / granted old age pension / AFP"] = new(NavEndReason.OldAgePension, false, "Other end causes"),
        ["Other (military, pregnancy, relocation, etc.)"] = new(NavEndReason.Other, false, "Other end causes"),
        ["Not applicable"] = new(null, false),
        [".NA"] = new(null, true),
        ["N.A"] = new(null, true),
        ["N/A"] = new(null, true),
        ["NA"] = new(null, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What an <c>ips_Form_of_Employment__c</c> value becomes.</summary>
    internal enum FormTarget
    {
        Job,
        WorkTrial,
        NotMapped,
    }

    /// <summary>An employment form's mapping: a job form (on call or not), a work-trial kind, or nothing.</summary>
    internal sealed record Form(FormTarget Target, EmploymentForm JobForm = EmploymentForm.Permanent, bool OnCall = false, WorkTrialKind Trial = WorkTrialKind.Arbeidstrening);

    /// <summary><c>ips_Job__c.ips_Form_of_Employment__c</c> → job form or work trial.</summary>
    internal static FrozenDictionary<string, Form> EmploymentForms { get; } = new Dictionary<string, Form>(StringComparer.Ordinal)
    {
        ["Permanent employment"] = new(FormTarget.Job, EmploymentForm.Permanent),
        ["Temporary employment"] = new(FormTarget.Job, EmploymentForm.Temporary),
        ["Zero hours contrac"] = new(FormTarget.Job, EmploymentForm.Temporary, OnCall: true),
        ["Apprentice"] = new(FormTarget.Job, EmploymentForm.Temporary),
        ["Freelance / self-employed"] = new(FormTarget.NotMapped),
        ["work training"] = new(FormTarget.WorkTrial, Trial: WorkTrialKind.Arbeidstrening),
        ["Job taster"] = new(FormTarget.WorkTrial, Trial: WorkTrialKind.Praksis),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Employer-meeting types (<c>IPS_Type__c</c>) that make an employer contact.</summary>
    internal static FrozenSet<string> EmployerMeetingTypes { get; } = new[] { "Meeting with Employer", "Arbeidsgivermøte", "First Meeting with Employer" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every <c>IPS_Type__c</c> value of the reference (others are reported as unknown).</summary>
    internal static FrozenSet<string> MeetingTypes { get; } = new[] { "Start up meeting", "Meeting with Participant", "Meeting with Employer", "Arbeidsgivermøte", "Møte med Utd. Ins.", "Co-operation meeting", "First Meeting with Employer" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><c>IPS_Status1__c</c> values.</summary>
    internal static FrozenSet<string> MeetingStatuses { get; } = new[] { "Open", "Completed", "Participant Absent", "Cancelled" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary><c>ips_Subcategory_Type_IPS__c</c> and <c>IPS_Subcategory_Type_UO__c</c> → purpose.</summary>
    internal static FrozenDictionary<string, ContactPurpose> Subcategory { get; } = new Dictionary<string, ContactPurpose>(StringComparer.Ordinal)
    {
        ["Job development"] = ContactPurpose.JobDevelopment,
        ["Relationship building"] = ContactPurpose.JobDevelopment,
        ["Job support"] = ContactPurpose.FollowUpOfWorkingParticipant,
        ["Follow-up"] = ContactPurpose.FollowUpOfWorkingParticipant,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary><c>ips_uo_Kanal__c</c> → in person.</summary>
    internal static FrozenDictionary<string, bool> Channel { get; } = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["Fysisk"] = true,
        ["Digitalt"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Header fields that identify a person (in any file): never read; their presence is a finding.</summary>
    internal static FrozenSet<string> PersonIdentifierColumns { get; } = new[]
    {
        "IPS_Personnummer__c", "INT_PersonIdent__c", "IPS_DOB__c", "IPS_participants_age__c", "PersonBirthdate",
        "FirstName", "LastName", "MiddleName", "Salutation", "PersonEmail", "PersonMobilePhone", "PersonHomePhone",
        "Email", "Phone", "MobilePhone", "ips_behandler__c", "ips_behandler_epost__c", "ips_Behandler_telefonnummer__c",
        "ips_NAV_supervisor__c", "Phone_number_for_contact_when_no_show__c", "ParticipantSCN__c",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Files whose <c>Name</c> field is a person's name.</summary>
    internal static FrozenSet<string> NameIsAPerson { get; } = new[] { "Work_Trail__c.csv", "User.csv", "Contact.csv" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Objects of the reference the mapping does not read; a file of one is counted and reported.</summary>
    internal static IReadOnlyList<string> ObjectsNotRead { get; } =
    [
        "Task.csv", "ips_Education__c.csv", "ips_Office__c.csv", "ips_report__c.csv", "Recruitment_Program__c.csv",
        "IPS_Historic_Work_Trail__c.csv", "Contact.csv", "User.csv", "Collaborator__c.csv",
    ];
}
