using FluentValidation;
using FluentValidation.Results;
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
using Ips.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Privacy;

/// <summary>
/// Sentinel test: every type is built with recognisable person identifiers (<see cref="IdentitySentinel"/>), and none
/// may appear in any ToString, exception message, domain error or FluentValidation message or attempted value, valid or not.
/// </summary>
public sealed class IdentityLeakTests
{
    private const string PValue = IdentitySentinel.Participant;
    private const string SValue = IdentitySentinel.Specialist;
    private const string UValue = IdentitySentinel.Supervisor;
    private const string InvalidP = IdentitySentinel.MalformedParticipant;

    private static readonly ParticipantId P = ParticipantId.Create(PValue);
    private static readonly SpecialistId S = SpecialistId.Create(SValue);
    private static readonly LocalDate Day = new(2024, 3, 1);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 12, 0));

    private static void AssertClean(string? text, string what) => IdentitySentinel.AssertAbsent(text, what);

    private static void AssertClean(IEnumerable<DomainError> errors, string what)
    {
        foreach (var e in errors)
        {
            AssertClean(e.Message, what);
            AssertClean(e.PropertyName, what);
            AssertClean(e.ToString(), what);
        }
    }

    private static void AssertClean(ValidationResult result, string what)
    {
        Assert.False(result.IsValid, $"{what} was expected to fail");
        foreach (var f in result.Errors)
        {
            AssertClean(f.ErrorMessage, what);
            AssertClean(f.AttemptedValue?.ToString(), what + " AttemptedValue");
            AssertClean(f.CustomState?.ToString(), what);
            AssertClean(f.ToString(), what);
            if (f.AttemptedValue is System.Collections.IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    AssertClean(item?.ToString(), what + " AttemptedValue item");
                }
            }
        }

        AssertClean(result.ToString(), what);
    }

    private static void AssertCleanThrow(Action action, string what)
    {
        var ex = Assert.ThrowsAny<Exception>(action);
        AssertClean(ex.Message, what);
        AssertClean(ex.ToString(), what);
        if (ex is DomainException d)
        {
            AssertClean(d.Errors, what);
        }
    }

    private static IpsProgramme Programme(out Participant participant, out EmploymentSpecialist specialist)
    {
        specialist = EmploymentSpecialist.Create(S, 0.05m, [TeamId.Create("team-1")], SupervisorId.Create(UValue), 37.5m, 20m);
        participant = Participant.Create(P, Day, Day.PlusDays(3), ReferralSource.FromTeam(TeamId.Create("team-1")), JobPreferences.Create([OccupationCode.Create("5223")], "Butikk"),
            [CareerProfileEntry.Create(Day.PlusDays(5), CareerProfileEntryKind.ProfileMeeting)]);
        var other = Participant.Create(ParticipantId.Create(IdentitySentinel.OtherParticipant(2)), Day, Day, ReferralSource.Create(ReferralSourceKind.Self));
        var job = Job.Create(JobId.Create("j-1"), P, EmployerId.Create("e-1"), JobType.Create(OccupationCode.Create("5223"), "Kasse"), Day, PositionSize.FromPercent(40m), true, EmploymentForm.Permanent);
        return IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1"))
            .Add(specialist).Add(participant).Add(other)
            .Add(Caseload.Create(specialist, participants: [P]))
            .Add(Employer.Create(EmployerId.Create("e-1"), OrganisationNumber.Create("923609016"), "Coop"))
            .Add(EmployerContact.Create(Day, S, EmployerId.Create("e-1"), true, ContactPurpose.JobDevelopment, [P], true, true))
            .Add(job)
            .Add(WorkTrial.Create(P, EmployerId.Create("e-1"), Day, null, WorkTrialKind.Sheltered))
            .Add(FollowAlongContact.Create(Day, P, JobId.Create("j-1"), true, FollowAlongProvider.TreatmentTeamMember))
            .Add(BenefitsPlanningSession.Create(Day, P, BenefitsPlanner.NavCounsellor, BenefitsPlanningOccasion.ChangeOfHoursOrPay, true))
            .Add(DisclosureHistory.Create(P, [DisclosureDecision.Create(P, Day, DisclosedInformation.GapInWorkHistory, DisclosureAudience.Manager, DisclosureTiming.AtInterview, true)]))
            .Add(DisclosureDiscussion.Create(Day, S, P, true, true, true))
            .Add(OutreachAttempt.Create(Day, P, OutreachMethod.CommunityVisit, OutreachActor.Specialist, true, true))
            .Build();
    }

    [Fact]
    public void ToString_OfEveryDomainType_ContainsNoPersonIdentifier()
    {
        var programme = Programme(out var participant, out var specialist);
        object[] everything =
        [
            P, S, SupervisorId.Create(UValue), specialist, participant, participant.Preferences, participant.ReferralSource,
            participant.Exit(ParticipantExit.Create(Day.PlusDays(40), NavEndReason.Other, ExitStatus.Unresolved)),
            participant.Exit(ParticipantExit.Create(Day.PlusDays(40), NavEndReason.Other, ExitStatus.Unresolved)).ExitRecord!,
            programme, programme.Caseloads[0], programme.Employers[0], programme.EmployerContacts[0], programme.Jobs[0],
            programme.Jobs[0].Occupation, programme.Jobs[0].PositionSize, programme.WorkTrials[0], programme.FollowAlongContacts[0],
            programme.BenefitsPlanningSessions[0], programme.DisclosureHistories[0], programme.DisclosureHistories[0].Decisions[0],
            programme.DisclosureDiscussions[0], programme.OutreachAttempts[0], programme.Caseloads[0].TryAdd(P),
            new EmploymentSpecialistInput { Id = SValue, SupervisorId = UValue, TeamIds = [SValue] },
            new ParticipantInput { Id = PValue, ReferralTeamId = PValue },
            new EmployerContactInput { SpecialistId = SValue, ParticipantIds = [PValue] },
            new JobInput { ParticipantId = PValue },
            new WorkTrialInput { ParticipantId = PValue },
            new DisclosureDecisionInput { ParticipantId = PValue },
            new DisclosureDiscussionInput { ParticipantId = PValue, SpecialistId = SValue },
            new BenefitsPlanningSessionInput { ParticipantId = PValue },
            new FollowAlongContactInput { ParticipantId = PValue },
            new OutreachAttemptInput { ParticipantId = PValue },
        ];

        foreach (var item in everything)
        {
            AssertClean(item.ToString(), item.GetType().Name);
        }
    }

    [Fact]
    public void Errors_FromDomainRules_ContainNoPersonIdentifier()
    {
        var programme = Programme(out var participant, out var specialist);
        var caseload = programme.Caseloads[0]; // capacity 1, holds P

        AssertCleanThrow(() => ParticipantId.Create(InvalidP), "ParticipantId.Create");
        AssertCleanThrow(() => SpecialistId.Create(IdentitySentinel.MalformedSpecialist), "SpecialistId.Create");
        AssertCleanThrow(() => SupervisorId.Create(new string('x', 60) + IdentitySentinel.SupervisorMark + "!"), "SupervisorId.Create");
        AssertCleanThrow(() => caseload.Add(P), "Caseload duplicate");
        AssertCleanThrow(() => caseload.Add(ParticipantId.Create(IdentitySentinel.OtherParticipant(3))), "Caseload full");
        AssertCleanThrow(() => caseload.Remove(ParticipantId.Create(IdentitySentinel.OtherParticipant(4))), "Caseload remove");
        AssertCleanThrow(() => programme.AddToCaseload(S, ParticipantId.Create(IdentitySentinel.OtherParticipant(2))), "Programme caseload full");
        AssertCleanThrow(() => programme.AddToCaseload(SpecialistId.Create(IdentitySentinel.OtherSpecialist(9)), P), "Programme unknown specialist");
        AssertCleanThrow(() => participant.Exit(ParticipantExit.Create(Day, NavEndReason.Other, ExitStatus.Working)), "Participant exit");
        AssertCleanThrow(() => participant.Exit(ParticipantExit.Create(Day.PlusDays(40), NavEndReason.Other, ExitStatus.Working)).ChangePhase(ParticipantPhase.Working), "Participant exited");
        AssertCleanThrow(() => programme.DisclosureHistories[0].Revise(DisclosureDecision.Nothing(ParticipantId.Create(IdentitySentinel.OtherParticipant(5)), Day.PlusDays(-1), false)), "Disclosure revise");
        AssertCleanThrow(() => EmploymentSpecialist.Create(S, 2m, supervisor: SupervisorId.Create(UValue)), "Specialist FTE");
        AssertCleanThrow(() => EmployerContact.Create(Day, S, EmployerId.Create("e"), true, ContactPurpose.Other, [P, P]), "Contact duplicate");
        AssertCleanThrow(() => OrganisationNumber.Create(IdentitySentinel.Word + "-" + IdentitySentinel.ParticipantMark), "OrganisationNumber");
        AssertCleanThrow(() => OccupationCode.Create(IdentitySentinel.Participant), "OccupationCode");

        var unknown = programme.ToBuilder()
            .Add(Job.Create(JobId.Create("j-2"), ParticipantId.Create(IdentitySentinel.OtherParticipant(6)), EmployerId.Create("e-404"), programme.Jobs[0].Occupation, Day, PositionSize.OnCall, true, EmploymentForm.Seasonal))
            .Add(DisclosureDiscussion.Create(Day, SpecialistId.Create(IdentitySentinel.OtherSpecialist(7)), P, false, false, false))
            .Add(specialist)
            .Add(participant)
            .TryBuild();
        Assert.NotEmpty(unknown.Errors);
        AssertClean(unknown.Errors, "Programme build");
    }

    [Fact]
    public void Validators_ValidAndInvalidIdentifiers_NeverReachMessagesOrAttemptedValues()
    {
        foreach (var id in new[] { PValue, InvalidP })
        {
            AssertClean(new EmploymentSpecialistInputValidator().Validate(new EmploymentSpecialistInput { Id = id, Fte = 3m, TeamIds = [id], SupervisorId = id }), "EmploymentSpecialistInputValidator");
            AssertClean(new ParticipantInputValidator(Clock).Validate(new ParticipantInput { Id = id, ReferralDate = Day, EnrolmentDate = Day.PlusDays(-1), ReferralSource = ReferralSourceKind.Nav, ReferralTeamId = id }), "ParticipantInputValidator");
            AssertClean(new EmployerInputValidator().Validate(new EmployerInput { Id = id, OrganisationNumber = id }), "EmployerInputValidator");
            AssertClean(new EmployerContactInputValidator(Clock).Validate(new EmployerContactInput { Date = Day, SpecialistId = id, EmployerId = id, ParticipantIds = [id, id] }), "EmployerContactInputValidator");
            AssertClean(new JobInputValidator().Validate(new JobInput { Id = id, ParticipantId = id, EmployerId = id, OccupationCode = id, Title = id, Start = Day, OnCall = true, PositionPercent = 5m }), "JobInputValidator");
            AssertClean(new WorkTrialInputValidator().Validate(new WorkTrialInput { ParticipantId = id, EmployerId = id, Start = Day, End = Day.PlusDays(-1) }), "WorkTrialInputValidator");
            AssertClean(new DisclosureDecisionInputValidator(Clock).Validate(new DisclosureDecisionInput { ParticipantId = id, Date = Day, Information = DisclosedInformation.Diagnosis }), "DisclosureDecisionInputValidator");
            AssertClean(new DisclosureDiscussionInputValidator(Clock).Validate(new DisclosureDiscussionInput { ParticipantId = id, SpecialistId = id, Date = Day.PlusDays(400) }), "DisclosureDiscussionInputValidator");
            AssertClean(new BenefitsPlanningSessionInputValidator(Clock).Validate(new BenefitsPlanningSessionInput { ParticipantId = id, Date = Day, By = (BenefitsPlanner)9 }), "BenefitsPlanningSessionInputValidator");
            AssertClean(new FollowAlongContactInputValidator(Clock).Validate(new FollowAlongContactInput { ParticipantId = id, JobId = id, Date = Day.PlusDays(400) }), "FollowAlongContactInputValidator");
            AssertClean(new OutreachAttemptInputValidator(Clock).Validate(new OutreachAttemptInput { ParticipantId = id, Date = Day, Method = OutreachMethod.Letter, CoordinatedVisit = true }), "OutreachAttemptInputValidator");
        }
    }

    [Fact]
    public void ValidateAndThrow_InvalidIdentifier_ExceptionContainsNoIdentifier()
    {
        AssertCleanThrow(() => new JobInputValidator().ValidateAndThrow(new JobInput { Id = InvalidP, ParticipantId = InvalidP }), "ValidateAndThrow");
    }
}
