using Ips.Core.Caseloads;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Caseloads;

public sealed class CaseloadCapacityPolicyTests
{
    [Theory]
    [InlineData("1", 20)]
    [InlineData("0.75", 15)]
    [InlineData("0.5", 10)]
    [InlineData("0.33", 6)] // 6.6 rounded down: a caseload never exceeds the ratio.
    [InlineData("0.04", 0)]
    public void CapacityFor_Fte_IsTwentyPerFteRoundedDown(string fte, int expected)
    {
        Assert.Equal(expected, CaseloadCapacityPolicy.Default.CapacityFor(decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Create_CustomRatio_IsUsed()
    {
        Assert.Equal(6, CaseloadCapacityPolicy.Create(12).CapacityFor(0.5m));
    }

    [Fact]
    public void Create_ZeroRatio_Throws()
    {
        Assert.Equal(ErrorCodes.Caseload.CapacityOutOfRange, Assert.Throws<DomainException>(() => CaseloadCapacityPolicy.Create(0)).Code);
    }
}
