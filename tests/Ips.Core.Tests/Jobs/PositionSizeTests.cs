using Ips.Core.Jobs;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Jobs;

public sealed class PositionSizeTests
{
    [Fact]
    public void PercentOfFullTime_Hours_DividesByThirtySevenAndAHalf()
    {
        Assert.Equal(50m, PositionSize.FromHoursPerWeek(18.75m).PercentOfFullTime);
        Assert.Equal(100m, PositionSize.FromHoursPerWeek(37.5m).PercentOfFullTime);
        Assert.Equal(60m, PositionSize.FromPercent(60m).PercentOfFullTime);
        Assert.Null(PositionSize.OnCall.PercentOfFullTime);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100.5")]
    [InlineData("-1")]
    public void FromPercent_OutOfRange_Fails(string value)
    {
        Assert.Equal(ErrorCodes.Job.PercentOutOfRange, PositionSize.TryFromPercent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Errors.Single().Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("75.1")]
    public void FromHoursPerWeek_OutOfRange_Fails(string value)
    {
        Assert.Equal(ErrorCodes.Job.HoursOutOfRange, PositionSize.TryFromHoursPerWeek(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).Errors.Single().Code);
    }

    [Fact]
    public void ToString_IsCultureInvariant()
    {
        Assert.Equal("18.75 h/week", PositionSize.FromHoursPerWeek(18.75m).ToString());
        Assert.Equal("100 %", PositionSize.FromPercent(100m).ToString());
    }
}
