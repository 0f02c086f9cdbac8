using Ips.Core.Jobs;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Tests.Jobs;

public sealed class JobInputValidatorEdgeTests
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

    private List<(string, string)> Codes(JobInput input) => [.. _validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorCode))];

    [Fact]
    public void Validate_EndOnStartDay_IsValid() => Assert.Empty(Codes(Valid with { End = Valid.Start, EndReason = JobEndReason.Quit }));

    [Fact]
    public void Validate_MissingOccupationCode_IsRequiredWithMessage()
    {
        var error = _validator.Validate(Valid with { OccupationCode = null }).Errors.Single();
        Assert.Equal(("OccupationCode", ErrorCodes.General.Required), (error.PropertyName, error.ErrorCode));
        Assert.Equal("OccupationCode is required.", error.ErrorMessage);
    }

    [Fact]
    public void Validate_MissingId_IsReported() =>
        Assert.Equal([("Id", ErrorCodes.Identity.Missing)], Codes(Valid with { Id = null }));

    [Fact]
    public void Validate_PositionSizeMessages_SayWhatToGive()
    {
        var none = _validator.Validate(Valid with { PositionPercent = null }).Errors.Single();
        Assert.Equal(("PositionSize", ErrorCodes.General.Required), (none.PropertyName, none.ErrorCode));
        Assert.Equal("A position size is required: give one of PositionPercent, PositionHoursPerWeek and OnCall.", none.ErrorMessage);
        Assert.Null(none.AttemptedValue);

        var two = _validator.Validate(Valid with { OnCall = true }).Errors.Single();
        Assert.Equal(("PositionSize", ErrorCodes.Job.PositionSizeAmbiguous), (two.PropertyName, two.ErrorCode));
        Assert.Equal("Give exactly one of PositionPercent, PositionHoursPerWeek and OnCall; more than one was given.", two.ErrorMessage);

        var three = _validator.Validate(Valid with { OnCall = true, PositionHoursPerWeek = 10m }).Errors.Single();
        Assert.Equal(ErrorCodes.Job.PositionSizeAmbiguous, three.ErrorCode);
    }

    [Fact]
    public void Validate_HoursOrOnCallAlone_AreValid()
    {
        Assert.Empty(Codes(Valid with { PositionPercent = null, PositionHoursPerWeek = 75m }));
        Assert.Empty(Codes(Valid with { PositionPercent = null, OnCall = true }));
    }

    [Fact]
    public void Validate_OutOfRangeSizes_ReportCodeAndMessage()
    {
        var percent = _validator.Validate(Valid with { PositionPercent = 101m }).Errors.Single();
        Assert.Equal(("PositionPercent", ErrorCodes.Job.PercentOutOfRange), (percent.PropertyName, percent.ErrorCode));
        Assert.Equal("PositionSize 101 % is out of range; a percentage must be greater than 0 and at most 100.", percent.ErrorMessage);

        var hours = _validator.Validate(Valid with { PositionPercent = null, PositionHoursPerWeek = 0m }).Errors.Single();
        Assert.Equal(("PositionHoursPerWeek", ErrorCodes.Job.HoursOutOfRange), (hours.PropertyName, hours.ErrorCode));
    }

    [Fact]
    public void Validate_UndefinedWageSubsidyAndEndReason_AreReported()
    {
        Assert.Equal(
            [("EndReason", ErrorCodes.General.UndefinedValue), ("WageSubsidy", ErrorCodes.General.UndefinedValue)],
            Codes(Valid with { End = new LocalDate(2024, 2, 1), EndReason = (JobEndReason)20, WageSubsidy = (NavWageSubsidy)20 }));
    }

    [Fact]
    public void Validate_EndBeforeStart_MessageGivesBothDates()
    {
        var error = _validator.Validate(Valid with { End = new LocalDate(2023, 12, 31) }).Errors.Single();
        Assert.Equal("End 2023-12-31 lies before the start 2024-01-01; the end must be on or after the start.", error.ErrorMessage);
        var reason = _validator.Validate(Valid with { EndReason = JobEndReason.Fired }).Errors.Single();
        Assert.Equal("EndReason Fired is given without an End; an end reason needs an end date.", reason.ErrorMessage);
    }
}
