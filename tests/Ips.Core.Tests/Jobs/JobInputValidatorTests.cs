using Ips.Core.Jobs;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Tests.Jobs;

public sealed class JobInputValidatorTests
{
    private readonly JobInputValidator _validator = new();

    private static JobInput Valid => new()
    {
        Id = "j-1",
        ParticipantId = "p-1",
        EmployerId = "e-1",
        OccupationCode = "5223",
        Title = "Butikkmedarbeider",
        Start = new LocalDate(2024, 1, 1),
        PositionPercent = 50m,
        OrdinaryWage = true,
    };

    [Fact]
    public void Validate_ValidInput_HasNoErrors() => Assert.True(_validator.Validate(Valid).IsValid);

    [Theory]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("12a4")]
    [InlineData("")]
    public void Validate_BadOccupationCode_FailsWithFormatCode(string code)
    {
        Assert.Equal([ErrorCodes.Occupation.Format], _validator.Validate(Valid with { OccupationCode = code }).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_EndBeforeStartAndReasonWithoutEnd_ReportCodes()
    {
        Assert.Equal([ErrorCodes.Job.EndBeforeStart], _validator.Validate(Valid with { End = new LocalDate(2023, 12, 31) }).Errors.Select(e => e.ErrorCode));
        Assert.Equal([ErrorCodes.Job.EndReasonWithoutEnd], _validator.Validate(Valid with { EndReason = JobEndReason.Fired }).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_PositionSize_ExactlyOneIsRequired()
    {
        Assert.Equal([ErrorCodes.Job.PositionSizeAmbiguous], _validator.Validate(Valid with { OnCall = true }).Errors.Select(e => e.ErrorCode));
        Assert.Equal([ErrorCodes.General.Required], _validator.Validate(Valid with { PositionPercent = null }).Errors.Select(e => e.ErrorCode));
        Assert.Equal([ErrorCodes.Job.HoursOutOfRange], _validator.Validate(Valid with { PositionPercent = null, PositionHoursPerWeek = 80m }).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_MissingIdsAndTitle_ReportCodes()
    {
        var result = _validator.Validate(Valid with { Id = null, ParticipantId = "", Title = " " });
        Assert.Equal([ErrorCodes.Identity.Missing, ErrorCodes.Identity.Invalid, ErrorCodes.General.BlankText], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_UndefinedForm_FailsWithUndefinedValue()
    {
        Assert.Equal([ErrorCodes.General.UndefinedValue], _validator.Validate(Valid with { Form = (EmploymentForm)42 }).Errors.Select(e => e.ErrorCode));
    }
}
