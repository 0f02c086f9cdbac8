using Ips.Core.Benefits;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Records;

// One parsed row per file: the fields typed, identifiers interned, the line kept for errors. Rows are gathered per
// programme while the files are read and turned into domain records by RecordAssembler.
internal readonly record struct SpecialistRow(int Line, string Id, decimal Fte, string? Supervisor, decimal? Scheduled, decimal? Community);

internal readonly record struct OrdinalRow(int Line, string Parent, int Ordinal, string Value);

internal readonly record struct ParticipantRow(int Line, string Id, LocalDate Referral, LocalDate Enrolment, ReferralSourceKind Source, string? Team, ParticipantPhase Phase, LocalDate? Exit, NavEndReason? Reason, ExitStatus? Status, string? Description, ParticipantExtraRow Extra);

/// <summary>participants.csv's optional entry-characteristics columns (all null when the file has none of them).</summary>
internal readonly record struct ParticipantExtraRow(string? Measure, int? Age, Participants.AgeBasis? AgeBasis, string? UnitId, string? UnitLabel, string? Tags, Benefits.NavBenefits? BenefitsAtEntry, Benefits.NavBenefits? BenefitsAtExit);

internal readonly record struct ProfileRow(int Line, string Participant, int Ordinal, LocalDate Date, CareerProfileEntryKind Kind);

internal readonly record struct CaseloadRow(int Line, string Specialist, int Capacity, int Count);

internal readonly record struct EmployerRow(int Line, string Id, string? OrganisationNumber, string? Name, string? Industry);

internal readonly record struct ContactRow(int Line, int Index, LocalDate Date, string? Specialist, string Employer, bool InPerson, ContactPurpose Purpose, int Count, bool? Present, bool? Followed);

internal readonly record struct ContactParticipantRow(int Line, int Index, int Ordinal, string Participant);

internal readonly record struct JobRow(int Line, string Id, string Participant, string Employer, string Code, string Title, LocalDate Start, LocalDate? End, PositionSizeKind Kind, decimal? Amount, decimal? Percent, bool OrdinaryWage, EmploymentForm Form, bool Reserved, NavWageSubsidy Subsidy, JobEndReason? EndReason, bool Competitive, bool PermanentCompetitive);

internal readonly record struct TrialRow(int Line, string Participant, string Employer, LocalDate Start, LocalDate? End, WorkTrialKind Kind);

internal readonly record struct FollowAlongRow(int Line, LocalDate Date, string Participant, string Job, bool InPerson, FollowAlongProvider By);

internal readonly record struct BenefitsRow(int Line, LocalDate Date, string Participant, BenefitsPlanner By, BenefitsPlanningOccasion Occasion, bool Help);

internal readonly record struct DecisionRow(int Line, string Participant, int Ordinal, LocalDate Date, DisclosedInformation Information, DisclosureAudience Audience, DisclosureTiming? Timing, bool MaySpeak);

internal readonly record struct DiscussionRow(int Line, LocalDate Date, string Specialist, string Participant, bool ProsAndCons, bool Accommodations, bool Wording);

internal readonly record struct OutreachRow(int Line, LocalDate Date, string Participant, OutreachMethod Method, OutreachActor By, bool Coordinated, bool Family);

/// <summary>A key whose row was rejected while reading (the key parsed, another field did not), so rows depending on it can say why they are rejected too.</summary>
internal readonly record struct RejectedKey(int File, int Line, string Key);

/// <summary>The rows of one programme, per file, in file order. Each list is filled by the one thread reading that file.</summary>
internal sealed class ProgrammeRows(int index, int line, string id)
{
    /// <summary>The programme's position in <c>programmes.csv</c>.</summary>
    internal int Index { get; } = index;

    internal int Line { get; } = line;

    internal string Id { get; } = id;

    internal List<SpecialistRow> Specialists { get; } = [];

    internal List<OrdinalRow> Teams { get; } = [];

    internal List<ParticipantRow> Participants { get; } = [];

    internal List<OrdinalRow> Occupations { get; } = [];

    internal List<ProfileRow> Profiles { get; } = [];

    internal List<CaseloadRow> Caseloads { get; } = [];

    internal List<OrdinalRow> Assignments { get; } = [];

    internal List<EmployerRow> Employers { get; } = [];

    internal List<ContactRow> Contacts { get; } = [];

    internal List<ContactParticipantRow> ContactParticipants { get; } = [];

    internal List<JobRow> Jobs { get; } = [];

    internal List<TrialRow> Trials { get; } = [];

    internal List<FollowAlongRow> FollowAlong { get; } = [];

    internal List<BenefitsRow> Benefits { get; } = [];

    internal List<DecisionRow> Decisions { get; } = [];

    internal List<DiscussionRow> Discussions { get; } = [];

    internal List<OutreachRow> Outreach { get; } = [];

    /// <summary>Keys of rejected rows, one list per file (index = file), filled by that file's thread.</summary>
    internal List<RejectedKey>?[] Rejected { get; } = new List<RejectedKey>?[RecordSchema.Files.Length];

    /// <summary>Drops the rows once the programme is built, so the rows of all programmes are never held beside all the records.</summary>
    internal void Release()
    {
        Release(Specialists);
        Release(Teams);
        Release(Participants);
        Release(Occupations);
        Release(Profiles);
        Release(Caseloads);
        Release(Assignments);
        Release(Employers);
        Release(Contacts);
        Release(ContactParticipants);
        Release(Jobs);
        Release(Trials);
        Release(FollowAlong);
        Release(Benefits);
        Release(Decisions);
        Release(Discussions);
        Release(Outreach);
    }

    internal void Reject(int file, int line, string? key)
    {
        if (key is not null)
        {
            (Rejected[file] ??= []).Add(new RejectedKey(file, line, key));
        }
    }

    private static void Release<T>(List<T> rows)
    {
        rows.Clear();
        rows.TrimExcess();
    }
}
