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

/// <summary>The row lists of one programme, reused from programme to programme (<see cref="ProgrammeRows.Lend"/>).</summary>
/// <remarks>
/// A programme's rows fill lists of hundreds of kilobytes (thousands of contacts): grown afresh for every programme,
/// their arrays land on the large object heap and each programme's growth triggers full (gen2) collections of the
/// records already built. Reused, they are allocated a few times per read.
/// </remarks>
internal sealed class RowBuffers
{
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

    /// <summary>Empties every list, keeping its capacity (the rows' strings are released: the arrays are cleared).</summary>
    internal void Clear()
    {
        Specialists.Clear();
        Teams.Clear();
        Participants.Clear();
        Occupations.Clear();
        Profiles.Clear();
        Caseloads.Clear();
        Assignments.Clear();
        Employers.Clear();
        Contacts.Clear();
        ContactParticipants.Clear();
        Jobs.Clear();
        Trials.Clear();
        FollowAlong.Clear();
        Benefits.Clear();
        Decisions.Clear();
        Discussions.Clear();
        Outreach.Clear();
    }
}

/// <summary>The rows of one programme, per file, in file order. Each list is filled by the one thread reading that file.</summary>
internal sealed class ProgrammeRows(int index, int line, string id)
{
    private RowBuffers? _rows;

    /// <summary>The programme's position in <c>programmes.csv</c>.</summary>
    internal int Index { get; } = index;

    internal int Line { get; } = line;

    internal string Id { get; } = id;

    internal List<SpecialistRow> Specialists => Rows.Specialists;

    internal List<OrdinalRow> Teams => Rows.Teams;

    internal List<ParticipantRow> Participants => Rows.Participants;

    internal List<OrdinalRow> Occupations => Rows.Occupations;

    internal List<ProfileRow> Profiles => Rows.Profiles;

    internal List<CaseloadRow> Caseloads => Rows.Caseloads;

    internal List<OrdinalRow> Assignments => Rows.Assignments;

    internal List<EmployerRow> Employers => Rows.Employers;

    internal List<ContactRow> Contacts => Rows.Contacts;

    internal List<ContactParticipantRow> ContactParticipants => Rows.ContactParticipants;

    internal List<JobRow> Jobs => Rows.Jobs;

    internal List<TrialRow> Trials => Rows.Trials;

    internal List<FollowAlongRow> FollowAlong => Rows.FollowAlong;

    internal List<BenefitsRow> Benefits => Rows.Benefits;

    internal List<DecisionRow> Decisions => Rows.Decisions;

    internal List<DiscussionRow> Discussions => Rows.Discussions;

    internal List<OutreachRow> Outreach => Rows.Outreach;

    /// <summary>Keys of rejected rows, one list per file (index = file), filled by that file's thread.</summary>
    internal List<RejectedKey>?[] Rejected { get; } = new List<RejectedKey>?[RecordSchema.Files.Length];

    private RowBuffers Rows => _rows ??= new RowBuffers();

    /// <summary>Gives the programme (before its rows are read) the emptied lists of one built before.</summary>
    internal void Lend(RowBuffers rows) => _rows ??= rows;

    /// <summary>Drops the rows once the programme is built, so the rows of all programmes are never held beside all the records; returns the emptied lists for the next programme.</summary>
    internal RowBuffers? Release()
    {
        var rows = _rows;
        _rows = null;
        rows?.Clear();
        return rows;
    }

    internal void Reject(int file, int line, string? key)
    {
        if (key is not null)
        {
            (Rejected[file] ??= []).Add(new RejectedKey(file, line, key));
        }
    }
}
