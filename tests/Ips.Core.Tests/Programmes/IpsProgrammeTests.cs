using System.Diagnostics;
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
using Ips.Core.Validation;

namespace Ips.Core.Tests.Programmes;

public sealed class IpsProgrammeTests
{
    private static readonly ProgrammeId Prog = ProgrammeId.Create("prog-oslo");

    private static IpsProgramme.Builder TwoSpecialistsThreeParticipants()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var s2 = Fixtures.Specialist(0.5m, 2);
        return IpsProgramme.CreateBuilder(Prog)
            .Add(s1).Add(s2)
            .Add(Fixtures.Participant(1)).Add(Fixtures.Participant(2)).Add(Fixtures.Participant(3))
            .Add(Caseload.Create(s1, participants: [Fixtures.P(1)]))
            .Add(Caseload.Create(s2, participants: [Fixtures.P(2)]))
            .Add(Fixtures.Employer());
    }

    [Fact]
    public void Build_ValidRecords_KeepsEveryCollectionInOrder()
    {
        var programme = TwoSpecialistsThreeParticipants()
            .Add(Fixtures.Job())
            .Add(WorkTrial.Create(Fixtures.P(2), Fixtures.E(), Fixtures.Day, null, WorkTrialKind.Arbeidstrening))
            .Add(EmployerContact.Create(Fixtures.Day, Fixtures.S(1), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)], true, true))
            .Add(FollowAlongContact.Create(Fixtures.Day, Fixtures.P(1), JobId.Create("j-1"), true, FollowAlongProvider.Specialist))
            .Add(BenefitsPlanningSession.Create(Fixtures.Day, Fixtures.P(1), BenefitsPlanner.TrainedBenefitsCounsellor, BenefitsPlanningOccasion.BeforeJobStart, true))
            .Add(DisclosureHistory.Create(Fixtures.P(1), [DisclosureDecision.Nothing(Fixtures.P(1), Fixtures.Day, true)]))
            .Add(DisclosureDiscussion.Create(Fixtures.Day, Fixtures.S(1), Fixtures.P(1), true, true, false))
            .Add(OutreachAttempt.Create(Fixtures.Day, Fixtures.P(3), OutreachMethod.HomeVisit, OutreachActor.Specialist))
            .Build();

        Assert.Equal(2, programme.Specialists.Length);
        Assert.Equal(3, programme.Participants.Length);
        Assert.Single(programme.Jobs);
        Assert.Single(programme.WorkTrials);
        Assert.Single(programme.FollowAlongContacts);
        Assert.Equal("IpsProgramme(prog-oslo: 2 specialists, 3 participants, 1 jobs)", programme.ToString());
    }

    [Fact]
    public void Build_ParticipantOnTwoCaseloads_FailsNamingTheCaseloads()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var s2 = Fixtures.Specialist(1m, 2);
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(s1).Add(s2).Add(Fixtures.Participant(1))
            .Add(Caseload.Create(s1, participants: [Fixtures.P(1)]))
            .Add(Caseload.Create(s2, participants: [Fixtures.P(1)]))
            .TryBuild();

        var error = result.Errors.Single();
        Assert.Equal(ErrorCodes.Caseload.OnAnotherCaseload, error.Code);
        Assert.Equal("Caseloads[1].Participants[0]", error.PropertyName);
        Assert.Contains("Caseloads[0]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAddToCaseload_ParticipantOnAnotherCaseload_FailsAndProgrammeIsUnchanged()
    {
        var programme = TwoSpecialistsThreeParticipants().Build();
        var result = programme.TryAddToCaseload(Fixtures.S(2), Fixtures.P(1));
        Assert.Equal(ErrorCodes.Caseload.OnAnotherCaseload, result.Errors.Single().Code);
        Assert.Single(programme.Caseloads[1].Participants);
    }

    [Fact]
    public void TryAddToCaseload_FreeParticipant_ReturnsNewProgramme()
    {
        var programme = TwoSpecialistsThreeParticipants().Build();
        var updated = programme.AddToCaseload(Fixtures.S(2), Fixtures.P(3));
        Assert.Equal([Fixtures.P(2), Fixtures.P(3)], updated.Caseloads[1].Participants);
        Assert.Single(programme.Caseloads[1].Participants);
    }

    [Fact]
    public void TryAddToCaseload_FullCaseload_ReportsWhichCaseloadAndRule()
    {
        var s = Fixtures.Specialist(0.05m, 1); // capacity 1
        var programme = IpsProgramme.CreateBuilder(Prog).Add(s).Add(Fixtures.Participant(1)).Add(Fixtures.Participant(2))
            .Add(Caseload.Create(s, participants: [Fixtures.P(1)])).Build();
        var error = programme.TryAddToCaseload(Fixtures.S(1), Fixtures.P(2)).Errors.Single();
        Assert.Equal(ErrorCodes.Caseload.Full, error.Code);
        Assert.StartsWith("Caseloads[0]", error.PropertyName, StringComparison.Ordinal);
        Assert.Contains("prog-oslo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAddToCaseload_ExitedParticipant_Fails()
    {
        var exited = Fixtures.Participant(3).Exit(ParticipantExit.Create(Fixtures.Day.PlusDays(30), NavEndReason.EducationFundedByNav, ExitStatus.Studying));
        var s = Fixtures.Specialist();
        var programme = IpsProgramme.CreateBuilder(Prog).Add(s).Add(exited).Add(Caseload.Create(s)).Build();
        Assert.Equal(ErrorCodes.Programme.ExitedParticipantOnCaseload, programme.TryAddToCaseload(Fixtures.S(1), Fixtures.P(3)).Errors.Single().Code);
    }

    [Fact]
    public void Build_UnknownReferences_ReportEachWithLocation()
    {
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(Fixtures.Participant(1))
            .Add(Fixtures.Job(participant: 2))
            .Add(EmployerContact.Create(Fixtures.Day, Fixtures.S(9), Fixtures.E(), true, ContactPurpose.Other))
            .Add(FollowAlongContact.Create(Fixtures.Day, Fixtures.P(1), JobId.Create("j-404"), false, FollowAlongProvider.Other))
            .TryBuild();

        Assert.Equal(
            [
                (ErrorCodes.Programme.UnknownParticipant, "Jobs[0].Participant"),
                (ErrorCodes.Programme.UnknownEmployer, "Jobs[0].Employer"),
                (ErrorCodes.Programme.UnknownSpecialist, "EmployerContacts[0].Specialist"),
                (ErrorCodes.Programme.UnknownEmployer, "EmployerContacts[0].Employer"),
                (ErrorCodes.Programme.UnknownJob, "FollowAlongContacts[0].Job"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
    }

    [Fact]
    public void Build_DuplicatesAndForeignJob_AreRejected()
    {
        var s = Fixtures.Specialist();
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(s).Add(s)
            .Add(Fixtures.Participant(1)).Add(Fixtures.Participant(1)).Add(Fixtures.Participant(2))
            .Add(Fixtures.Employer())
            .Add(Caseload.Create(s)).Add(Caseload.Create(s))
            .Add(Fixtures.Job(participant: 1))
            .Add(FollowAlongContact.Create(Fixtures.Day, Fixtures.P(2), JobId.Create("j-1"), true, FollowAlongProvider.Specialist))
            .Add(DisclosureHistory.Create(Fixtures.P(1))).Add(DisclosureHistory.Create(Fixtures.P(1)))
            .TryBuild();

        Assert.Equal(
            [
                ErrorCodes.Programme.DuplicateSpecialist,
                ErrorCodes.Programme.DuplicateParticipant,
                ErrorCodes.Programme.DuplicateCaseload,
                ErrorCodes.Programme.JobOfAnotherParticipant,
                ErrorCodes.Programme.DuplicateDisclosureHistory,
            ],
            result.Errors.Select(e => e.Code));
        Assert.Throws<DomainException>(() => IpsProgramme.CreateBuilder(Prog).Add(s).Add(s).Build());
    }

    [Fact]
    public void ToBuilder_AddsToACopy_OriginalUnchanged()
    {
        var programme = TwoSpecialistsThreeParticipants().Build();
        var bigger = programme.ToBuilder().Add(Fixtures.Participant(4)).Build();
        Assert.Equal(3, programme.Participants.Length);
        Assert.Equal(4, bigger.Participants.Length);
    }

    [Fact]
    public void Build_LargeProgramme_IsLinear()
    {
        // 20 000 participants on 1 000 caseloads with 200 000 contacts: a quadratic check would take minutes.
        var builder = IpsProgramme.CreateBuilder(Prog).Add(Fixtures.Employer());
        for (var s = 1; s <= 1_000; s++)
        {
            var specialist = Fixtures.Specialist(1m, s);
            builder.Add(specialist);
            var ids = Enumerable.Range(((s - 1) * 20) + 1, 20).Select(Fixtures.P).ToArray();
            foreach (var id in ids)
            {
                builder.Add(Participant.Create(id, Fixtures.Day, Fixtures.Day, ReferralSource.Create(ReferralSourceKind.Nav)));
            }

            builder.Add(Caseload.Create(specialist, participants: ids));
        }

        var contact = EmployerContact.Create(Fixtures.Day, Fixtures.S(1), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1)], false);
        for (var i = 0; i < 200_000; i++)
        {
            builder.Add(contact);
        }

        var watch = Stopwatch.StartNew();
        var programme = builder.Build();
        watch.Stop();
        Assert.Equal(20_000, programme.Participants.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"Build took {watch.Elapsed}");
    }
}
