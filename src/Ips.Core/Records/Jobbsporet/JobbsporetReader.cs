using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Caseloads;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Calendars;
using static Ips.Core.Records.Jobbsporet.JobbsporetValues;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>One read of a Jobbsporet export: the small objects first (record types, teams, members, accounts, supplements), then trails, jobs and events, each streamed once.</summary>
/// <remarks>
/// Each file is read row by row; only the compact rows the joins need are kept (bounded by
/// <see cref="RecordReadOptions.MaxRowsPerFile"/>). Every record is built through the domain's <c>TryCreate</c>, and
/// each programme through <see cref="IpsProgramme.Builder"/>, so every domain rule is checked. Not thread-safe.
/// </remarks>
internal sealed class JobbsporetReader(string directory, JobbsporetReadOptions options)
{
    internal const string RecordTypeFile = "RecordType.csv";
    internal const string TeamFile = "ips_Team__c.csv";
    internal const string TeamMemberFile = "ips_Team_Member__c.csv";
    internal const string AccountFile = "Account.csv";
    internal const string TrailFile = "Work_Trail__c.csv";
    internal const string JobFile = "ips_Job__c.csv";
    internal const string EventFile = "Event.csv";
    internal const string SpecialistSupplementFile = "supplement_specialists.csv";
    internal const string JobSupplementFile = "supplement_jobs.csv";
    private const int FollowAlongLookAheadDays = 7;
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    private readonly JobbsporetErrors _errors = new(options.Records.MaxErrors);
    private readonly JobbsporetPseudonyms _ids = new(options.IdSecret);
    private readonly Dictionary<string, string> _recordTypes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Team> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Membership> _specialistTeam = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountRow> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpecialistSupplement> _specialistSupplements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JobSupplement> _jobSupplements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Trail?> _trails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _jobIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private long _rows;

    internal JobbsporetReadResult Read()
    {
        ReadRecordTypes();
        ReadTeams();
        ReadMembers();
        ReadAccounts();
        ReadSpecialistSupplement();
        ReadJobSupplement();
        if (!_errors.AnyFatal)
        {
            ReadTrails();
        }

        if (!_errors.AnyFatal)
        {
            ReadJobs();
            ReadEvents();
        }

        foreach (var file in ObjectsNotRead)
        {
            CountNotRead(file);
        }

        var programmes = ImmutableArray.CreateBuilder<IpsProgramme>();
        var teams = ImmutableArray.CreateBuilder<JobbsporetTeam>();
        if (!_errors.AnyFatal)
        {
            foreach (var (_, team) in _teams)
            {
                if (team.Trails.Count > 0 && Build(team) is { } programme)
                {
                    programmes.Add(programme);
                    teams.Add(new JobbsporetTeam(programme.Id, team.Name, Gaps(team), Figures(team)));
                }
            }
        }

        var kept = _errors.Kept.ToList();
        if (_errors.Count > kept.Count)
        {
            kept.Add(new RecordError(ErrorCodes.Records.MoreErrors, kept[^1].File, 0, 0, null, string.Create(CultureInfo.InvariantCulture, $"… and {_errors.Count - kept.Count} more errors not listed (MaxErrors is {options.Records.MaxErrors}).")));
        }

        var strict = options.Records.Mode == RecordReadMode.Strict;
        var success = !_errors.AnyFatal && (!strict || _errors.Count == 0);
        return new JobbsporetReadResult(
            options.Records.Mode,
            success,
            success ? programmes.ToImmutable() : [],
            success ? teams.ToImmutable() : [],
            [.. kept],
            _errors.Count,
            _errors.Findings(),
            _rows);
    }

    private JobbsporetTable? Open(string file, bool required)
    {
        var table = JobbsporetTable.Open(directory, file, required, _errors, options.Records);
        if (table is null)
        {
            return null;
        }

        foreach (var name in table.Names)
        {
            if (PersonIdentifierColumns.Contains(name) || (name == "Name" && NameIsAPerson.Contains(file)))
            {
                _errors.Finding(ErrorCodes.Jobbsporet.PersonIdentifierColumn, file, $"The header has the person identifier field {name}; it was not read. Leave it out of the export upstream.");
            }
        }

        return table;
    }

    private void Done(JobbsporetTable table)
    {
        _rows += table.Rows;
        table.Dispose();
    }

    private void CountNotRead(string file)
    {
        using var table = Open(file, required: false);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
        }

