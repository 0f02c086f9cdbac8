using Ips.Core.Jobs;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Jobs;

public sealed class OccupationCodeTests
{
    [Theory]
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("12a4")]
    [InlineData("")]
    [InlineData("１２３４")] // full-width digits are not ASCII digits
    public void TryCreate_NotFourAsciiDigits_FailsWithFormatCode(string value)
    {
        Assert.Equal(ErrorCodes.Occupation.Format, OccupationCode.TryCreate(value).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_Null_FailsWithRequired()
    {
        Assert.Equal(ErrorCodes.General.Required, OccupationCode.TryCreate(null).Errors.Single().Code);
    }

    [Fact]
    public void Groups_AreNestedPrefixes()
    {
        var code = OccupationCode.Create("5223");
        Assert.Equal("5", code.MajorGroup);
        Assert.Equal("52", code.SubMajorGroup);
        Assert.Equal("522", code.MinorGroup);
        Assert.Equal("5223", code.UnitGroup);
    }

    [Fact]
    public void Create_ArmedForcesMajorGroupZero_IsValid()
    {
        Assert.Equal("0", OccupationCode.Create("0110").MajorGroup);
    }
}
