using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantInputValidatorTests
{
    // 2024-06-01 23:30 UTC is already 2024-06-02 in Oslo: "today" is the Norwegian date.
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 23, 30));
    private readonly ParticipantInputValidator _validator = new(Clock);

    private static ParticipantInput Valid => new()
    {
        Id = "p-1",
        ReferralDate = new LocalDate(2024, 5, 1),
        EnrolmentDate = new LocalDate(2024, 5, 8),
        ReferralSource = ReferralSourceKind.TreatmentTeam,
        ReferralTeamId = "team-1",
    };

    [Fact]
    public void Validate_ValidInput_HasNoErrors() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Validate_EnrolmentTodayInOslo_IsNotInTheFuture()
    {
        Assert.True(_validator.Validate(Valid with { EnrolmentDate = new LocalDate(2024, 6, 2) }).IsValid);
        var error = Assert.Single(_validator.Validate(Valid with { EnrolmentDate = new LocalDate(2024, 6, 3) }).Errors);
        Assert.Equal(ErrorCodes.General.DateInFuture, error.ErrorCode);
    }

    [Fact]
    public void Validate_ExitBeforeEnrolment_FailsWithCode()
    {
        var input = Valid with { Phase = ParticipantPhase.Exited, ExitDate = new LocalDate(2024, 5, 2), ExitReason = NavEndReason.StoppedDueToIllness, ExitStatus = ExitStatus.Unresolved };
        Assert.Equal([ErrorCodes.Participant.ExitBeforeEnrolment], _validator.Validate(input).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_ExitWithoutReasonAndPhase_ReportsEachCode()
    {
        var input = Valid with { ExitDate = new LocalDate(2024, 5, 20) };
        Assert.Equal(
            [ErrorCodes.Participant.PhaseExitMismatch, ErrorCodes.General.Required, ErrorCodes.General.Required],
            _validator.Validate(input).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_TeamRules_ReportCodesWithoutAttemptedTeamId()
    {
        var missing = _validator.Validate(Valid with { ReferralTeamId = null });
        Assert.Equal(ErrorCodes.Identity.Missing, Assert.Single(missing.Errors).ErrorCode);

        var notAllowed = Assert.Single(_validator.Validate(Valid with { ReferralSource = ReferralSourceKind.Nav }).Errors);
        Assert.Equal(ErrorCodes.Participant.ReferralTeamNotAllowed, notAllowed.ErrorCode);
        Assert.Null(notAllowed.AttemptedValue);
    }

    [Fact]
    public void Validate_EnrolmentBeforeReferral_FailsWithCode()
    {
        var error = Assert.Single(_validator.Validate(Valid with { EnrolmentDate = new LocalDate(2024, 4, 1) }).Errors);
        Assert.Equal(ErrorCodes.Participant.EnrolmentBeforeReferral, error.ErrorCode);
    }
}
