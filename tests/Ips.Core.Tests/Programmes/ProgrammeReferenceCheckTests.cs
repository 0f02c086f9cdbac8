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

public sealed class ProgrammeReferenceCheckTests
{
    private static readonly ProgrammeId Prog = ProgrammeId.Create("prog-bergen");

    [Fact]
    public void Build_EveryRecordKindReferringToUnknownPeople_IsReportedWithItsPath()
    {
        var ghost = Fixtures.P(99);
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(Fixtures.Specialist())
            .Add(Fixtures.Participant(1))
            .Add(Fixtures.Employer())
            .Add(EmployerContact.Create(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment, [Fixtures.P(1), ghost], true))
            .Add(WorkTrial.Create(ghost, Fixtures.E(7), Fixtures.Day, null, WorkTrialKind.Praksis))
            .Add(BenefitsPlanningSession.Create(Fixtures.Day, ghost, BenefitsPlanner.Specialist, BenefitsPlanningOccasion.BeforeJobStart, false))
            .Add(DisclosureHistory.Create(ghost))
            .Add(DisclosureDiscussion.Create(Fixtures.Day, Fixtures.S(5), ghost, true, true, true))
            .Add(OutreachAttempt.Create(Fixtures.Day, ghost, OutreachMethod.Phone, OutreachActor.Specialist))
            .Add(FollowAlongContact.Create(Fixtures.Day, ghost, JobId.Create("j-1"), true, FollowAlongProvider.Specialist))
            .TryBuild();

        Assert.Equal(
            [
                (ErrorCodes.Programme.UnknownParticipant, "EmployerContacts[0].Participants[1]"),
                (ErrorCodes.Programme.UnknownParticipant, "WorkTrials[0].Participant"),
                (ErrorCodes.Programme.UnknownEmployer, "WorkTrials[0].Employer"),
                (ErrorCodes.Programme.UnknownParticipant, "FollowAlongContacts[0].Participant"),
                (ErrorCodes.Programme.UnknownJob, "FollowAlongContacts[0].Job"),
                (ErrorCodes.Programme.UnknownParticipant, "BenefitsPlanningSessions[0].Participant"),
                (ErrorCodes.Programme.UnknownParticipant, "DisclosureHistories[0].Participant"),
                (ErrorCodes.Programme.UnknownSpecialist, "DisclosureDiscussions[0].Specialist"),
                (ErrorCodes.Programme.UnknownParticipant, "DisclosureDiscussions[0].Participant"),
                (ErrorCodes.Programme.UnknownParticipant, "OutreachAttempts[0].Participant"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("DisclosureDiscussions[0].Specialist refers to a specialist (id not shown) that is not in programme 'prog-bergen'.", result.Errors[7].Message);
        Assert.Equal("FollowAlongContacts[0].Job refers to a job (id not shown) that is not in programme 'prog-bergen'.", result.Errors[4].Message);
    }

    [Fact]
    public void Build_DuplicateIdsOfEveryKind_AreReportedWithPositionAndMessage()
    {
        var s = Fixtures.Specialist();
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(s).Add(s)
            .Add(Fixtures.Participant(1)).Add(Fixtures.Participant(1))
            .Add(Fixtures.Employer()).Add(Fixtures.Employer())
            .Add(Fixtures.Job(1)).Add(Fixtures.Job(1))
            .TryBuild();

        Assert.Equal(
            [
                (ErrorCodes.Programme.DuplicateSpecialist, "Specialists[1]"),
                (ErrorCodes.Programme.DuplicateParticipant, "Participants[1]"),
                (ErrorCodes.Programme.DuplicateEmployer, "Employers[1]"),
                (ErrorCodes.Programme.DuplicateJob, "Jobs[1]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Specialists[1] repeats the id of an earlier specialist (id not shown) in programme 'prog-bergen'; ids are unique.", result.Errors[0].Message);
        Assert.Equal("Participants[1] repeats the id of an earlier participant (id not shown) in programme 'prog-bergen'; ids are unique.", result.Errors[1].Message);
        Assert.Equal("Employers[1] repeats the id of an earlier employer (id not shown) in programme 'prog-bergen'; ids are unique.", result.Errors[2].Message);
        Assert.Equal("Jobs[1] repeats the id of an earlier job (id not shown) in programme 'prog-bergen'; ids are unique.", result.Errors[3].Message);
    }

    [Fact]
    public void Build_CaseloadProblems_AreReportedWithPathAndMessage()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var exited = Fixtures.Participant(2).Exit(ParticipantExit.Create(Fixtures.Day.PlusDays(20), NavEndReason.Other, ExitStatus.Unresolved));
        var result = IpsProgramme.CreateBuilder(Prog)
            .Add(s1)
            .Add(Fixtures.Participant(1)).Add(exited)
            .Add(Caseload.Create(s1, participants: [Fixtures.P(1), Fixtures.P(2), Fixtures.P(3)]))
            .Add(Caseload.Create(Fixtures.Specialist(1m, 4), participants: [Fixtures.P(1)]))
            .TryBuild();

        Assert.Equal(
            [
                (ErrorCodes.Programme.ExitedParticipantOnCaseload, "Caseloads[0].Participants[1]"),
                (ErrorCodes.Programme.UnknownParticipant, "Caseloads[0].Participants[2]"),
                (ErrorCodes.Programme.UnknownSpecialist, "Caseloads[1].Specialist"),
                (ErrorCodes.Caseload.OnAnotherCaseload, "Caseloads[1].Participants[0]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Caseloads[0].Participants[1]: the participant (id not shown) has exited; caseloads hold active participants only.", result.Errors[0].Message);
        Assert.Equal("Caseloads[1].Participants[0]: the participant (id not shown) is already on Caseloads[0] in programme 'prog-bergen'; a participant is on at most one caseload in a programme.", result.Errors[3].Message);
    }

    [Fact]
    public void Build_SecondCaseloadForOneSpecialist_MessageNamesTheProgramme()
    {
        var s = Fixtures.Specialist();
        var error = IpsProgramme.CreateBuilder(Prog).Add(s).Add(Caseload.Create(s)).Add(Caseload.Create(s)).TryBuild().Errors.Single();
        Assert.Equal("Caseloads[1]", error.PropertyName);
        Assert.Equal("Caseloads[1] is a second caseload for one specialist (id not shown) in programme 'prog-bergen'.", error.Message);
    }

    [Fact]
    public void ToBuilder_CopiesEveryCollection()
    {
        var s = Fixtures.Specialist();
        var programme = IpsProgramme.CreateBuilder(Prog)
            .Add(s)
            .Add(Caseload.Create(s, participants: [Fixtures.P(1)]))
            .Add(Fixtures.Participant(1))
            .Add(Fixtures.Employer())
            .Add(EmployerContact.Create(Fixtures.Day, Fixtures.S(), Fixtures.E(), true, ContactPurpose.JobDevelopment))
            .Add(Fixtures.Job(1))
            .Add(WorkTrial.Create(Fixtures.P(1), Fixtures.E(), Fixtures.Day, null, WorkTrialKind.Praksis))
            .Add(FollowAlongContact.Create(Fixtures.Day, Fixtures.P(1), JobId.Create("j-1"), true, FollowAlongProvider.Specialist))
            .Add(BenefitsPlanningSession.Create(Fixtures.Day, Fixtures.P(1), BenefitsPlanner.Specialist, BenefitsPlanningOccasion.BeforeJobStart, false))
            .Add(DisclosureHistory.Create(Fixtures.P(1)))
            .Add(DisclosureDiscussion.Create(Fixtures.Day, Fixtures.S(), Fixtures.P(1), true, true, true))
            .Add(OutreachAttempt.Create(Fixtures.Day, Fixtures.P(1), OutreachMethod.Phone, OutreachActor.Specialist))
            .Build();

        var copy = programme.ToBuilder().Build();
        Assert.Equal(programme.Id, copy.Id);
        Assert.Equal(programme.Specialists, copy.Specialists);
        Assert.Equal(programme.Caseloads, copy.Caseloads);
        Assert.Equal(programme.Participants, copy.Participants);
        Assert.Equal(programme.Employers, copy.Employers);
        Assert.Equal(programme.EmployerContacts, copy.EmployerContacts);
        Assert.Equal(programme.Jobs, copy.Jobs);
        Assert.Equal(programme.WorkTrials, copy.WorkTrials);
        Assert.Equal(programme.FollowAlongContacts, copy.FollowAlongContacts);
        Assert.Equal(programme.BenefitsPlanningSessions, copy.BenefitsPlanningSessions);
        Assert.Equal(programme.DisclosureHistories, copy.DisclosureHistories);
        Assert.Equal(programme.DisclosureDiscussions, copy.DisclosureDiscussions);
        Assert.Equal(programme.OutreachAttempts, copy.OutreachAttempts);
        Assert.Equal("IpsProgramme(prog-bergen: 1 specialists, 1 participants, 1 jobs)", copy.ToString());
    }

    [Fact]
    public void CreateBuilder_DefaultId_Throws()
    {
        Assert.Equal(ErrorCodes.Identity.Missing, Assert.Throws<DomainException>(() => IpsProgramme.CreateBuilder(default)).Code);
    }

    [Fact]
    public void TryAddToCaseload_UnknownSpecialistAndParticipant_MessagesNameTheProgramme()
    {
        var s = Fixtures.Specialist();
        var programme = IpsProgramme.CreateBuilder(Prog).Add(s).Add(Caseload.Create(s)).Add(Fixtures.Participant(1)).Build();
        var errors = programme.TryAddToCaseload(Fixtures.S(2), Fixtures.P(2)).Errors;
        Assert.Equal([(ErrorCodes.Programme.UnknownSpecialist, "Caseloads"), (ErrorCodes.Programme.UnknownParticipant, "Participants")], errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Caseloads: a caseload for the specialist (id not shown) is not in programme 'prog-bergen'; references must point at records in the programme.", errors[0].Message);
        Assert.Equal("Participants: the participant (id not shown) is not in programme 'prog-bergen'; references must point at records in the programme.", errors[1].Message);
    }

    [Fact]
    public void TryAddToCaseload_ExitedParticipant_MessageSaysActiveOnly()
    {
        var s = Fixtures.Specialist();
        var exited = Fixtures.Participant(1).Exit(ParticipantExit.Create(Fixtures.Day.PlusDays(20), NavEndReason.Other, ExitStatus.Unresolved));
        var programme = IpsProgramme.CreateBuilder(Prog).Add(s).Add(Caseload.Create(s)).Add(exited).Build();
        var error = programme.TryAddToCaseload(Fixtures.S(), Fixtures.P(1)).Errors.Single();
        Assert.Equal("Participants: the participant (id not shown) has exited; caseloads hold active participants only.", error.Message);
    }

    [Fact]
    public void TryAddToCaseload_OtherCaseloadHoldsParticipant_MessageNamesIt()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var s2 = Fixtures.Specialist(1m, 2);
        var programme = IpsProgramme.CreateBuilder(Prog).Add(s1).Add(s2)
            .Add(Caseload.Create(s1, participants: [Fixtures.P(1)])).Add(Caseload.Create(s2))
            .Add(Fixtures.Participant(1)).Build();
        var error = programme.TryAddToCaseload(Fixtures.S(2), Fixtures.P(1)).Errors.Single();
        Assert.Equal("Caseloads[0]", error.PropertyName);
        Assert.Equal("The participant (id not shown) is already on Caseloads[0] in programme 'prog-bergen'; a participant is on at most one caseload in a programme.", error.Message);
        Assert.Equal(ErrorCodes.Caseload.OnAnotherCaseload, Assert.Throws<DomainException>(() => programme.AddToCaseload(Fixtures.S(2), Fixtures.P(1))).Code);
    }
}
