using System.Collections.Immutable;
using Ips.Core.Jobs;
using Ips.Core.Programmes;

namespace Ips.Core.Records;

/// <summary>Writes programmes' records as CSV, one file per record type, in the format documented in <c>docs/records-csv.md</c>.</summary>
/// <remarks>
/// UTF-8 without BOM, a header row, LF line ends, invariant culture (decimal point), ISO dates, empty cells for null,
/// <c>true</c>/<c>false</c>, enum member names. One pass over the programmes with all files open; buffered writers
/// and no per-cell string formatting. Data exported from real records this way are special-category health data.
/// Thread-safe: it keeps no state between calls.
/// </remarks>
internal static class RecordExporter
{
    /// <summary>Exports the programmes into <paramref name="directory"/>, creating it if needed and overwriting the files.</summary>
    /// <param name="programmes">The programmes, written in this order.</param>
    /// <param name="directory">The target directory.</param>
    /// <returns>The full paths of the files written, in <see cref="RecordSchema.Files"/> order.</returns>
    internal static ImmutableArray<string> Export(IEnumerable<IpsProgramme> programmes, string directory)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var paths = ImmutableArray.CreateBuilder<string>(RecordSchema.Files.Length);
        var writers = new Dictionary<string, RecordFileWriter>(StringComparer.Ordinal);
        try
        {
            foreach (var (file, columns) in RecordSchema.Files)
            {
                var path = Path.GetFullPath(Path.Combine(directory, file));
                paths.Add(path);
                writers[file] = new RecordFileWriter(path, columns);
            }

            var policy = CompetitiveJobPolicy.Default;
            foreach (var programme in programmes)
            {
                ArgumentNullException.ThrowIfNull(programme, nameof(programmes));
                Write(programme, writers, policy);
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                writer.Dispose();
            }
        }

