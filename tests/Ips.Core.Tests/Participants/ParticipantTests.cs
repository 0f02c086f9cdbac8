using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantTests
{
    private static readonly LocalDate Referral = Fixtures.Day;
    private static readonly LocalDate Enrolment = Fixtures.Day.PlusDays(7);

    private static ParticipantExit ExitOn(LocalDate date) => ParticipantExit.Create(date, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working);

    [Fact]
    public void Create_EnrolmentBeforeReferral_Fails()
    {
        var result = Participant.TryCreate(Fixtures.P(1), Referral, Referral.PlusDays(-1), ReferralSource.Create(ReferralSourceKind.Nav));
        Assert.Equal(ErrorCodes.Participant.EnrolmentBeforeReferral, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_EnrolmentOnReferralDay_Succeeds()
    {
        Assert.Equal(Referral, Participant.Create(Fixtures.P(1), Referral, Referral, ReferralSource.Create(ReferralSourceKind.Self)).EnrolmentDate);
    }

    [Fact]
    public void Exit_DateBeforeEnrolment_FailsAndLeavesParticipantUnchanged()
    {
        var participant = Fixtures.Participant(1);
        var result = participant.TryExit(ExitOn(Enrolment.PlusDays(-1)));
        Assert.Equal(ErrorCodes.Participant.ExitBeforeEnrolment, result.Errors.Single().Code);
        Assert.False(participant.HasExited);
    }

    [Fact]
    public void Create_ExitBeforeEnrolment_Fails()
    {
        var result = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.Exited, exit: ExitOn(Enrolment.PlusDays(-3)));
        Assert.Equal(ErrorCodes.Participant.ExitBeforeEnrolment, result.Errors.Single().Code);
    }

    [Fact]
    public void Exit_OnEnrolmentDay_SetsPhaseExitedAndKeepsOriginal()
    {
        var participant = Fixtures.Participant(1).ChangePhase(ParticipantPhase.Working);
        var exited = participant.Exit(ParticipantExit.Create(Enrolment, NavEndReason.WorkWithWageSubsidy, ExitStatus.Working));
        Assert.Equal(ParticipantPhase.Exited, exited.Phase);
        Assert.Equal(NavEndReason.WorkWithWageSubsidy, exited.ExitRecord!.Reason);
        Assert.Equal(ParticipantPhase.Working, participant.Phase);
    }

    [Fact]
    public void ChangePhase_AfterExit_FailsWithAlreadyExited()
    {
        var exited = Fixtures.Participant(1).Exit(ExitOn(Enrolment.PlusDays(30)));
        Assert.Equal(ErrorCodes.Participant.AlreadyExited, exited.TryChangePhase(ParticipantPhase.JobSearch).Errors.Single().Code);
        Assert.Equal(ErrorCodes.Participant.AlreadyExited, exited.TryExit(ExitOn(Enrolment.PlusDays(40))).Errors.Single().Code);
    }

    [Fact]
    public void ChangePhase_ToExited_IsRefusedInFavourOfExit()
    {
        var ex = Assert.Throws<DomainException>(() => Fixtures.Participant(1).ChangePhase(ParticipantPhase.Exited));
        Assert.Equal(ErrorCodes.Participant.PhaseExitMismatch, ex.Code);
    }

    [Fact]
    public void Create_PhaseExitedWithoutExit_Fails()
    {
        var result = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.Exited);
        Assert.Equal(ErrorCodes.Participant.PhaseExitMismatch, result.Errors.Single().Code);
    }

    [Fact]
    public void ChangePhase_ReturnsNewParticipant_OriginalUnchanged()
    {
        var participant = Fixtures.Participant(1);
        var searching = participant.ChangePhase(ParticipantPhase.JobSearch);
        Assert.Equal(ParticipantPhase.Engagement, participant.Phase);
        Assert.Equal(ParticipantPhase.JobSearch, searching.Phase);
    }

    [Fact]
    public void RecordCareerProfile_KeepsDateOrderAndRejectsDatesBeforeEnrolment()
    {
        var participant = Fixtures.Participant(1)
            .RecordCareerProfile(CareerProfileEntry.Create(Enrolment.PlusDays(10), CareerProfileEntryKind.ProfileMeeting))
            .RecordCareerProfile(CareerProfileEntry.Create(Enrolment.PlusDays(3), CareerProfileEntryKind.ProfileMeeting));
        Assert.Equal([Enrolment.PlusDays(3), Enrolment.PlusDays(10)], participant.CareerProfile.Select(e => e.Date));

        var ex = Assert.Throws<DomainException>(() => participant.RecordCareerProfile(CareerProfileEntry.Create(Enrolment.PlusDays(-1), CareerProfileEntryKind.Update)));
        Assert.Equal(ErrorCodes.Participant.CareerProfileBeforeEnrolment, ex.Code);
    }

    [Fact]
    public void Exit_BeforeLastCareerProfileEntry_Fails()
    {
        var participant = Fixtures.Participant(1).RecordCareerProfile(CareerProfileEntry.Create(Enrolment.PlusDays(10), CareerProfileEntryKind.Update));
        Assert.Equal(ErrorCodes.Participant.ExitBeforeCareerProfile, participant.TryExit(ExitOn(Enrolment.PlusDays(5))).Errors.Single().Code);
    }

    [Fact]
    public void IsActive_UsesTodayFromTheClock_EnrolmentAndExitInclusive()
    {
        var exited = Fixtures.Participant(1).Exit(ExitOn(Enrolment.PlusDays(30)));
        Assert.True(exited.IsActiveOn(Enrolment));
        Assert.True(exited.IsActiveOn(Enrolment.PlusDays(30)));
        Assert.False(exited.IsActiveOn(Enrolment.PlusDays(31)));
        Assert.False(exited.IsActiveOn(Enrolment.PlusDays(-1)));

        var clock = new FakeClock(Instant.FromUtc(2024, 3, 20, 12, 0));
        Assert.True(exited.IsActive(clock));
        clock.AdvanceDays(60);
        Assert.False(exited.IsActive(clock));
    }

    [Fact]
    public void Preferences_HoldStyrkCodesAndText()
    {
        var preferences = JobPreferences.Create([Ips.Core.Jobs.OccupationCode.Create("5223"), Ips.Core.Jobs.OccupationCode.Create("5223")], "Butikk, helst morgen");
        var participant = Fixtures.Participant(1).WithPreferences(preferences);
        Assert.Single(participant.Preferences.Occupations);
        Assert.Equal(preferences, JobPreferences.Create([Ips.Core.Jobs.OccupationCode.Create("5223")], "Butikk, helst morgen"));
    }

    [Fact]
    public void ToString_PrintsNoIdentifier()
    {
        Assert.Equal("Participant(***, Engagement, enrolled 2024-03-08)", Participant.Create(ParticipantId.Create("SENTINEL-P-7f3a"), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Family)).ToString());
    }
}
