using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ips.Core.Benefits;
using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Outreach;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using static Ips.Core.Records.RecordSchema;

namespace Ips.Core.Records;

/// <summary>Turns one programme's parsed rows into domain records through the domain's factories and builder.</summary>
/// <remarks>
/// Every record goes through its public factory (<c>TryCreate</c>), so every domain rule is checked; errors are
/// mapped back to the row (file, line) and, where the domain names a property, its column. Before building, the
/// references between rows are resolved here (unknown, repeated or rejected keys), so each dependent row can say
/// which rejected row it depends on; the builder then checks the programme's rules again, in full.
/// Identifiers are interned, so maps compare them by reference. Not thread-safe; one instance per programme.
/// </remarks>
internal sealed class RecordAssembler
{
    private static readonly IEqualityComparer<string> SameString = ReferenceEqualityComparer.Instance;

    private readonly ProgrammeRows _p;
    private readonly RecordReadOptions _options;
    private readonly RecordErrorSink _errors;
    // Child rows whose own error rejected their parent: not reported again as depending on the parent they rejected.
    private readonly HashSet<(int File, int Line)> _selfRejected = [];
    private readonly Dictionary<string, (int File, int Line)>[] _rejected = new Dictionary<string, (int, int)>[Files.Length];

    internal RecordAssembler(ProgrammeRows rows, RecordReadOptions options, RecordErrorSink errors)
    {
        _p = rows;
        _options = options;
        _errors = errors;
        for (var file = 0; file < Files.Length; file++)
        {
            // Contact indexes are keyed by their digits, parsed and formatted anew (not pooled): compared by value.
            _rejected[file] = new Dictionary<string, (int, int)>(file is EmployerContactsFile or EmployerContactParticipantsFile ? StringComparer.Ordinal : SameString);
            foreach (var key in rows.Rejected[file] ?? [])
            {
                _rejected[file].TryAdd(key.Key, (key.File, key.Line));
            }
        }
    }

