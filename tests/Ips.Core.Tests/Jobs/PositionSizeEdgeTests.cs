using Ips.Core.Jobs;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Jobs;

public sealed class PositionSizeEdgeTests
{
    [Fact]
    public void FromPercent_HundredAndJustAboveZero_AreValid()
    {
        var full = PositionSize.FromPercent(100m);
        Assert.Equal(PositionSizeKind.Percent, full.Kind);
        Assert.Equal(100m, full.Amount);
        Assert.Equal(0.01m, PositionSize.FromPercent(0.01m).Amount);
    }

    [Fact]
    public void FromHoursPerWeek_SeventyFiveAndJustAboveZero_AreValid()
    {
        var max = PositionSize.FromHoursPerWeek(75m);
        Assert.Equal(PositionSizeKind.HoursPerWeek, max.Kind);
        Assert.Equal(75m, max.Amount);
        Assert.Equal(200m, max.PercentOfFullTime);
        Assert.Equal(0.5m, PositionSize.FromHoursPerWeek(0.5m).Amount);
    }

    [Fact]
    public void TryFromPercent_OutOfRange_MessageNamesValueAndLimits()
    {
        var error = PositionSize.TryFromPercent(120m).Errors.Single();
        Assert.Equal("PositionSize", error.PropertyName);
        Assert.Equal("PositionSize 120 % is out of range; a percentage must be greater than 0 and at most 100.", error.Message);
    }

    [Fact]
    public void TryFromHoursPerWeek_OutOfRange_MessageNamesValueAndLimits()
    {
        var error = PositionSize.TryFromHoursPerWeek(80.5m).Errors.Single();
        Assert.Equal("PositionSize", error.PropertyName);
        Assert.Equal("PositionSize 80.5 hours per week is out of range; hours must be greater than 0 and at most 75.", error.Message);
    }

    [Fact]
    public void FromPercent_OutOfRange_Throws()
    {
        Assert.Equal(ErrorCodes.Job.PercentOutOfRange, Assert.Throws<DomainException>(() => PositionSize.FromPercent(0m)).Code);
        Assert.Equal(ErrorCodes.Job.HoursOutOfRange, Assert.Throws<DomainException>(() => PositionSize.FromHoursPerWeek(-1m)).Code);
    }

    [Fact]
    public void OnCall_HasNoAmountAndPrintsOnCall()
    {
        Assert.Equal(PositionSizeKind.OnCall, PositionSize.OnCall.Kind);
        Assert.Null(PositionSize.OnCall.Amount);
        Assert.Equal("on call", PositionSize.OnCall.ToString());
    }
}
