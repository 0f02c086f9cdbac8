using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantEdgeTests
{
    private static readonly LocalDate Referral = Fixtures.Day;
    private static readonly LocalDate Enrolment = Fixtures.Day.PlusDays(7);

    private static ParticipantExit ExitOn(LocalDate date) => ParticipantExit.Create(date, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working);

    private static CareerProfileEntry Entry(int days, CareerProfileEntryKind kind = CareerProfileEntryKind.ProfileMeeting) => CareerProfileEntry.Create(Enrolment.PlusDays(days), kind);

    [Fact]
    public void Create_EnrolmentBeforeReferral_MessageGivesBothDates()
    {
        var error = Participant.TryCreate(Fixtures.P(1), Referral, Referral.PlusDays(-1), ReferralSource.Create(ReferralSourceKind.Nav)).Errors.Single();
        Assert.Equal("EnrolmentDate", error.PropertyName);
        Assert.Equal("EnrolmentDate 2024-02-29 lies before ReferralDate 2024-03-01; enrolment (the first meeting with the specialist) is on or after referral.", error.Message);
    }

    [Fact]
    public void Create_ExitRecordedButPhaseNotExited_Fails()
    {
        var error = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.Working, exit: ExitOn(Enrolment)).Errors.Single();
        Assert.Equal(ErrorCodes.Participant.PhaseExitMismatch, error.Code);
        Assert.Equal("Phase", error.PropertyName);
        Assert.Equal("Phase Working with an exit recorded; the phase is Exited exactly when an exit is recorded (use Exit to record one).", error.Message);
    }

    [Fact]
    public void Create_ExitedWithExit_IsValidAndHasExited()
    {
        var participant = Participant.Create(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.Exited, exit: ExitOn(Enrolment));
        Assert.True(participant.HasExited);
        Assert.Equal(Enrolment, participant.ExitRecord!.Date);
        Assert.False(Fixtures.Participant(1).HasExited);
    }

    [Fact]
    public void Create_UndefinedPhase_Fails()
    {
        var error = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Nav), phase: (ParticipantPhase)42).Errors.Single();
        Assert.Equal(ErrorCodes.General.UndefinedValue, error.Code);
        Assert.Equal("Phase has the value 42, which is not a defined ParticipantPhase.", error.Message);
    }

    [Fact]
    public void Create_NullReferralSource_Fails()
    {
        var error = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, null!).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("ReferralSource", error.PropertyName);
        Assert.Equal("ReferralSource is required.", error.Message);
    }

    [Fact]
    public void Create_CareerProfile_IsSortedByDateAndChecked()
    {
        var participant = Participant.Create(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Self), careerProfile: [Entry(5), Entry(0)]);
        Assert.Equal([Enrolment, Enrolment.PlusDays(5)], participant.CareerProfile.Select(e => e.Date));

        var result = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Self), careerProfile: [Entry(-1), null!]);
        Assert.Equal(
            [(ErrorCodes.General.Required, "CareerProfile[0]"), (ErrorCodes.Participant.CareerProfileBeforeEnrolment, "CareerProfile[1].Date")],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("CareerProfile[1] dated 2024-03-07 lies before EnrolmentDate 2024-03-08; profiling starts at enrolment.", result.Errors[1].Message);
    }

    [Fact]
    public void Create_CareerProfileAfterExit_Fails_OnExitDayIsFine()
    {
        var exit = ExitOn(Enrolment.PlusDays(10));
        var ok = Participant.Create(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Self), careerProfile: [Entry(10)], phase: ParticipantPhase.Exited, exit: exit);
        Assert.Single(ok.CareerProfile);

        var error = Participant.TryCreate(Fixtures.P(1), Referral, Enrolment, ReferralSource.Create(ReferralSourceKind.Self), careerProfile: [Entry(11)], phase: ParticipantPhase.Exited, exit: exit).Errors.Single();
        Assert.Equal(ErrorCodes.Participant.CareerProfileAfterExit, error.Code);
        Assert.Equal("CareerProfile[0].Date", error.PropertyName);
        Assert.Equal("CareerProfile[0] dated 2024-03-19 lies after the exit 2024-03-18.", error.Message);
    }

    [Fact]
    public void CareerProfileEntry_UndefinedKind_IsRejected()
    {
        var error = CareerProfileEntry.TryCreate(Enrolment, (CareerProfileEntryKind)9).Errors.Single();
        Assert.Equal(ErrorCodes.General.UndefinedValue, error.Code);
    }

    [Fact]
    public void RecordCareerProfile_SameDate_KeepsRecordingOrder()
    {
        var participant = Fixtures.Participant(1)
            .RecordCareerProfile(Entry(3, CareerProfileEntryKind.ProfileMeeting))
            .RecordCareerProfile(Entry(8, CareerProfileEntryKind.ProfileMeeting))
            .RecordCareerProfile(Entry(3, CareerProfileEntryKind.Update));
        Assert.Equal(
            [(3, CareerProfileEntryKind.ProfileMeeting), (3, CareerProfileEntryKind.Update), (8, CareerProfileEntryKind.ProfileMeeting)],
            participant.CareerProfile.Select(e => (Period.DaysBetween(Enrolment, e.Date), e.Kind)));
    }

    [Fact]
    public void RecordCareerProfile_AfterExitOrNull_Throws()
    {
        var exited = Fixtures.Participant(1).Exit(ExitOn(Enrolment.PlusDays(5)));
        var ex = Assert.Throws<DomainException>(() => exited.RecordCareerProfile(Entry(2)));
        Assert.Equal(ErrorCodes.Participant.AlreadyExited, ex.Code);
        Assert.Equal("CareerProfile cannot change: the participant exited on 2024-03-13, and an exited participant cannot change again.", ex.Errors.Single().Message);

        Assert.Equal(ErrorCodes.General.Required, Assert.Throws<DomainException>(() => Fixtures.Participant(1).RecordCareerProfile(null!)).Code);
    }

    [Fact]
    public void RecordCareerProfile_BeforeEnrolment_NamesTheEntryBeingRecorded()
    {
        var ex = Assert.Throws<DomainException>(() => Fixtures.Participant(1).RecordCareerProfile(Entry(-1)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((ErrorCodes.Participant.CareerProfileBeforeEnrolment, "CareerProfile.Date"), (error.Code, error.PropertyName));
        Assert.Equal("CareerProfile dated 2024-03-07 lies before EnrolmentDate 2024-03-08; profiling starts at enrolment.", error.Message);
    }

    [Fact]
    public void Exit_OnLastCareerProfileDate_IsAllowed_AndMessageNamesIt()
    {
        var participant = Fixtures.Participant(1).RecordCareerProfile(Entry(10, CareerProfileEntryKind.Update));
        Assert.True(participant.TryExit(ExitOn(Enrolment.PlusDays(10))).IsSuccess);

        var error = participant.TryExit(ExitOn(Enrolment.PlusDays(9))).Errors.Single();
        Assert.Equal("ExitRecord", error.PropertyName);
        Assert.Equal("Exit date 2024-03-17 lies before the last career profile entry 2024-03-18.", error.Message);
    }

    [Fact]
    public void Exit_Null_FailsWithRequired()
    {
        var error = Fixtures.Participant(1).TryExit(null!).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("ExitRecord", error.PropertyName);
    }

    [Fact]
    public void Exit_BeforeEnrolment_MessageGivesBothDates()
    {
        var error = Fixtures.Participant(1).TryExit(ExitOn(Enrolment.PlusDays(-1))).Errors.Single();
        Assert.Equal("Exit date 2024-03-07 lies before EnrolmentDate 2024-03-08; a participant exits on or after enrolment.", error.Message);
    }

    [Fact]
    public void Exit_KeepsEverythingElse()
    {
        var preferences = JobPreferences.Create([Core.Jobs.OccupationCode.Create("5223")]);
        var participant = Fixtures.Participant(1).WithPreferences(preferences).RecordCareerProfile(Entry(1));
        var exited = participant.Exit(ExitOn(Enrolment.PlusDays(2)));
        Assert.Equal(preferences, exited.Preferences);
        Assert.Single(exited.CareerProfile);
        Assert.Equal(participant.Id, exited.Id);
        Assert.Equal(Referral, exited.ReferralDate);
        Assert.Equal(Enrolment, exited.EnrolmentDate);
        Assert.Equal(participant.ReferralSource, exited.ReferralSource);
    }

    [Fact]
    public void ChangePhase_UndefinedOrExited_MessagesAreExact()
    {
        var undefined = Fixtures.Participant(1).TryChangePhase((ParticipantPhase)99).Errors.Single();
        Assert.Equal(ErrorCodes.General.UndefinedValue, undefined.Code);

        var exited = Fixtures.Participant(1).TryChangePhase(ParticipantPhase.Exited).Errors.Single();
        Assert.Equal("Phase Exited with no exit recorded; the phase is Exited exactly when an exit is recorded (use Exit to record one).", exited.Message);
    }

    [Fact]
    public void WithPreferences_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Fixtures.Participant(1).WithPreferences(null!));

    [Fact]
    public void Create_WithoutPreferences_HasNone()
    {
        Assert.Same(JobPreferences.None, Fixtures.Participant(1).Preferences);
        Assert.Empty(JobPreferences.None.Occupations);
        Assert.Null(JobPreferences.None.Description);
    }
}