    /// <summary>Builds the programme from the rows that pass; <see langword="null"/> when its builder still refuses it (every reason reported).</summary>
    internal IpsProgramme? Build()
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create(_p.Id));
        // Records already written are read whole: an inconsistent exit is a finding, never a lost programme.
        builder.ExitConsistency = ExitConsistency.Report;

        // SpecialistsFile, with their teams.
        var teams = Group(_p.Teams, r => r.Parent, r => r.Ordinal, r => r.Line, SpecialistTeamsFile, SpecialistsFile);
        var specialists = new Dictionary<string, EmploymentSpecialist>(_p.Specialists.Count, SameString);
        foreach (var row in _p.Specialists)
        {
            if (specialists.ContainsKey(row.Id))
            {
                Error(ErrorCodes.Programme.DuplicateSpecialist, SpecialistsFile, row.Line, 2, "specialist_id repeats an earlier specialist of the programme (id not shown); ids are unique per programme.");
                continue;
            }

            var own = teams.GetValueOrDefault(row.Id) ?? [];
            var teamIds = new List<TeamId>(own.Count);
            foreach (var team in own)
            {
                teamIds.Add(TeamId.Create(team.Value));
            }

            var created = EmploymentSpecialist.TryCreate(
                SpecialistId.Create(row.Id), row.Fte, teamIds, row.Supervisor is null ? null : SupervisorId.Create(row.Supervisor), row.Scheduled, row.Community);
            if (created.IsSuccess || Accept(created, SpecialistsFile, row.Line, row.Id, LinesOf(own, SpecialistTeamsFile, static t => t.Line), "Teams"))
            {
                specialists.Add(row.Id, created.Value!);
                builder.Add(created.Value!);
            }
        }

        OrphanChildren(teams, specialists, SpecialistTeamsFile, SpecialistsFile, ErrorCodes.Programme.UnknownSpecialist, "specialist");

        // ParticipantsFile, with their preferred occupations and career profiles.
        var occupations = Group(_p.Occupations, r => r.Parent, r => r.Ordinal, r => r.Line, PreferredOccupationsFile, ParticipantsFile);
        var profiles = Group(_p.Profiles, r => r.Participant, r => r.Ordinal, r => r.Line, CareerProfileEntriesFile, ParticipantsFile);
        var participants = new Dictionary<string, Participant>(_p.Participants.Count, SameString);
        foreach (var row in _p.Participants)
        {
            if (participants.ContainsKey(row.Id))
            {
                Error(ErrorCodes.Programme.DuplicateParticipant, ParticipantsFile, row.Line, 2, "participant_id repeats an earlier participant of the programme (id not shown); ids are unique per programme.");
                continue;
            }

            if (BuildParticipant(row, occupations.GetValueOrDefault(row.Id), profiles.GetValueOrDefault(row.Id)) is { } participant)
            {
                participants.Add(row.Id, participant);
                builder.Add(participant);
            }
        }

        OrphanChildren(occupations, participants, PreferredOccupationsFile, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
        OrphanChildren(profiles, participants, CareerProfileEntriesFile, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");

        // EmployersFile.
        var employers = new Dictionary<string, Employer>(_p.Employers.Count, SameString);
        foreach (var row in _p.Employers)
        {
            if (employers.ContainsKey(row.Id))
            {
                Error(ErrorCodes.Programme.DuplicateEmployer, EmployersFile, row.Line, 2, "employer_id repeats an earlier employer of the programme (id not shown); ids are unique per programme.");
                continue;
            }

            OrganisationNumber? number = null;
            if (row.OrganisationNumber is not null)
            {
                var parsed = OrganisationNumber.TryCreate(row.OrganisationNumber);
                if (!Accept(parsed, EmployersFile, row.Line, row.Id, null, null, column: 3))
                {
                    continue;
                }

                number = parsed.Value;
            }

            var created = Employer.TryCreate(EmployerId.Create(row.Id), number, row.Name, row.Industry);
            if (Accept(created, EmployersFile, row.Line, row.Id, null, null))
            {
                employers.Add(row.Id, created.Value!);
                builder.Add(created.Value!);
            }
        }

        // CaseloadsFile, with their assignments (an over-full caseload is kept: capacity is enforced when assigning).
        var assignments = Group(_p.Assignments, r => r.Parent, r => r.Ordinal, r => r.Line, CaseloadAssignmentsFile, CaseloadsFile);
        var owners = new HashSet<string>(SameString);
        var onCaseload = new HashSet<string>(SameString);
        var policy = _options.CapacityPolicy ?? CaseloadCapacityPolicy.Default;
        foreach (var row in _p.Caseloads)
        {
            if (!specialists.TryGetValue(row.Specialist, out var specialist))
            {
                Reference(CaseloadsFile, row.Line, 2, row.Specialist, SpecialistsFile, ErrorCodes.Programme.UnknownSpecialist, "specialist");
                continue;
            }

            if (!owners.Add(row.Specialist))
            {
                Error(ErrorCodes.Programme.DuplicateCaseload, CaseloadsFile, row.Line, 2, "A second caseload for one specialist (id not shown); a specialist has at most one caseload.");
                continue;
            }

            var own = assignments.GetValueOrDefault(row.Specialist) ?? [];
            var ok = true;
            if (row.Count != own.Count + RejectedChildren(CaseloadAssignmentsFile, row.Specialist))
            {
                ok = false;
                Error(ErrorCodes.Records.CountMismatch, CaseloadsFile, row.Line, 4, Invariant($"participant_count is {row.Count} but caseload_assignments.csv has {own.Count} rows for the caseload."));
            }

            if (row.Capacity != policy.CapacityFor(specialist.Fte))
            {
                ok = false;
                Error(ErrorCodes.Records.CapacityMismatch, CaseloadsFile, row.Line, 3, Invariant($"capacity is {row.Capacity} but the capacity policy gives {policy.CapacityFor(specialist.Fte)} for the specialist's FTE {specialist.Fte}."));
            }

            var caseloadIds = new List<ParticipantId>(own.Count);
            var caseloadLines = new List<int>(own.Count);
            foreach (var a in own)
            {
                if (!participants.TryGetValue(a.Value, out var participant))
                {
                    Reference(CaseloadAssignmentsFile, a.Line, 4, a.Value, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
                    continue;
                }

                if (participant.HasExited)
                {
                    Error(ErrorCodes.Programme.ExitedParticipantOnCaseload, CaseloadAssignmentsFile, a.Line, 4, "The participant (id not shown) has exited; caseloads hold active participants only.");
                    continue;
                }

                if (!onCaseload.Add(a.Value))
                {
                    Error(ErrorCodes.Caseload.OnAnotherCaseload, CaseloadAssignmentsFile, a.Line, 4, "The participant (id not shown) is already on another caseload of the programme; a participant is on at most one.");
                    continue;
                }

                caseloadIds.Add(participant.Id);
                caseloadLines.Add(a.Line);
            }

            if (!ok)
            {
                // The assignment rows that were fine on their own go with their caseload: listed, never dropped unseen.
                foreach (var line in caseloadLines)
                {
                    Error(ErrorCodes.Records.DependsOnRejectedRow, CaseloadAssignmentsFile, line, 2, Invariant($"The row belongs to a caseload whose row was rejected ({FileName(CaseloadsFile)}:{row.Line}); this row is rejected with it."));
                }

                continue;
            }

            var created = Caseload.TryFromRecords(specialist, caseloadIds, policy);
            if (created.IsSuccess || Accept(created, CaseloadsFile, row.Line, null, LinesOf(own, CaseloadAssignmentsFile, static o => o.Line), "Participants"))
            {
                builder.Add(created.Value!);
            }
        }

        OrphanChildren(assignments, specialists, CaseloadAssignmentsFile, SpecialistsFile, ErrorCodes.Programme.UnknownSpecialist, "specialist");
        foreach (var (key, list) in assignments)
        {
            // A known specialist without a caseloads.csv row: the assignments have no caseload to belong to.
            if (specialists.ContainsKey(key) && !owners.Contains(key))
            {
                foreach (var a in list)
                {
                    Error(ErrorCodes.Records.MissingParentRow, CaseloadAssignmentsFile, a.Line, 2, Invariant($"specialist_id names a specialist (id not shown) with no row in the programme's {FileName(CaseloadsFile)}; an assignment belongs to a caseload row."));
                }
            }
        }

        // Employer contacts, with the participants each is about: the participant rows sorted once by contact and
        // ordinal (they are written in that order, so usually already are), each contact's rows a slice of them.
        var links = _p.ContactParticipants;
        if (!IsSorted(links))
        {
            links.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Ordinal.CompareTo(b.Ordinal));
        }

        var named = new Dictionary<int, (int Start, int Count)>();
        for (var i = 0; i < links.Count;)
        {
            var start = i;
            while (i < links.Count && links[i].Index == links[start].Index)
            {
                i++;
            }

            named[links[start].Index] = (start, i - start);
        }

        var rejectedLinks = new HashSet<int>();
        foreach (var key in _rejected[EmployerContactParticipantsFile])
        {
            rejectedLinks.Add(int.Parse(key.Key, CultureInfo.InvariantCulture));
        }

        var contactIndexes = new HashSet<int>();
        var ids = new List<ParticipantId>();

        // Most contacts are about one participant: they share one (boxed) one-element array per participant, which
        // EmployerContact.TryCreate keeps as is, instead of millions of identical small arrays for the GC to copy.
        var single = new Dictionary<string, IEnumerable<ParticipantId>>(participants.Count, SameString);
        foreach (var row in _p.Contacts)
        {
            if (!contactIndexes.Add(row.Index))
            {
                Error(ErrorCodes.Records.DuplicateKey, EmployerContactsFile, row.Line, 2, "contact_index repeats an earlier contact of the programme; it is the contact's key.");
                continue;
            }

            SpecialistId? specialistId = null;
            var ok = true;
            if (row.Specialist is not null)
            {
                ok = Known(specialists, row.Specialist, EmployerContactsFile, row.Line, 4, SpecialistsFile, ErrorCodes.Programme.UnknownSpecialist, "specialist");
                specialistId = ok ? specialists[row.Specialist].Id : null;
            }

            ok &= Known(employers, row.Employer, EmployerContactsFile, row.Line, 5, EmployersFile, ErrorCodes.Programme.UnknownEmployer, "employer", out var employer);
            var slice = named.GetValueOrDefault(row.Index);
            if (rejectedLinks.Contains(row.Index))
            {
                ok = false;
                var link = _rejected[EmployerContactParticipantsFile][row.Index.ToString(CultureInfo.InvariantCulture)];
                Error(ErrorCodes.Records.DependsOnRejectedRow, EmployerContactsFile, row.Line, 0, Invariant($"The contact is rejected because a participant row of it was rejected ({FileName(link.File)}:{link.Line})."));
            }
            else if (row.Count != slice.Count)
            {
                ok = false;
                Error(ErrorCodes.Records.CountMismatch, EmployerContactsFile, row.Line, 8, Invariant($"participant_count is {row.Count} but employer_contact_participants.csv has {slice.Count} rows for the contact."));
            }

            ids.Clear();
            for (var k = 0; k < slice.Count; k++)
            {
                var link = links[slice.Start + k];
                if (link.Ordinal != k)
                {
                    ok = false;
                    Error(ErrorCodes.Records.OrdinalSequence, EmployerContactParticipantsFile, link.Line, 3, "The ordinals of one contact's participants must be 0, 1, 2, … without gaps or repeats.");
                    break;
                }

                if (participants.TryGetValue(link.Participant, out var participant))
                {
                    ids.Add(participant.Id);
                }
                else
                {
                    ok = false;
                    Reference(EmployerContactParticipantsFile, link.Line, 4, link.Participant, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
                    var cause = _rejected[ParticipantsFile].TryGetValue(link.Participant, out var rejected) ? Invariant($", which refers to a rejected row ({FileName(rejected.File)}:{rejected.Line})") : string.Empty;
                    Error(ErrorCodes.Records.DependsOnRejectedRow, EmployerContactsFile, row.Line, 0, Invariant($"The contact is rejected with its participant row ({FileName(EmployerContactParticipantsFile)}:{link.Line}){cause}."));
                }
            }

            if (!ok)
            {
                continue;
            }

            IEnumerable<ParticipantId> about = ids;
            if (slice.Count == 1)
            {
                var key = links[slice.Start].Participant;
                if (!single.TryGetValue(key, out about!))
                {
                    single.Add(key, about = ImmutableArray.Create(ids[0]));
                }
            }

            var created = EmployerContact.TryCreate(row.Date, specialistId, employer!.Id, row.InPerson, row.Purpose, about, row.Present, row.Followed);
            if (created.IsSuccess || Accept(created, EmployerContactsFile, row.Line, null, LinesOf(links.GetRange(slice.Start, slice.Count), EmployerContactParticipantsFile, static l => l.Line), "Participants"))
            {
                builder.Add(created.Value!);
            }
        }

        foreach (var (index, slice) in named)
        {
            if (!contactIndexes.Contains(index))
            {
                var key = index.ToString(CultureInfo.InvariantCulture);
                foreach (var link in links.GetRange(slice.Start, slice.Count))
                {
                    if (_rejected[EmployerContactsFile].TryGetValue(key, out var parent))
                    {
                        Error(ErrorCodes.Records.DependsOnRejectedRow, EmployerContactParticipantsFile, link.Line, 2, Invariant($"The row belongs to a contact whose row was rejected ({FileName(parent.File)}:{parent.Line})."));
                    }
                    else
                    {
                        Error(ErrorCodes.Records.UnknownContact, EmployerContactParticipantsFile, link.Line, 2, "contact_index names no employer contact of the programme.");
                    }
                }
            }
        }

        // JobsFile.
        var jobs = new Dictionary<string, Job>(_p.Jobs.Count, SameString);
        var competitive = CompetitiveJobPolicy.Default;
        foreach (var row in _p.Jobs)
        {
            if (jobs.ContainsKey(row.Id))
            {
                Error(ErrorCodes.Programme.DuplicateJob, JobsFile, row.Line, 2, "job_id repeats an earlier job of the programme (id not shown); ids are unique per programme.");
                continue;
            }

            var ok = Known(participants, row.Participant, JobsFile, row.Line, 3, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
            ok &= Known(employers, row.Employer, JobsFile, row.Line, 4, EmployersFile, ErrorCodes.Programme.UnknownEmployer, "employer");
            var code = OccupationCode.TryCreate(row.Code);
            ok &= Accept(code, JobsFile, row.Line, row.Id, null, null, column: 5);
            var size = PositionSizeOf(row);
            ok &= size is not null;
            if (!ok)
            {
                _rejected[JobsFile].TryAdd(row.Id, (JobsFile, row.Line));
                continue;
            }

            var type = JobType.TryCreate(code.Value!, row.Title);
            if (!Accept(type, JobsFile, row.Line, row.Id, null, null, column: 6))
            {
                continue;
            }

            var created = Job.TryCreate(JobId.Create(row.Id), participants[row.Participant].Id, employers[row.Employer].Id, type.Value!, row.Start, size!, row.OrdinaryWage, row.Form, row.Reserved, row.Subsidy, row.End, row.EndReason);
            if (!Accept(created, JobsFile, row.Line, row.Id, null, null))
            {
                continue;
            }

            var job = created.Value!;
            var derivedOk = true;
            if (job.PositionSize.PercentOfFullTime != row.Percent)
            {
                derivedOk = false;
                Error(ErrorCodes.Records.DerivedMismatch, JobsFile, row.Line, 11, "position_percent differs from the percent of full time that position_size_kind and position_size_amount give (hours × 100 / 37.5; empty when on call).");
            }

            if (job.IsCompetitive(competitive) != row.Competitive)
            {
                derivedOk = false;
                Error(ErrorCodes.Records.DerivedMismatch, JobsFile, row.Line, 17, "competitive differs from what the row's wage, form, reservation and subsidy give under the default competitive-job policy.");
            }

            if (job.IsPermanentCompetitive(competitive) != row.PermanentCompetitive)
            {
                derivedOk = false;
                Error(ErrorCodes.Records.DerivedMismatch, JobsFile, row.Line, 18, "permanent_competitive differs from what the row's fields give under the default competitive-job policy.");
            }

            if (!derivedOk)
            {
                _rejected[JobsFile].TryAdd(row.Id, (JobsFile, row.Line));
                continue;
            }

            jobs.Add(row.Id, job);
            builder.Add(job);
        }

        foreach (var row in _p.Trials)
        {
            var ok = Known(participants, row.Participant, WorkTrialsFile, row.Line, 2, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
            ok &= Known(employers, row.Employer, WorkTrialsFile, row.Line, 3, EmployersFile, ErrorCodes.Programme.UnknownEmployer, "employer");
            if (ok)
            {
                var created = WorkTrial.TryCreate(participants[row.Participant].Id, employers[row.Employer].Id, row.Start, row.End, row.Kind);
                if (Accept(created, WorkTrialsFile, row.Line, null, null, null))
                {
                    builder.Add(created.Value!);
                }
            }
        }

        foreach (var row in _p.FollowAlong)
        {
            var ok = Known(participants, row.Participant, FollowAlongContactsFile, row.Line, 3, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant", out var participant);
            ok &= Known(jobs, row.Job, FollowAlongContactsFile, row.Line, 4, JobsFile, ErrorCodes.Programme.UnknownJob, "job", out var job);
            if (ok && !ReferenceEquals(job!.Participant.Value, participant!.Id.Value) && job.Participant != participant.Id)
            {
                ok = false;
                Error(ErrorCodes.Programme.JobOfAnotherParticipant, FollowAlongContactsFile, row.Line, 4, "job_id names a job held by another participant than the contact's (ids not shown).");
            }

            if (ok)
            {
                var created = FollowAlongContact.TryCreate(row.Date, participant!.Id, job!.Id, row.InPerson, row.By);
                if (Accept(created, FollowAlongContactsFile, row.Line, null, null, null))
                {
                    builder.Add(created.Value!);
                }
            }
        }

        foreach (var row in _p.Benefits)
        {
            if (Known(participants, row.Participant, BenefitsPlanningSessionsFile, row.Line, 3, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant"))
            {
                var created = BenefitsPlanningSession.TryCreate(row.Date, participants[row.Participant].Id, row.By, row.Occasion, row.Help);
                if (Accept(created, BenefitsPlanningSessionsFile, row.Line, null, null, null))
                {
                    builder.Add(created.Value!);
                }
            }
        }

        // Disclosure histories: one per participant, its decisions in ordinal order.
        var histories = Group(_p.Decisions, r => r.Participant, r => r.Ordinal, r => r.Line, DisclosureDecisionsFile, ParticipantsFile);
        foreach (var (participantKey, decisions) in histories)
        {
            if (!Known(participants, participantKey, DisclosureDecisionsFile, decisions[0].Line, 2, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant"))
            {
                for (var k = 1; k < decisions.Count; k++)
                {
                    Reference(DisclosureDecisionsFile, decisions[k].Line, 2, participantKey, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
                }

                continue;
            }

            var participant = participants[participantKey].Id;
            var built = new List<DisclosureDecision>(decisions.Count);
            var ok = true;
            foreach (var d in decisions)
            {
                var decision = DisclosureDecision.TryCreate(participant, d.Date, d.Information, d.Audience, d.Timing, d.MaySpeak);
                if (Accept(decision, DisclosureDecisionsFile, d.Line, null, null, null))
                {
                    built.Add(decision.Value!);
                }
                else
                {
                    ok = false;
                }
            }

            if (ok)
            {
                var history = DisclosureHistory.TryCreate(participant, built);
                if (history.IsSuccess || Accept(history, DisclosureDecisionsFile, decisions[0].Line, null, LinesOf(decisions, DisclosureDecisionsFile, static d => d.Line), "Decisions"))
                {
                    builder.Add(history.Value!);
                }
            }
        }

        foreach (var row in _p.Discussions)
        {
            var ok = Known(specialists, row.Specialist, DisclosureDiscussionsFile, row.Line, 3, SpecialistsFile, ErrorCodes.Programme.UnknownSpecialist, "specialist");
            ok &= Known(participants, row.Participant, DisclosureDiscussionsFile, row.Line, 4, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant");
            if (ok)
            {
                var created = DisclosureDiscussion.TryCreate(row.Date, specialists[row.Specialist].Id, participants[row.Participant].Id, row.ProsAndCons, row.Accommodations, row.Wording);
                if (Accept(created, DisclosureDiscussionsFile, row.Line, null, null, null))
                {
                    builder.Add(created.Value!);
                }
            }
        }

        foreach (var row in _p.Outreach)
        {
            if (Known(participants, row.Participant, OutreachAttemptsFile, row.Line, 3, ParticipantsFile, ErrorCodes.Programme.UnknownParticipant, "participant"))
            {
                var created = OutreachAttempt.TryCreate(row.Date, participants[row.Participant].Id, row.Method, row.By, row.Coordinated, row.Family);
                if (Accept(created, OutreachAttemptsFile, row.Line, null, null, null))
                {
                    builder.Add(created.Value!);
                }
            }
        }

        // The builder checks every programme rule again; the reader resolved the references it knows, so a failure
        // here is a rule the reader does not pre-check: reported against the programme, which is then not built.
        var result = builder.TryBuild();
        if (result.IsSuccess)
        {
            return result.Value;
        }

        foreach (var error in result.Errors)
        {
            Error(error.Code, ProgrammesFile, _p.Line, 0, "The programme could not be built: " + error.PropertyName + " breaks rule " + error.Code + " (ids not shown).");
        }

        return null;
    }

    private static bool IsSorted(List<ContactParticipantRow> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var (a, b) = (rows[i - 1], rows[i]);
            if (a.Index > b.Index || (a.Index == b.Index && a.Ordinal >= b.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The (file, line) of each child row, for mapping a factory's <c>Children[i]</c> errors back to rows. Only called for a failed factory: a lambda in the row loops would allocate a closure per row.</summary>
    private static Func<List<(int File, int Line)>> LinesOf<TRow>(List<TRow> rows, int file, Func<TRow, int> line) =>
        () => rows.Select(r => (file, line(r))).ToList();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Snake(string property)
    {
        var text = new StringBuilder(property.Length + 8);
        for (var i = 0; i < property.Length; i++)
        {
            var c = property[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>The 1-based column a domain property names in a file, or 0 when none does.</summary>
    private static int ColumnOf(int file, string property)
    {
        var head = property;
        var cut = head.IndexOfAny(['[', '.']);
        if (cut >= 0)
        {
            head = head[..cut];
        }

        var columns = Files[file].Columns;
        if (head == "Id")
        {
            return 2;
        }

        // Only the properties whose snake_case name is not their column's; the others are found by the fallback below.
        var overrides = head switch
        {
            "Form" => "employment_form",
            "ExitRecord" => "exit_date",
            "Team" => "referral_team_id",
            "Reason" => "exit_reason",
            "Status" => "exit_status",
            "Occupation" or "Code" => "occupation_code",
            "PositionSize" or "Amount" => "position_size_amount",
            "Description" => "preferences_description",
            "Years" => "age_at_enrolment",
            "Basis" => "age_basis",
            "Label" => "referring_unit_label",
            "Tags" or "GroupingTag" => "grouping_tags",
            _ => null,
        };
        if (overrides is not null && columns.IndexOf(overrides) is var o and >= 0)
        {
            return o + 1;
        }

        var snake = Snake(head);
        foreach (var suffix in (ReadOnlySpan<string>)["", "_id", "_date", "_code", "_kind"])
        {
            var index = columns.IndexOf(snake + suffix);
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return 0;
    }

    private void Error(string code, int file, int line, int column, string message) => _errors.Add(code, file, line, column, message);

    /// <summary>Reports a factory's errors against the row (a child row for <c>Children[i]</c> properties); returns whether it succeeded, and on failure marks the row's key rejected.</summary>
    private bool Accept<T>(DomainResult<T> result, int file, int line, string? key, Func<List<(int File, int Line)>>? childLines, string? childProperty, int column = -1)
    {
        if (result.IsSuccess)
        {
            return true;
        }

        var children = childLines?.Invoke();
        foreach (var error in result.Errors)
        {
            var (targetFile, targetLine, targetColumn) = (file, line, column >= 0 ? column : ColumnOf(file, error.PropertyName));
            if (children is not null && childProperty is not null && error.PropertyName.StartsWith(childProperty + "[", StringComparison.Ordinal))
            {
                var close = error.PropertyName.IndexOf(']', StringComparison.Ordinal);
                if (int.TryParse(error.PropertyName.AsSpan(childProperty.Length + 1, close - childProperty.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < children.Count)
                {
                    // Children[i].Member points at the member's column of the child row; the child row as a whole at its last column.
                    (targetFile, targetLine) = children[index];
                    var member = close + 1 < error.PropertyName.Length && error.PropertyName[close + 1] == '.' ? ColumnOf(targetFile, error.PropertyName[(close + 2)..]) : 0;
                    targetColumn = member > 0 ? member : Files[targetFile].Columns.Length;
                    _selfRejected.Add((targetFile, targetLine));
                }
            }

            Error(error.Code, targetFile, targetLine, targetColumn, error.Message);
        }

        if (key is not null)
        {
            _rejected[file].TryAdd(key, (file, line));
        }

        return false;
    }

    private bool Known<T>(Dictionary<string, T> known, string key, int file, int line, int column, int keyFile, string unknownCode, string what) =>
        Known(known, key, file, line, column, keyFile, unknownCode, what, out _);

    /// <summary>Whether <paramref name="key"/> is known (then <paramref name="value"/> is its record, one lookup); otherwise reports the reference.</summary>
    private bool Known<T>(Dictionary<string, T> known, string key, int file, int line, int column, int keyFile, string unknownCode, string what, out T? value)
    {
        if (known.TryGetValue(key, out value))
        {
            return true;
        }

        Reference(file, line, column, key, keyFile, unknownCode, what);
        return false;
    }

    /// <summary>Reports a reference that did not resolve: to a rejected row (saying which), or to nothing.</summary>
    private void Reference(int file, int line, int column, string key, int keyFile, string unknownCode, string what)
    {
        if (_rejected[keyFile].TryGetValue(key, out var parent))
        {
            if (_selfRejected.Contains((file, line)))
            {
                return;
            }

            Error(ErrorCodes.Records.DependsOnRejectedRow, file, line, column, Invariant($"{ColumnName(file, column - 1)} refers to {Article(what)} {what} whose row was rejected ({FileName(parent.File)}:{parent.Line}); this row is rejected with it."));
        }
        else
        {
            Error(unknownCode, file, line, column, Invariant($"{ColumnName(file, column - 1)} refers to {Article(what)} {what} (id not shown) that is not in the programme's {FileName(keyFile)}."));
        }
    }

    private static string Article(string noun) => noun.Length > 0 && "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    private int RejectedChildren(int file, string parent)
    {
        var count = 0;
        foreach (var key in _p.Rejected[file] ?? [])
        {
            if (ReferenceEquals(key.Key, parent))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Groups child rows by parent key, each group in ordinal order; a group whose ordinals are not 0, 1, 2, … is reported and dropped.</summary>
    private Dictionary<string, List<TRow>> Group<TRow>(List<TRow> rows, Func<TRow, string> parent, Func<TRow, int> ordinal, Func<TRow, int> line, int file, int parentFile)
    {
        var groups = new Dictionary<string, List<TRow>>(SameString);
        foreach (var row in rows)
        {
            var key = parent(row);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(row);
        }

        List<string>? broken = null;
        foreach (var (key, list) in groups)
        {
            var sorted = true;
            for (var i = 1; i < list.Count && sorted; i++)
            {
                sorted = ordinal(list[i - 1]) < ordinal(list[i]);
            }

            if (!sorted)
            {
                list.Sort((a, b) => ordinal(a).CompareTo(ordinal(b)));
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (ordinal(list[i]) != i)
                {
                    Error(ErrorCodes.Records.OrdinalSequence, file, line(list[i]), 3, "The ordinals under one parent must be 0, 1, 2, … without gaps or repeats.");
                    _rejected[file].TryAdd(key, (file, line(list[i])));
                    (broken ??= []).Add(key);
                    break;
                }
            }
        }

        foreach (var key in broken ?? [])
        {
            groups.Remove(key);
        }

        _ = parentFile;
        return groups;
    }

    /// <summary>Reports child rows whose parent is not in the programme (or was rejected).</summary>
    private void OrphanChildren<TRow, TParent>(Dictionary<string, List<TRow>> groups, Dictionary<string, TParent> parents, int file, int parentFile, string unknownCode, string what)
        where TRow : struct
    {
        foreach (var (key, list) in groups)
        {
            if (parents.ContainsKey(key))
            {
                continue;
            }

            foreach (var row in list)
            {
                var line = row switch
                {
                    OrdinalRow o => o.Line,
                    ProfileRow p => p.Line,
                    _ => 0,
                };
                Reference(file, line, 2, key, parentFile, unknownCode, what);
            }
        }
    }

    /// <summary>The entry characteristics of participants.csv's optional columns; each broken rule is reported at its column.</summary>
    private EntryCharacteristics? BuildCharacteristics(ParticipantRow row, ref bool ok)
    {
        var x = row.Extra;
        NavMeasure? measure = null;
        if (x.Measure is not null)
        {
            var parsed = NavMeasure.TryFromCode(x.Measure);
            ok &= Accept(parsed, ParticipantsFile, row.Line, null, null, null, column: 12);
            measure = parsed.IsSuccess ? parsed.Value : null;
        }

        AgeAtEnrolment? age = null;
        if (x.Age is { } years && x.AgeBasis is { } basis)
        {
            var created = AgeAtEnrolment.TryCreate(years, basis);
            ok &= Accept(created, ParticipantsFile, row.Line, null, null, null);
            age = created.IsSuccess ? created.Value : null;
        }
        else if (x.Age is not null || x.AgeBasis is not null)
        {
            ok = false;
            Error(ErrorCodes.Records.Required, ParticipantsFile, row.Line, x.Age is null ? 13 : 14, "age_at_enrolment and age_basis are set together (both or neither).");
        }

        ReferringUnit? unit = null;
        if (x.UnitId is not null)
        {
            var created = ReferringUnit.TryCreate(ReferringUnitId.Create(x.UnitId), x.UnitLabel);
            ok &= Accept(created, ParticipantsFile, row.Line, null, null, null);
            unit = created.IsSuccess ? created.Value : null;
        }
        else if (x.UnitLabel is not null)
        {
            ok = false;
            Error(ErrorCodes.Participant.ReferringUnitLabelWithoutId, ParticipantsFile, row.Line, 16, "referring_unit_label is set but referring_unit_id is empty; a label names a unit.");
        }

        var tags = new List<GroupingTag>();
        if (x.Tags is not null)
        {
            // One more than allowed is enough for the count rule; the line length bounds the split.
            foreach (var text in x.Tags.Split('|').Take(EntryCharacteristics.MaxTags + 1))
            {
                var tag = GroupingTag.TryCreate(text);
                ok &= Accept(tag, ParticipantsFile, row.Line, null, null, null);
                if (tag.IsSuccess)
                {
                    tags.Add(tag.Value);
                }
            }
        }

        var characteristics = EntryCharacteristics.TryCreate(measure, age, unit, tags, x.BenefitsAtEntry);
        ok &= Accept(characteristics, ParticipantsFile, row.Line, null, null, null);
        return characteristics.IsSuccess ? characteristics.Value : null;
    }

    private Participant? BuildParticipant(ParticipantRow row, List<OrdinalRow>? occupationRows, List<ProfileRow>? profileRows)
    {
        var ok = true;
        var codes = new List<OccupationCode>(occupationRows?.Count ?? 0);
        foreach (var o in occupationRows ?? [])
        {
            var code = OccupationCode.TryCreate(o.Value);
            if (Accept(code, PreferredOccupationsFile, o.Line, null, null, null, column: 4))
            {
                codes.Add(code.Value!);
            }
            else
            {
                ok = false;
            }
        }

        var entries = new List<CareerProfileEntry>(profileRows?.Count ?? 0);
        foreach (var e in profileRows ?? [])
        {
            var entry = CareerProfileEntry.TryCreate(e.Date, e.Kind);
            if (Accept(entry, CareerProfileEntriesFile, e.Line, null, null, null))
            {
                entries.Add(entry.Value!);
            }
            else
            {
                ok = false;
            }
        }

        var preferences = JobPreferences.TryCreate(codes, row.Description);
        ok &= preferences.IsSuccess || Accept(preferences, ParticipantsFile, row.Line, null, occupationRows is null ? null : LinesOf(occupationRows, PreferredOccupationsFile, static o => o.Line), "Occupations");
        var source = ReferralSource.TryCreate(row.Source, row.Team is null ? null : TeamId.Create(row.Team));
        ok &= Accept(source, ParticipantsFile, row.Line, null, null, null);
        ParticipantExit? exit = null;
        if (row.Exit is { } exitDate)
        {
            if (row.Reason is null)
            {
                ok = false;
                Error(ErrorCodes.Records.Required, ParticipantsFile, row.Line, 9, "exit_reason is required when exit_date is set.");
            }

            if (row.Status is null)
            {
                ok = false;
                Error(ErrorCodes.Records.Required, ParticipantsFile, row.Line, 10, "exit_status is required when exit_date is set.");
            }

            if (row.Reason is { } reason && row.Status is { } status)
            {
                var created = ParticipantExit.TryCreate(exitDate, reason, status, row.Extra.BenefitsAtExit);
                ok &= Accept(created, ParticipantsFile, row.Line, null, null, null);
                exit = created.IsSuccess ? created.Value : null;
            }
        }
        else
        {
            if (row.Reason is not null)
            {
                ok = false;
                Error(ErrorCodes.Records.NotAllowed, ParticipantsFile, row.Line, 9, "exit_reason is set but exit_date is empty; the exit fields are set together.");
            }

            if (row.Status is not null)
            {
                ok = false;
                Error(ErrorCodes.Records.NotAllowed, ParticipantsFile, row.Line, 10, "exit_status is set but exit_date is empty; the exit fields are set together.");
            }

            if (row.Extra.BenefitsAtExit is not null)
            {
                ok = false;
                Error(ErrorCodes.Participant.BenefitsAtExitWithoutExit, ParticipantsFile, row.Line, 19, "benefits_at_exit is set but exit_date is empty; benefits at exit belong to an exit.");
            }
        }

        var characteristics = BuildCharacteristics(row, ref ok);

        if (!ok)
        {
            _rejected[ParticipantsFile].TryAdd(row.Id, (ParticipantsFile, row.Line));
            return null;
        }

        var participant = Participant.TryCreate(ParticipantId.Create(row.Id), row.Referral, row.Enrolment, source.Value!, preferences.Value, entries, row.Phase, exit);
        if (participant.IsSuccess && !characteristics!.IsEmpty)
        {
            participant = new DomainResult<Participant>(participant.Value!.WithCharacteristics(characteristics));
        }

        return participant.IsSuccess || Accept(participant, ParticipantsFile, row.Line, row.Id, profileRows is null ? null : LinesOf(profileRows, CareerProfileEntriesFile, static p => p.Line), "CareerProfile") ? participant.Value : null;
    }

    private PositionSize? PositionSizeOf(JobRow row)
    {
        switch (row.Kind)
        {
            case PositionSizeKind.OnCall:
                if (row.Amount is not null)
                {
                    Error(ErrorCodes.Records.NotAllowed, JobsFile, row.Line, 10, "position_size_amount must be empty when position_size_kind is OnCall.");
                    return null;
                }

                return PositionSize.OnCall;
            case PositionSizeKind.Percent or PositionSizeKind.HoursPerWeek:
                if (row.Amount is not { } amount)
                {
                    Error(ErrorCodes.Records.Required, JobsFile, row.Line, 10, "position_size_amount is required when position_size_kind is Percent or HoursPerWeek.");
                    return null;
                }

                var size = row.Kind == PositionSizeKind.Percent ? PositionSize.TryFromPercent(amount) : PositionSize.TryFromHoursPerWeek(amount);
                return Accept(size, JobsFile, row.Line, null, null, null, column: 10) ? size.Value : null;
            default:
                Error(ErrorCodes.Records.InvalidEnum, JobsFile, row.Line, 9, "position_size_kind must be Percent, HoursPerWeek or OnCall.");
                return null;
        }
    }
}
