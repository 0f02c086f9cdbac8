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
using Ips.Core.Records;
using Ips.Core.Specialists;
using NodaTime;

namespace Ips.Core.Tests.Records;

/// <summary>A hand-made programme touching every record type and edge of the format, with sentinel identity values that must never reach an error.</summary>
internal static class RecordSample
{
    /// <summary>Values that identify people or employers; no error text may contain any of them.</summary>
    internal static readonly string[] Sentinels = ["SECRET-ID-123", "SECRET-ID-456", "974760673", "SECRET TEXT", "Storgata"];

    internal static readonly LocalDate Day = new(2024, 3, 1);

    internal static IpsProgramme Programme()
    {
        var secret = ParticipantId.Create("SECRET-ID-123");
        var p2 = ParticipantId.Create("part-2");
        var p3 = ParticipantId.Create("part-3");
        var p4 = ParticipantId.Create("part-4");
        var p5 = ParticipantId.Create("part-5");
        var spec1 = EmploymentSpecialist.Create(SpecialistId.Create("spec-1"), 1m, [TeamId.Create("team-1"), TeamId.Create("team-2")], SupervisorId.Create("sup-1"), 37.5m, 20m);
        var spec2 = EmploymentSpecialist.Create(SpecialistId.Create("spec-2"), 0.05m);
        var employer = SpecialistEmployer();
        var plain = Employer.Create(EmployerId.Create("emp-2"));
        var job1 = Job.Create(JobId.Create("job-1"), secret, employer.Id, JobType.Create(OccupationCode.Create("5223"), "Butikkmedarbeider, kasse"), Day.PlusDays(20), PositionSize.FromHoursPerWeek(18.75m), true, EmploymentForm.Permanent);
        var job2 = Job.Create(JobId.Create("job-2"), p2, plain.Id, JobType.Create(OccupationCode.Create("9112"), "Renholder"), Day.PlusDays(10), PositionSize.FromPercent(50m), true, EmploymentForm.Temporary, wageSubsidy: NavWageSubsidy.TimeLimited, end: Day.PlusDays(50), endReason: JobEndReason.TemporaryJobEnded);
        var job3 = Job.Create(JobId.Create("job-3"), p3, plain.Id, JobType.Create(OccupationCode.Create("5223"), "Butikkmedarbeider, kasse"), Day.PlusDays(30), PositionSize.OnCall, false, EmploymentForm.TempAgency);

        return IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1"))
            .Add(spec1)
            .Add(spec2)
            .Add(Participant.Create(
                secret,
                Day,
                Day.PlusDays(3),
                ReferralSource.FromTeam(TeamId.Create("team-1")),
                JobPreferences.Create([OccupationCode.Create("5223"), OccupationCode.Create("4110")], "SECRET TEXT: \"butikk\", gjerne\nnær hjemme"),
                [CareerProfileEntry.Create(Day.PlusDays(3), CareerProfileEntryKind.ProfileMeeting), CareerProfileEntry.Create(Day.PlusDays(60), CareerProfileEntryKind.Update)],
                ParticipantPhase.Working))
            .Add(Participant.Create(p2, Day, Day.PlusDays(1), ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.Exited, exit: ParticipantExit.Create(Day.PlusDays(50), NavEndReason.WorkWithWageSubsidy, ExitStatus.Working)))
            .Add(Participant.Create(p3, Day, Day, ReferralSource.Create(ReferralSourceKind.Self), phase: ParticipantPhase.JobSearch))
            .Add(Participant.Create(p4, Day, Day.PlusDays(2), ReferralSource.Create(ReferralSourceKind.Family)))
            .Add(Participant.Create(p5, Day, Day.PlusDays(2), ReferralSource.Create(ReferralSourceKind.Other)))
            .Add(Caseload.Create(spec1, participants: [secret, p3]))
            .Add(Caseload.FromRecords(spec2, [p4, p5]))
            .Add(employer)
            .Add(plain)
            .Add(EmployerContact.Create(Day.PlusDays(5), spec1.Id, plain.Id, true, ContactPurpose.JobDevelopment))
            .Add(EmployerContact.Create(Day.PlusDays(6), spec1.Id, employer.Id, true, ContactPurpose.JobDevelopment, [secret, p3], participantPresent: true, followedPreferences: true))
            .Add(EmployerContact.Create(Day.PlusDays(7), null, employer.Id, false, ContactPurpose.Other, [p3], participantPresent: true))
            .Add(job1)
            .Add(job2)
            .Add(job3)
            .Add(WorkTrial.Create(p3, plain.Id, Day.PlusDays(4), null, WorkTrialKind.Praksis))
            .Add(FollowAlongContact.Create(Day.PlusDays(15), secret, job1.Id, true, FollowAlongProvider.Specialist))
            .Add(BenefitsPlanningSession.Create(Day.PlusDays(8), secret, BenefitsPlanner.NavCounsellor, BenefitsPlanningOccasion.BeforeJobStart, true))
            .Add(DisclosureHistory.Create(secret, [
                DisclosureDecision.Nothing(secret, Day.PlusDays(4), false),
                DisclosureDecision.Create(secret, Day.PlusDays(9), DisclosedInformation.ReceivingTreatment | DisclosedInformation.GapInWorkHistory, DisclosureAudience.Employer | DisclosureAudience.Manager, DisclosureTiming.AtInterview, true)]))
            .Add(DisclosureDiscussion.Create(Day.PlusDays(9), spec1.Id, secret, true, true, false))
            .Add(OutreachAttempt.Create(Day.PlusDays(12), p4, OutreachMethod.HomeVisit, OutreachActor.Specialist, coordinatedVisit: true))
            .Build();
    }

    /// <summary>Writes the sample into a new temporary directory and returns it.</summary>
    internal static string Write()
    {
        var directory = NewDirectory();
        ProgrammeRecords.Write([Programme()], directory);
        return directory;
    }

    internal static string NewDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-records-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based, the header is 1) of a file.</summary>
    internal static void ReplaceLine(string directory, string file, int line, Func<string, string> change)
    {
        var path = Path.Combine(directory, file);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    /// <summary>Sets one unquoted field (0-based column) of a line.</summary>
    internal static void SetField(string directory, string file, int line, int column, string value) =>
        ReplaceLine(directory, file, line, text =>
        {
            var fields = text.Split(',');
            fields[column] = value;
            return string.Join(',', fields);
        });

    internal static void AppendLine(string directory, string file, string text) =>
        File.AppendAllText(Path.Combine(directory, file), text + "\n");

    /// <summary>Asserts no error text carries a sentinel identity value.</summary>
    internal static void AssertNoIdentity(RecordReadResult result)
    {
        foreach (var error in result.Errors)
        {
            foreach (var sentinel in Sentinels)
            {
                Assert.DoesNotContain(sentinel, error.ToString(), StringComparison.Ordinal);
            }
        }
    }

    private static Employer SpecialistEmployer() =>
        Employer.Create(EmployerId.Create("SECRET-ID-456"), OrganisationNumber.Create("974760673"), "Rema 1000, avd. \"Storgata\"", "Dagligvare");
}