        _rows += table.Rows;
        _errors.Finding(ErrorCodes.Jobbsporet.ObjectNotRead, file, "The mapping does not read this object; its rows were counted and not used (docs/jobbsporet.md says why).", table.Rows);
    }

    private void ReadRecordTypes()
    {
        var t = Open(RecordTypeFile, required: true);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), name = t.RequiredColumn("DeveloperName");
        while (t.Next())
        {
            if (t.Id(id, true, out var rid) && t.Text(name) is { } developerName && !_recordTypes.TryAdd(rid!, developerName))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The record type's id repeats an earlier row's.");
            }
        }

        Done(t);
    }

    /// <summary>The DeveloperName of a row's record type; null (reported) when unknown.</summary>
    private string? RecordType(JobbsporetTable t, int column)
    {
        if (!t.Id(column, true, out var id))
        {
            return null;
        }

        if (!_recordTypes.TryGetValue(id!, out var name))
        {
            t.Error(ErrorCodes.Jobbsporet.UnknownReference, column, "The record type is not in RecordType.csv.");
            return null;
        }

        return name;
    }

    private void ReadTeams()
    {
        var t = Open(TeamFile, required: true);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), name = t.RequiredColumn("Name"), method = t.Column("ips_Methodology__c");
        while (t.Next())
        {
            if (!t.Id(id, true, out var tid))
            {
                continue;
            }

            var methodology = t.Text(method);
            if (methodology is not (null or "IPS" or "AMS"))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownPicklistValue, method, "ips_Methodology__c is not IPS or AMS.");
                continue;
            }

            if (!_teams.TryAdd(tid!, new Team(tid!, t.Text(name) ?? tid!, methodology != "AMS", t.Line)))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The team's id repeats an earlier row's.");
            }
        }

        Done(t);
    }

    private void ReadMembers()
    {
        var t = Open(TeamMemberFile, required: true);
        if (t is null)
        {
            return;
        }

        int user = t.RequiredColumn("ips_User__c"), team = t.RequiredColumn("ips_Team__c"), role = t.RequiredColumn("ips_Role__c");
        int start = t.Column("ips_Start_Date__c"), inactive = t.Column("ips_Is_Inactive__c");
        var supervisors = new Dictionary<string, (LocalDate Start, string User)>(StringComparer.Ordinal);
        while (t.Next())
        {
            var ok = t.Id(user, true, out var uid);
            ok &= t.Id(team, true, out var tid);
            ok &= t.Date(start, false, out var from);
            ok &= t.Checkbox(inactive, out var isInactive);
            var r = t.Text(role);
            if (r is not ("Jobbspesialist" or "Metodeveileder"))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownPicklistValue, role, "ips_Role__c is not Jobbspesialist or Metodeveileder.");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (!_teams.TryGetValue(tid!, out var found))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownReference, team, "The team is not in ips_Team__c.csv.");
                continue;
            }

            if (isInactive || !found.IsIps)
            {
                continue;
            }

            var since = from ?? LocalDate.MinIsoValue;
            if (r == "Metodeveileder")
            {
                if (!supervisors.TryGetValue(tid!, out var current) || since < current.Start)
                {
                    supervisors[tid!] = (since, uid!);
                }

                continue;
            }

            // A specialist in several IPS teams belongs to the one joined last (ties: the lower team id).
            if (!_specialistTeam.TryGetValue(uid!, out var existing) || since > existing.Since || (since == existing.Since && string.CompareOrdinal(tid, existing.Team.Id) < 0))
            {
                _specialistTeam[uid!] = new Membership(found, since);
            }
        }

        foreach (var (tid, supervisor) in supervisors)
        {
            _teams[tid].Supervisor = SupervisorId.Create(_ids.Map('v', supervisor.User));
        }

        foreach (var (uid, membership) in _specialistTeam)
        {
            membership.Team.Specialists.Add(uid);
        }

        Done(t);
    }

    private void ReadAccounts()
    {
        var t = Open(AccountFile, required: false);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), name = t.Column("Name"), type = t.Column("RecordTypeId");
        int number = t.Column("INT_OrganizationNumber__c"), industry = t.Column("INT_Industry__c");
        while (t.Next())
        {
            if (!t.Id(id, true, out var aid))
            {
                continue;
            }

            // Person accounts (participants) are never read: not even their name.
            var kind = type < 0 || t.IsEmpty(type) ? null : RecordType(t, type);
            var person = kind is "IPS_Person_Account" or "PersonAccount";
            OrganisationNumber? organisation = null;
            if (!person && t.Text(number) is { } text)
            {
                var parsed = OrganisationNumber.TryCreate(text);
                if (!parsed.IsSuccess)
                {
                    t.Error(parsed.Errors[0].Code, number, "INT_OrganizationNumber__c is not a valid organisation number (value not shown).");
                }
                else
                {
                    organisation = parsed.Value;
                }
            }

            var row = person ? new AccountRow(null, null, null) : new AccountRow(organisation, Truncate(t.Text(name)), Truncate(t.Text(industry)));
            if (!_accounts.TryAdd(aid!, row))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The account's id repeats an earlier row's.");
            }
        }

        Done(t);
    }

    private static string? Truncate(string? text) => text is { Length: > 200 } ? text[..200] : text;

    private void ReadSpecialistSupplement()
    {
        var t = Open(SpecialistSupplementFile, required: false);
        if (t is null)
        {
            return;
        }

        int user = t.RequiredColumn("user_id"), fte = t.RequiredColumn("fte");
        int scheduled = t.Column("scheduled_hours_per_week"), community = t.Column("community_hours_per_week");
        while (t.Next())
        {
            var ok = t.Id(user, true, out var uid);
            ok &= t.Decimal(fte, true, out var f);
            ok &= t.Decimal(scheduled, false, out var s);
            ok &= t.Decimal(community, false, out var c);
            if (ok && !_specialistSupplements.TryAdd(uid!, new SpecialistSupplement(f!.Value, s, c, t.Line)))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, user, "user_id repeats an earlier row's.");
            }
        }

        Done(t);
    }

    private void ReadJobSupplement()
    {
        var t = Open(JobSupplementFile, required: false);
        if (t is null)
        {
            return;
        }

        int job = t.RequiredColumn("job_id"), code = t.RequiredColumn("occupation_code"), ordinary = t.RequiredColumn("ordinary_wage");
        int reserved = t.RequiredColumn("reserved_for_people_with_disabilities"), subsidy = t.RequiredColumn("wage_subsidy");
        while (t.Next())
        {
            var ok = t.Id(job, true, out var jid);
            ok &= t.Checkbox(ordinary, out var o);
            ok &= t.Checkbox(reserved, out var r);
            var occupation = OccupationCode.TryCreate(t.Text(code));
            if (!occupation.IsSuccess)
            {
                t.Error(ErrorCodes.Occupation.Format, code, "occupation_code must be a STYRK-08 unit group: exactly 4 digits.");
                ok = false;
            }

            var kind = t.Text(subsidy) ?? nameof(NavWageSubsidy.None);
            if (!Enum.TryParse<NavWageSubsidy>(kind, ignoreCase: false, out var s) || !Enum.IsDefined(s) || char.IsAsciiDigit(kind[0]))
            {
                t.Error(ErrorCodes.Records.InvalidEnum, subsidy, "wage_subsidy must be None, TimeLimited or Permanent.");
                ok = false;
            }

            if (ok && !_jobSupplements.TryAdd(jid!, new JobSupplement(occupation.Value!, o, r, s)))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, job, "job_id repeats an earlier row's.");
            }
        }

        Done(t);
    }

    private void ReadTrails()
    {
        var t = Open(TrailFile, required: true);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), type = t.RequiredColumn("RecordTypeId"), owner = t.RequiredColumn("OwnerId"), status = t.RequiredColumn("ips_Status__c");
        int referred = t.RequiredColumn("ips_Referred_date__c"), started = t.RequiredColumn("Oppstartsdato__c"), ended = t.RequiredColumn("ips_End_Date__c");
        int cause = t.RequiredColumn("End_Cause__c"), detail = t.RequiredColumn("ips_Other_end_cases__c"), unit = t.RequiredColumn("ips_Behandlingsteam__c");
        int firstMeeting = t.Column("ips_First_meeting_with_the_Employer_held__c");
        while (t.Next())
        {
            if (!t.Id(id, true, out var tid))
            {
                continue;
            }

            if (_trails.ContainsKey(tid!))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The trail's id repeats an earlier row's.");
                continue;
            }

            // Until the row is accepted, the trail is known but out of scope: its jobs and events are skipped, not unknown.
            _trails[tid!] = null;
            var kind = RecordType(t, type);
            if (kind is null)
            {
                continue;
            }

            if (kind != IpsRecordType)
            {
                _errors.Finding(ErrorCodes.Jobbsporet.OtherRecordType, TrailFile, "Trails of a record type other than IPS (AMS, CE) were counted and skipped, with their jobs and meetings.");
                continue;
            }

            if (!Status.TryGetValue(t.Text(status) ?? string.Empty, out var phase))
            {
                t.Error(t.IsEmpty(status) ? ErrorCodes.Records.Required : ErrorCodes.Jobbsporet.UnknownPicklistValue, status, "ips_Status__c is not a status of the IPS record type (Referred, Mapping, Job development, In Education, Working, Downsizing, Ended).");
                continue;
            }

            var ok = t.Date(referred, true, out var referral);
            ok &= t.Instant(started, false, out var startedAt);
            ok &= t.Instant(firstMeeting, false, out var firstMeetingAt);
            var enrolment = startedAt?.InZone(Oslo).Date;
            ok &= t.Date(ended, false, out var end);
            ok &= t.Id(owner, true, out var ownerId);
            if (!ok)
            {
                continue;
            }

            if (phase is null || enrolment is null)
            {
                _errors.Finding(ErrorCodes.Jobbsporet.NotStarted, TrailFile, "Trails referred but never started (status Referred, or no Oppstartsdato__c) were left out: the library's participants start at enrolment.");
                continue;
            }

            ParticipantExit? exit = null;
            if (phase == ParticipantPhase.Exited)
            {
                var causeText = t.Text(cause);
                var detailText = t.Text(detail);
                if (causeText is null || !EndCause.TryGetValue(causeText, out var exitStatus))
                {
                    t.Error(causeText is null ? ErrorCodes.Records.Required : ErrorCodes.Jobbsporet.UnknownPicklistValue, cause, "End_Cause__c must be Work, Education or Other end causes on an ended trail.");
                    continue;
                }

                if (detailText is null || !EndDetail.TryGetValue(detailText, out var mapped))
                {
                    t.Error(detailText is null ? ErrorCodes.Records.Required : ErrorCodes.Jobbsporet.UnknownPicklistValue, detail, "ips_Other_end_cases__c must be a Detaljert sluttårsak of the reference on an ended trail.");
                    continue;
                }

                if (exitStatus is null || (mapped.Reason is null && !mapped.Missing))
                {
                    _errors.Finding(ErrorCodes.Jobbsporet.NotApplicableEnd, TrailFile, "Ended trails whose end cause or detail is Not applicable (Ikke aktuell) were left out, as Jobbsporet's exit reports leave them out.");
                    continue;
                }

                if (mapped.Missing)
                {
                    t.Error(ErrorCodes.Records.Required, detail, "ips_Other_end_cases__c holds an inactive NA value: the end reason is missing.");
                    continue;
                }

                if (end is null)
                {
                    t.Error(ErrorCodes.Records.Required, ended, "ips_End_Date__c is required on an ended trail.");
                    continue;
                }

                if (Array.IndexOf(mapped.AllowedUnder, causeText) < 0)
                {
                    _errors.Finding(ErrorCodes.Jobbsporet.InconsistentEndCause, TrailFile, "The end detail is not one allowed under the end cause; the status at exit was taken from End_Cause__c and the reason from the detail.");
                }

                var made = ParticipantExit.TryCreate(end.Value, mapped.Reason!.Value, exitStatus.Value);
                if (!made.IsSuccess)
                {
                    DomainErrors(t, made.Errors);
                    continue;
                }

                exit = made.Value;
            }
            else if (end is not null || !t.IsEmpty(cause) || !t.IsEmpty(detail))
            {
                _errors.Finding(ErrorCodes.Jobbsporet.EndDetailsIgnored, TrailFile, "End date, cause or detail on a trail whose status is not Ended were ignored: the trail is still active.");
            }

            if (!_specialistTeam.TryGetValue(ownerId!, out var membership))
            {
                t.Error(ErrorCodes.Jobbsporet.NoTeam, owner, "The trail's owner is no active Jobbspesialist of an IPS team in ips_Team_Member__c.csv, so the trail belongs to no programme.");
                continue;
            }

            // Behandlingsteam/Innsøkende avdeling is asked at referral, so the source is a treatment team; the unit is free
            // text, so it becomes an opaque team id (the same text, the same id), and the text is never kept.
            if (ReferringUnit(t, unit) is not { } team)
            {
                continue;
            }

            var participantId = ParticipantId.Create(_ids.Map('p', tid!));
            var participant = Participant.TryCreate(participantId, referral!.Value, enrolment.Value, ReferralSource.FromTeam(team), phase: phase.Value, exit: exit);
            if (!participant.IsSuccess)
            {
                DomainErrors(t, participant.Errors);
                continue;
            }

            var trail = new Trail(participant.Value!, membership.Team, ownerId!, t.Line) { StartedAt = startedAt!.Value, FirstMeetingAt = firstMeetingAt };
            _trails[tid!] = trail;
            membership.Team.Trails.Add(trail);
            membership.Team.Owners.Add(ownerId!);
        }

        Done(t);
    }

    /// <summary>The opaque team id of a trail's Behandlingsteam text (trimmed, white space collapsed, case folded); null (reported) when empty.</summary>
    private TeamId? ReferringUnit(JobbsporetTable t, int column)
    {
        var text = t.Text(column);
        if (text is null)
        {
            t.Error(ErrorCodes.Records.Required, column, "ips_Behandlingsteam__c (the referring treatment team or unit) is required; Jobbsporet asks for it at referral.");
            return null;
        }

        var normal = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return TeamId.Create(_ids.Map('r', normal));
    }

    /// <summary>The trail a lookup names: false (nothing reported) when it is out of scope, false (reported) when unknown.</summary>
    private bool TrailOf(JobbsporetTable t, int column, string? id, out Trail? trail)
    {
        trail = null;
        if (id is null || !_trails.TryGetValue(id, out trail))
        {
            t.Error(ErrorCodes.Jobbsporet.UnknownReference, column, "The trail is not in Work_Trail__c.csv.");
            return false;
        }

        if (trail is null)
        {
            _errors.Finding(ErrorCodes.Jobbsporet.RowOfTrailLeftOut, t.File, "Rows of trails left out (another record type, never started, Not applicable, or a bad row) were left out with them.");
            return false;
        }

        return true;
    }

    private void ReadJobs()
    {
        var t = Open(JobFile, required: false);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), trailColumn = t.RequiredColumn("ips_Work_Trail__c"), employer = t.RequiredColumn("ips_Employer__c"), title = t.RequiredColumn("Name");
        int start = t.RequiredColumn("ips_Start_Date__c"), end = t.RequiredColumn("ips_End_Date__c"), form = t.RequiredColumn("ips_Form_of_Employment__c");
        int hours = t.RequiredColumn("ips_Number_of_hours__c"), subsidy = t.Column("ips_Wage_subsidies__c");
        while (t.Next())
        {
            var ok = t.Id(id, true, out var jid);
            ok &= t.Id(trailColumn, true, out var tid);
            ok &= t.Id(employer, false, out var eid);
            ok &= t.Date(start, false, out var from);
            ok &= t.Date(end, false, out var to);
            ok &= t.Checkbox(subsidy, out var subsidised);
            if (!ok)
            {
                continue;
            }

            if (!_jobIds.Add(jid!))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The job's id repeats an earlier row's.");
                continue;
            }

            if (!TrailOf(t, trailColumn, tid, out var trail))
            {
                continue;
            }

            if (!EmploymentForms.TryGetValue(t.Text(form) ?? string.Empty, out var mapped))
            {
                t.Error(t.IsEmpty(form) ? ErrorCodes.Records.Required : ErrorCodes.Jobbsporet.UnknownPicklistValue, form, "ips_Form_of_Employment__c is not a form of employment of the reference.");
                continue;
            }

            if (mapped.Target == FormTarget.NotMapped || from is null)
            {
                _errors.Finding(ErrorCodes.Jobbsporet.JobNotMapped, JobFile, "Jobs without a start date, or freelance / self-employed (the library has no form for it, and often no employer), were left out.");
                continue;
            }

            if (eid is null)
            {
                t.Error(ErrorCodes.Records.Required, employer, "ips_Employer__c is required for a job or work training.");
                continue;
            }

            var employerId = Employer(trail!.Team, eid);
            if (mapped.Target == FormTarget.WorkTrial)
            {
                var trial = WorkTrial.TryCreate(trail.Participant.Id, employerId, from.Value, to, mapped.Trial);
                if (Accept(t, trial))
                {
                    trail.Team.Trials.Add(trial.Value!);
                }

                continue;
            }

            if (!_jobSupplements.TryGetValue(jid!, out var supplement))
            {
                trail.Team.JobsWithoutSupplement++;
                _errors.Finding(ErrorCodes.Jobbsporet.JobWithoutSupplement, JobFile, "Jobs without a row in supplement_jobs.csv (STYRK-08 code, ordinary wage, reserved, wage-subsidy kind: the export has none of them) were left out.");
                continue;
            }

            PositionSize size;
            if (mapped.OnCall)
            {
                size = PositionSize.OnCall;
            }
            else
            {
                if (!t.Decimal(hours, true, out var h))
                {
                    continue;
                }

                var made = PositionSize.TryFromHoursPerWeek(h!.Value);
                if (!Accept(t, made))
                {
                    continue;
                }

                size = made.Value!;
            }

            if (subsidised != (supplement.Subsidy != NavWageSubsidy.None))
            {
                t.Error(ErrorCodes.Records.DerivedMismatch, subsidy, "ips_Wage_subsidies__c disagrees with the supplement's wage_subsidy (None exactly when the checkbox is false).");
                continue;
            }

            var jobType = JobType.TryCreate(supplement.Occupation, t.Text(title) ?? string.Empty);
            if (!Accept(t, jobType))
            {
                continue;
            }

            var job = Job.TryCreate(JobId.Create(_ids.Map('j', jid!)), trail.Participant.Id, employerId, jobType.Value!, from.Value, size, supplement.OrdinaryWage, mapped.JobForm, supplement.Reserved, supplement.Subsidy, to);
            if (Accept(t, job))
            {
                trail.Team.Jobs.Add(job.Value!);
                trail.Jobs.Add(job.Value!);
            }
        }

        Done(t);
    }

    private EmployerId Employer(Team team, string accountId)
    {
        var id = EmployerId.Create(_ids.Map('e', accountId));
        team.Employers.TryAdd(accountId, id);
        return id;
    }

    private void ReadEvents()
    {
        var t = Open(EventFile, required: false);
        if (t is null)
        {
            return;
        }

        int id = t.RequiredColumn("Id"), type = t.RequiredColumn("RecordTypeId"), owner = t.RequiredColumn("OwnerId"), what = t.RequiredColumn("WhatId");
        int start = t.RequiredColumn("StartDateTime"), meeting = t.RequiredColumn("IPS_Type__c"), status = t.RequiredColumn("IPS_Status1__c");
        int channel = t.RequiredColumn("ips_uo_Kanal__c"), subcategory = t.RequiredColumn("ips_Subcategory_Type_IPS__c");
        int present = t.RequiredColumn("IPS_participant_related_to_meeting__c"), account = t.RequiredColumn("RelatedToAccount__c");
        int subcategoryUo = t.Column("IPS_Subcategory_Type_UO__c"), subject = t.Column("Subject");
        int duration = t.Column("DurationInMinutes"), travelTo = t.Column("ips_Travel_time__c"), travelFrom = t.Column("IPS_travelTimeFrom__c");
        const string NotCounted = "Meetings that are no employer or follow-along contact were left out: open or cancelled, travel time, education or other participant meetings, and no-shows unless CountNoShowMeetings.";
        while (t.Next())
        {
            if (!t.Id(id, true, out var eid))
            {
                continue;
            }

            if (!_eventIds.Add(eid!))
            {
                t.Error(ErrorCodes.Jobbsporet.DuplicateId, id, "The event's id repeats an earlier row's.");
                continue;
            }

            var kind = RecordType(t, type);
            if (kind is null)
            {
                continue;
            }

            if (kind == "IPS_Traveltime" || (subject >= 0 && t.Is(subject, "Reisetid")))
            {
                _errors.Finding(ErrorCodes.Jobbsporet.MeetingNotCounted, EventFile, NotCounted);
                continue;
            }

            if (kind is not ("IPS_Event" or "IPS_UO_Arbeidsgiver" or "Ips_uo_Deltakermote" or "IPS_Education_Event"))
            {
                _errors.Finding(ErrorCodes.Jobbsporet.OtherRecordType, EventFile, "Events of a record type that is not IPS (AMS meetings, other applications) were counted and skipped.");
                continue;
            }

            var typeText = t.Text(meeting);
            if (typeText is not null && !MeetingTypes.Contains(typeText))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownPicklistValue, meeting, "IPS_Type__c is not a meeting type of the reference.");
                continue;
            }

            var statusText = t.Text(status) ?? "Open";
            if (!MeetingStatuses.Contains(statusText))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownPicklistValue, status, "IPS_Status1__c is not Open, Completed, Participant Absent or Cancelled.");
                continue;
            }

            var sub = t.Text(subcategory) ?? (subcategoryUo >= 0 ? t.Text(subcategoryUo) : null);
            var subColumn = t.IsEmpty(subcategory) && subcategoryUo >= 0 ? subcategoryUo : subcategory;
            var purpose = ContactPurpose.Other;
            if (sub is not null && !Subcategory.TryGetValue(sub, out purpose))
            {
                t.Error(ErrorCodes.Jobbsporet.UnknownPicklistValue, subColumn, "The subcategory is not Job development, Job support, Relationship building or Follow-up.");
                continue;
            }

            if (!Channel.TryGetValue(t.Text(channel) ?? string.Empty, out var inPerson))
            {
                t.Error(t.IsEmpty(channel) ? ErrorCodes.Records.Required : ErrorCodes.Jobbsporet.UnknownPicklistValue, channel, "ips_uo_Kanal__c must be Fysisk or Digitalt.");
                continue;
            }

            var ok = t.DateTimeAsOsloDate(start, true, out var date);
            ok &= t.Decimal(duration, false, out var minutes);
            ok &= t.Decimal(travelTo, false, out var to);
            ok &= t.Decimal(travelFrom, false, out var from);
            ok &= t.Id(owner, true, out var ownerId);
            ok &= t.Id(what, kind != "IPS_UO_Arbeidsgiver", out var whatId);
            ok &= t.Id(account, false, out var accountId);
            ok &= t.Checkbox(present, out var participantPresent);
            if (!ok)
            {
                continue;
            }

            CountOutTime(kind, statusText, inPerson, ownerId!, date!.Value, minutes, to, from);
            var employerMeeting = kind is "IPS_Event" or "IPS_UO_Arbeidsgiver" && typeText is not null && EmployerMeetingTypes.Contains(typeText);
            var followAlong = kind is "IPS_Event" or "Ips_uo_Deltakermote" && purpose == ContactPurpose.FollowUpOfWorkingParticipant;
            var noShow = statusText == "Participant Absent";
            if ((!employerMeeting && !followAlong) || statusText is "Open" or "Cancelled" || (noShow && (!options.CountNoShowMeetings || !employerMeeting)))
            {
                _errors.Finding(ErrorCodes.Jobbsporet.MeetingNotCounted, EventFile, NotCounted);
                continue;
            }

            Trail? trail = null;
            Team team;
            if (kind == "IPS_UO_Arbeidsgiver")
            {
                // A general meeting, on the employer's account: the owner's team holds it.
                accountId ??= whatId;
                if (!_specialistTeam.TryGetValue(ownerId!, out var membership))
                {
                    t.Error(ErrorCodes.Jobbsporet.NoTeam, owner, "The meeting's owner is no active Jobbspesialist of an IPS team, so the meeting belongs to no programme.");
                    continue;
                }

                team = membership.Team;
            }
            else
            {
                if (!TrailOf(t, what, whatId, out trail))
                {
                    continue;
                }

                team = trail!.Team;
            }

            if (employerMeeting)
            {
                if (accountId is null)
                {
                    t.Error(ErrorCodes.Records.Required, account, "RelatedToAccount__c (the employer) is required on an employer meeting.");
                    continue;
                }

                team.Contacts.Add(new PendingContact(t.Line, date!.Value, ownerId!, Employer(team, accountId), inPerson && !noShow, purpose, trail?.Participant.Id, trail is null ? null : participantPresent && !noShow));
            }

            if (followAlong && trail is not null && !noShow)
            {
                var job = JobOn(trail, date!.Value);
                if (job is null)
                {
                    _errors.Finding(ErrorCodes.Jobbsporet.FollowAlongWithoutJob, EventFile, "Job-support meetings with no job of the participant held on the date (or starting within 7 days) were not counted as follow-along.");
                    continue;
                }

                var contact = FollowAlongContact.TryCreate(date!.Value, trail.Participant.Id, job.Id, inPerson, FollowAlongProvider.Specialist);
                if (Accept(t, contact))
                {
                    team.FollowAlong.Add(contact.Value!);
                }
            }
        }

        Done(t);
    }

    /// <summary>Adds a meeting's minutes to its owner's week when Jobbsporet's utetid reports count it (<see cref="JobbsporetFigures"/>).</summary>
    private void CountOutTime(string kind, string status, bool physical, string owner, LocalDate date, decimal? minutes, decimal? to, decimal? from)
    {
        var travel = (to ?? 0) + (from ?? 0);
        if (kind is not ("IPS_Event" or "IPS_UO_Arbeidsgiver" or "Ips_uo_Deltakermote") || status is not ("Completed" or "Participant Absent") || !physical || travel <= 0 || !_specialistTeam.TryGetValue(owner, out var membership))
        {
            return;
        }

        var total = (int)Math.Round((minutes ?? 0) + travel, MidpointRounding.AwayFromZero);
        var key = (owner, WeekYearRules.Iso.GetWeekYear(date), WeekYearRules.Iso.GetWeekOfWeekYear(date));
        membership.Team.OutTime[key] = membership.Team.OutTime.GetValueOrDefault(key) + total;
    }

    private JobbsporetFigures Figures(Team team)
    {
        var now = options.Clock?.GetCurrentInstant();
        int active = 0, withMeeting = 0, notCounted = 0, within30 = 0;
        double sum = 0;
        var counted = 0;
        foreach (var trail in team.Trails)
        {
            if (trail.Participant.Phase == ParticipantPhase.Exited)
            {
                continue;
            }

            active++;
            var until = trail.FirstMeetingAt ?? now;
            if (trail.FirstMeetingAt is { } first)
            {
                withMeeting++;
                if (first < trail.StartedAt + Duration.FromDays(30))
                {
                    within30++;
                }
            }

            if (until is null)
            {
                notCounted++;
                continue;
            }

            // Salesforce's ROUND(x, 0): half away from zero, on fractional days between datetimes.
            sum += Math.Round((until.Value - trail.StartedAt).TotalDays, MidpointRounding.AwayFromZero);
            counted++;
        }

        var outTime = team.OutTime.Select(e => new JobbsporetOutTime(SpecialistId.Create(_ids.Map('s', e.Key.User)), e.Key.WeekYear, e.Key.Week, e.Value))
            .OrderBy(o => o.Specialist.Value, StringComparer.Ordinal).ThenBy(o => o.WeekYear).ThenBy(o => o.Week);
        return new JobbsporetFigures(active, withMeeting, counted > 0 ? sum / counted : null, notCounted, within30, [.. outTime]);
    }

    /// <summary>The trail's job held on <paramref name="date"/>, else one starting within the next 7 days (support the week before a start).</summary>
    private static Job? JobOn(Trail trail, LocalDate date)
    {
        Job? ahead = null;
        foreach (var job in trail.Jobs)
        {
            if (job.Start <= date && (job.End is null || job.End >= date))
            {
                return job;
            }

            if (job.Start > date && job.Start <= date.PlusDays(FollowAlongLookAheadDays) && (ahead is null || job.Start < ahead.Start))
            {
                ahead = job;
            }
        }

        return ahead;
    }

    private IpsProgramme? Build(Team team)
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create(team.Id));
        builder.ExitConsistency = ExitConsistency.Report;
        var specialists = new Dictionary<string, EmploymentSpecialist>(StringComparer.Ordinal);
        foreach (var user in team.Specialists.Union(team.Owners).Order(StringComparer.Ordinal))
        {
            _specialistSupplements.TryGetValue(user, out var supplement);
            var fte = supplement?.Fte ?? options.FteOfUnlistedSpecialists;
            if (fte is null)
            {
                team.SpecialistsWithoutFte++;
                _errors.Finding(ErrorCodes.Jobbsporet.SpecialistWithoutFte, TeamMemberFile, "Job specialists without a row in supplement_specialists.csv (the export holds no FTE) were left out, with their caseloads and employer contacts; supply the file or FteOfUnlistedSpecialists.");
                continue;
            }

            var scheduled = supplement?.ScheduledHours ?? options.ScheduledHoursOfUnlistedSpecialists;
            var community = supplement?.CommunityHours;
            if (scheduled is null || community is null)
            {
                team.SpecialistsWithoutHours++;
            }

            var made = EmploymentSpecialist.TryCreate(SpecialistId.Create(_ids.Map('s', user)), fte.Value, null, team.Supervisor, scheduled, community);
            if (!made.IsSuccess)
            {
                foreach (var error in made.Errors)
                {
                    _errors.Add(error.Code, SpecialistSupplementFile, supplement?.Line ?? 0, 0, null, error.Message);
                }

                continue;
            }

            specialists.Add(user, made.Value!);
            builder.Add(made.Value!);
        }

        foreach (var trail in team.Trails)
        {
            builder.Add(trail.Participant);
        }

        var policy = options.Records.CapacityPolicy;
        foreach (var (user, specialist) in specialists)
        {
            var caseload = team.Trails.Where(x => x.Owner == user && x.Participant.Phase != ParticipantPhase.Exited).Select(x => x.Participant.Id);
            var made = Caseload.TryFromRecords(specialist, caseload, policy);
            if (made.IsSuccess)
            {
                builder.Add(made.Value!);
            }
            else
            {
                foreach (var error in made.Errors)
                {
                    _errors.Add(error.Code, TrailFile, 0, 0, null, error.Message);
                }
            }
        }

        foreach (var (account, id) in team.Employers)
        {
            var known = _accounts.GetValueOrDefault(account);
            builder.Add(Employers.Employer.Create(id, known?.Organisation, known?.Name, known?.Industry));
        }

        foreach (var contact in team.Contacts)
        {
            if (!specialists.TryGetValue(contact.Owner, out var specialist))
            {
                // A contact is never re-attributed to nobody (that would make it the participant's own).
                _errors.Finding(ErrorCodes.Jobbsporet.SpecialistWithoutFte, EventFile, "Employer contacts by job specialists left out (no FTE) were left out with them; supply supplement_specialists.csv or FteOfUnlistedSpecialists.");
                continue;
            }

            var made = EmployerContact.TryCreate(contact.Date, specialist.Id, contact.Employer, contact.InPerson, contact.Purpose, contact.Participant is { } p ? [p] : null, contact.Present);
            if (made.IsSuccess)
            {
                builder.Add(made.Value!);
            }
            else
            {
                foreach (var error in made.Errors)
                {
                    _errors.Add(error.Code, EventFile, contact.Line, 0, null, error.Message);
                }
            }
        }

        foreach (var job in team.Jobs)
        {
            builder.Add(job);
        }

        foreach (var trial in team.Trials)
        {
            builder.Add(trial);
        }

        foreach (var contact in team.FollowAlong)
        {
            builder.Add(contact);
        }

        var built = builder.TryBuild();
        if (!built.IsSuccess)
        {
            foreach (var error in built.Errors)
            {
                _errors.Add(error.Code, TeamFile, team.Line, 0, null, error.Message);
            }

            return null;
        }

        return built.Value;
    }

    private static ImmutableArray<SourceGap> Gaps(Team team)
    {
        var gaps = ImmutableArray.CreateBuilder<SourceGap>();
        if (team.SpecialistsWithoutFte > 0)
        {
            gaps.Add(new SourceGap(SourceFact.SpecialistFte, team.SpecialistsWithoutFte, "Jobbsporet holds no FTE: supply supplement_specialists.csv (user_id,fte,scheduled_hours_per_week,community_hours_per_week) beside the export, or FteOfUnlistedSpecialists."));
        }

        if (team.SpecialistsWithoutHours > 0)
        {
            gaps.Add(new SourceGap(SourceFact.SpecialistHours, team.SpecialistsWithoutHours, "Jobbsporet holds no scheduled hours and no weekly community hours: supply scheduled_hours_per_week and community_hours_per_week in supplement_specialists.csv."));
        }

        gaps.Add(new SourceGap(SourceFact.TreatmentTeamAssignment, 0, "Jobbsporet has no specialist-to-treatment-team assignment (ips_Team__c is the IPS team; Behandlingsteam is free text): the reviewer supplies item 4."));
        if (team.JobsWithoutSupplement > 0)
        {
            gaps.Add(new SourceGap(SourceFact.OccupationCodes, team.JobsWithoutSupplement, "Jobbsporet's jobs have titles but no STYRK-08 code: supply occupation_code in supplement_jobs.csv (job_id,occupation_code,ordinary_wage,reserved_for_people_with_disabilities,wage_subsidy)."));
            gaps.Add(new SourceGap(SourceFact.JobTerms, team.JobsWithoutSupplement, "Jobbsporet has no ordinary-wage or reserved-for-disabled field, and its wage subsidy is yes/no: supply them in supplement_jobs.csv."));
        }

        gaps.Add(new SourceGap(SourceFact.FollowedPreferences, 0, "Jobbsporet does not record whether an employer meeting followed the participant's preferences: the reviewer supplies item 16 from a sample of contacts."));
        gaps.Add(new SourceGap(SourceFact.BenefitsPlanningSessions, 0, "Jobbsporet holds benefits guidance as free text only: the reviewer supplies item 12."));
        gaps.Add(new SourceGap(SourceFact.DisclosureRecords, 0, "Jobbsporet holds one consent date and free texts, no dated disclosure discussions: the reviewer supplies item 13."));
        gaps.Add(new SourceGap(SourceFact.CareerProfileEntries, 0, "Jobbsporet edits the career profile in place, without dated updates: the reviewer supplies item 14."));
        gaps.Add(new SourceGap(SourceFact.OutreachAttempts, 0, "Jobbsporet has no outreach records (only no-shows and contact logs): the reviewer supplies item 25."));
        return gaps.ToImmutable();
    }

    private static bool Accept<T>(JobbsporetTable t, DomainResult<T> result)
    {
        if (!result.IsSuccess)
        {
            DomainErrors(t, result.Errors);
        }

        return result.IsSuccess;
    }

    private static void DomainErrors(JobbsporetTable t, ImmutableArray<DomainError> errors)
    {
        foreach (var error in errors)
        {
            t.Error(error.Code, -1, error.Message);
        }
    }

    private sealed record Membership(Team Team, LocalDate Since);

    private sealed record AccountRow(OrganisationNumber? Organisation, string? Name, string? Industry);

    private sealed record SpecialistSupplement(decimal Fte, decimal? ScheduledHours, decimal? CommunityHours, long Line);

    private sealed record JobSupplement(OccupationCode Occupation, bool OrdinaryWage, bool Reserved, NavWageSubsidy Subsidy);

    private sealed record PendingContact(long Line, LocalDate Date, string Owner, EmployerId Employer, bool InPerson, ContactPurpose Purpose, ParticipantId? Participant, bool? Present);

    private sealed class Trail(Participant participant, Team team, string owner, long line)
    {
        internal Participant Participant { get; } = participant;

        internal Team Team { get; } = team;

        internal string Owner { get; } = owner;

        internal long Line { get; } = line;

        internal List<Job> Jobs { get; } = [];

        internal Instant StartedAt { get; init; }

        internal Instant? FirstMeetingAt { get; init; }
    }

    private sealed class Team(string id, string name, bool isIps, long line)
    {
        internal string Id { get; } = id;

        internal string Name { get; } = name;

        internal bool IsIps { get; } = isIps;

        internal long Line { get; } = line;

        internal SupervisorId? Supervisor { get; set; }

        internal int SpecialistsWithoutFte { get; set; }

        internal int SpecialistsWithoutHours { get; set; }

        internal int JobsWithoutSupplement { get; set; }

        internal SortedSet<string> Specialists { get; } = new(StringComparer.Ordinal);

        internal SortedSet<string> Owners { get; } = new(StringComparer.Ordinal);

        internal List<Trail> Trails { get; } = [];

        internal SortedDictionary<string, EmployerId> Employers { get; } = new(StringComparer.Ordinal);

        internal List<PendingContact> Contacts { get; } = [];

        internal List<Job> Jobs { get; } = [];

        internal List<WorkTrial> Trials { get; } = [];

        internal List<FollowAlongContact> FollowAlong { get; } = [];

        internal SortedDictionary<(string User, int WeekYear, int Week), int> OutTime { get; } = [];
    }
}