        return paths.MoveToImmutable();
    }

    private static void Write(IpsProgramme p, Dictionary<string, RecordFileWriter> w, CompetitiveJobPolicy policy)
    {
        var pid = p.Id.Value;

        var programmes = w["programmes.csv"];
        programmes.Id(pid);
        programmes.EndRow();

        var specialists = w["specialists.csv"];
        var teams = w["specialist_teams.csv"];
        foreach (var s in p.Specialists)
        {
            specialists.Id(pid);
            specialists.Id(s.Id.Value);
            specialists.Decimal(s.Fte);
            specialists.Id(s.Supervisor?.Value);
            specialists.Decimal(s.ScheduledHoursPerWeek);
            specialists.Decimal(s.CommunityHoursPerWeek);
            specialists.EndRow();
            for (var t = 0; t < s.Teams.Length; t++)
            {
                teams.Id(pid);
                teams.Id(s.Id.Value);
                teams.Int(t);
                teams.Id(s.Teams[t].Value);
                teams.EndRow();
            }
        }

        var participants = w["participants.csv"];
        var occupations = w["participant_preferred_occupations.csv"];
        var profile = w["career_profile_entries.csv"];
        foreach (var x in p.Participants)
        {
            var id = x.Id.Value;
            participants.Id(pid);
            participants.Id(id);
            participants.Date(x.ReferralDate);
            participants.Date(x.EnrolmentDate);
            participants.Enum(x.ReferralSource.Kind);
            participants.Id(x.ReferralSource.Team?.Value);
            participants.Enum(x.Phase);
            participants.Date(x.ExitRecord?.Date);
            participants.Enum(x.ExitRecord?.Reason);
            participants.Enum(x.ExitRecord?.Status);
            participants.Text(x.Preferences.Description);
            var c = x.Characteristics;
            participants.Text(c.Measure?.Code);
            if (c.Age is { } age)
            {
                participants.Int(age.Years);
            }
            else
            {
                participants.Null();
            }

            participants.Enum(c.Age?.Basis);
            participants.Id(c.ReferringUnit?.Id.Value);
            participants.Text(c.ReferringUnit?.Label);
            participants.Text(c.Tags.IsEmpty ? null : string.Join('|', c.Tags.Select(t => t.Value)));
            participants.Flags(c.BenefitsAtEntry);
            participants.Flags(x.ExitRecord?.BenefitsAtExit);
            participants.EndRow();
            for (var k = 0; k < x.Preferences.Occupations.Length; k++)
            {
                occupations.Id(pid);
                occupations.Id(id);
                occupations.Int(k);
                occupations.Id(x.Preferences.Occupations[k].Value);
                occupations.EndRow();
            }

            for (var k = 0; k < x.CareerProfile.Length; k++)
            {
                profile.Id(pid);
                profile.Id(id);
                profile.Int(k);
                profile.Date(x.CareerProfile[k].Date);
                profile.Enum(x.CareerProfile[k].Kind);
                profile.EndRow();
            }
        }

        var caseloads = w["caseloads.csv"];
        var assignments = w["caseload_assignments.csv"];
        foreach (var c in p.Caseloads)
        {
            caseloads.Id(pid);
            caseloads.Id(c.Specialist.Value);
            caseloads.Int(c.Capacity);
            caseloads.Int(c.Count);
            caseloads.EndRow();
            for (var k = 0; k < c.Participants.Length; k++)
            {
                assignments.Id(pid);
                assignments.Id(c.Specialist.Value);
                assignments.Int(k);
                assignments.Id(c.Participants[k].Value);
                assignments.EndRow();
            }
        }

        var employers = w["employers.csv"];
        foreach (var e in p.Employers)
        {
            employers.Id(pid);
            employers.Id(e.Id.Value);
            employers.Id(e.OrganisationNumber?.Value);
            employers.Text(e.Name);
            employers.Text(e.Industry);
            employers.EndRow();
        }

        var contacts = w["employer_contacts.csv"];
        var named = w["employer_contact_participants.csv"];
        for (var i = 0; i < p.EmployerContacts.Length; i++)
        {
            var c = p.EmployerContacts[i];
            contacts.Id(pid);
            contacts.Int(i);
            contacts.Date(c.Date);
            contacts.Id(c.Specialist?.Value);
            contacts.Id(c.Employer.Value);
            contacts.Bool(c.InPerson);
            contacts.Enum(c.Purpose);
            contacts.Int(c.Participants.Length);
            contacts.Bool(c.ParticipantPresent);
            contacts.Bool(c.FollowedPreferences);
            contacts.EndRow();
            for (var k = 0; k < c.Participants.Length; k++)
            {
                named.Id(pid);
                named.Int(i);
                named.Int(k);
                named.Id(c.Participants[k].Value);
                named.EndRow();
            }
        }

        var jobs = w["jobs.csv"];
        foreach (var j in p.Jobs)
        {
            jobs.Id(pid);
            jobs.Id(j.Id.Value);
            jobs.Id(j.Participant.Value);
            jobs.Id(j.Employer.Value);
            jobs.Id(j.Occupation.Code.Value);
            jobs.Text(j.Occupation.Title);
            jobs.Date(j.Start);
            jobs.Date(j.End);
            jobs.Enum(j.PositionSize.Kind);
            jobs.Decimal(j.PositionSize.Amount);
            jobs.Decimal(j.PositionSize.PercentOfFullTime);
            jobs.Bool(j.OrdinaryWage);
            jobs.Enum(j.Form);
            jobs.Bool(j.ReservedForPeopleWithDisabilities);
            jobs.Enum(j.WageSubsidy);
            jobs.Enum(j.EndReason);
            jobs.Bool(j.IsCompetitive(policy));
            jobs.Bool(j.IsPermanentCompetitive(policy));
            jobs.EndRow();
        }

        var trials = w["work_trials.csv"];
        foreach (var t in p.WorkTrials)
        {
            trials.Id(pid);
            trials.Id(t.Participant.Value);
            trials.Id(t.Employer.Value);
            trials.Date(t.Start);
            trials.Date(t.End);
            trials.Enum(t.Kind);
            trials.EndRow();
        }

        var follow = w["follow_along_contacts.csv"];
        foreach (var f in p.FollowAlongContacts)
        {
            follow.Id(pid);
            follow.Date(f.Date);
            follow.Id(f.Participant.Value);
            follow.Id(f.Job.Value);
            follow.Bool(f.InPerson);
            follow.Enum(f.By);
            follow.EndRow();
        }

        var benefits = w["benefits_planning_sessions.csv"];
        foreach (var b in p.BenefitsPlanningSessions)
        {
            benefits.Id(pid);
            benefits.Date(b.Date);
            benefits.Id(b.Participant.Value);
            benefits.Enum(b.By);
            benefits.Enum(b.Occasion);
            benefits.Bool(b.HelpWithIncomeReporting);
            benefits.EndRow();
        }

        var decisions = w["disclosure_decisions.csv"];
        foreach (var h in p.DisclosureHistories)
        {
            for (var k = 0; k < h.Decisions.Length; k++)
            {
                var d = h.Decisions[k];
                decisions.Id(pid);
                decisions.Id(h.Participant.Value);
                decisions.Int(k);
                decisions.Date(d.Date);
                decisions.Flags(d.Information);
                decisions.Flags(d.Audience);
                decisions.Enum(d.Timing);
                decisions.Bool(d.SpecialistMaySpeakWithEmployer);
                decisions.EndRow();
            }
        }

        var discussions = w["disclosure_discussions.csv"];
        foreach (var d in p.DisclosureDiscussions)
        {
            discussions.Id(pid);
            discussions.Date(d.Date);
            discussions.Id(d.Specialist.Value);
            discussions.Id(d.Participant.Value);
            discussions.Bool(d.ProsAndConsCovered);
            discussions.Bool(d.AccommodationsCovered);
            discussions.Bool(d.WordingExamplesGiven);
            discussions.EndRow();
        }

        var outreach = w["outreach_attempts.csv"];
        foreach (var o in p.OutreachAttempts)
        {
            outreach.Id(pid);
            outreach.Date(o.Date);
            outreach.Id(o.Participant.Value);
            outreach.Enum(o.Method);
            outreach.Enum(o.By);
            outreach.Bool(o.CoordinatedVisit);
            outreach.Bool(o.FamilyContact);
            outreach.EndRow();
        }
    }
}
