using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Participants.ParticipantInputs;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantInputValidatorEdgeTests
{
    private readonly ParticipantInputValidator _validator = new(ParticipantInputs.Clock);

    private List<(string, string)> Codes(ParticipantInput input) => [.. _validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorCode))];

    [Fact]
    public void Validate_EnrolmentOnReferralDay_AndExitOnEnrolmentDay_AreValid()
    {
        Assert.Empty(Codes(Valid with { EnrolmentDate = Valid.ReferralDate }));
        Assert.Empty(Codes(Valid with { Phase = ParticipantPhase.Exited, ExitDate = Valid.EnrolmentDate, ExitReason = NavEndReason.Other, ExitStatus = ExitStatus.Studying }));
    }

    [Fact]
    public void Validate_MissingIdAndFutureDates_AreReported()
    {
        Assert.Equal(
            [("Id", ErrorCodes.Identity.Missing), ("ReferralDate", ErrorCodes.General.DateInFuture), ("EnrolmentDate", ErrorCodes.General.DateInFuture)],
            Codes(Valid with { Id = null, ReferralDate = new LocalDate(2024, 6, 2), EnrolmentDate = new LocalDate(2024, 6, 3) }));
    }

    [Fact]
    public void Validate_FutureExitDate_IsReported()
    {
        var error = _validator.Validate(Valid with { Phase = ParticipantPhase.Exited, ExitDate = new LocalDate(2024, 6, 2), ExitReason = NavEndReason.Other, ExitStatus = ExitStatus.Working }).Errors.Single();
        Assert.Equal(("ExitDate", ErrorCodes.General.DateInFuture), (error.PropertyName, error.ErrorCode));
        Assert.Equal("ExitDate 2024-06-02 lies after today (2024-06-01); records describe what has happened.", error.ErrorMessage);
    }

    [Fact]
    public void Validate_UndefinedEnums_AreReported()
    {
        Assert.Equal(
            [("ReferralSource", ErrorCodes.General.UndefinedValue), ("Phase", ErrorCodes.General.UndefinedValue), ("ExitReason", ErrorCodes.General.UndefinedValue), ("ExitStatus", ErrorCodes.General.UndefinedValue)],
            Codes(Valid with { ReferralSource = (ReferralSourceKind)12, Phase = (ParticipantPhase)12, ExitReason = (NavEndReason)120, ExitStatus = (ExitStatus)12 }));
    }

    [Fact]
    public void Validate_PhaseMismatch_MessagesSayWhetherAnExitDateIsGiven()
    {
        var exitedWithout = _validator.Validate(Valid with { Phase = ParticipantPhase.Exited }).Errors.Single();
        Assert.Equal(ErrorCodes.Participant.PhaseExitMismatch, exitedWithout.ErrorCode);
        Assert.Equal("Phase Exited with no ExitDate; the phase is Exited exactly when an exit date is given.", exitedWithout.ErrorMessage);

        var workingWith = _validator.Validate(Valid with { Phase = ParticipantPhase.Working, ExitDate = new LocalDate(2024, 5, 20), ExitReason = NavEndReason.Other, ExitStatus = ExitStatus.Working }).Errors.Single();
        Assert.Equal("Phase Working with an ExitDate; the phase is Exited exactly when an exit date is given.", workingWith.ErrorMessage);
    }

    [Fact]
    public void Validate_ExitBeforeEnrolment_MessageGivesBothDates()
    {
        var error = _validator.Validate(Valid with { Phase = ParticipantPhase.Exited, ExitDate = new LocalDate(2024, 5, 7), ExitReason = NavEndReason.Other, ExitStatus = ExitStatus.Working }).Errors.Single();
        Assert.Equal(ErrorCodes.Participant.ExitBeforeEnrolment, error.ErrorCode);
        Assert.Equal("Exit date 2024-05-07 lies before EnrolmentDate 2024-05-08; a participant exits on or after enrolment.", error.ErrorMessage);
    }

    [Fact]
    public void Validate_ExitWithoutReasonOrStatus_MessagesNameTheField()
    {
        var errors = _validator.Validate(Valid with { Phase = ParticipantPhase.Exited, ExitDate = new LocalDate(2024, 5, 20) }).Errors;
        Assert.Equal(["ExitReason is required when an ExitDate is given.", "ExitStatus is required when an ExitDate is given."], errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Validate_EnrolmentBeforeReferral_MessageGivesBothDates()
    {
        var error = _validator.Validate(Valid with { EnrolmentDate = new LocalDate(2024, 4, 30) }).Errors.Single();
        Assert.Equal("EnrolmentDate 2024-04-30 lies before ReferralDate 2024-05-01; enrolment (the first meeting with the specialist) is on or after referral.", error.ErrorMessage);
    }

    [Fact]
    public void Constructor_NullClock_Throws() => Assert.Throws<ArgumentNullException>(() => new ParticipantInputValidator(null!));
}
