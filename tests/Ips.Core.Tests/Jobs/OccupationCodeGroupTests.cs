using Ips.Core.Jobs;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Jobs;

public sealed class OccupationCodeGroupTests
{
    [Fact]
    public void Groups_AreThePrefixesOfTheUnitGroup()
    {
        var code = OccupationCode.Create("5223");
        Assert.Equal("5", code.MajorGroup);
        Assert.Equal("52", code.SubMajorGroup);
        Assert.Equal("522", code.MinorGroup);
        Assert.Equal("5223", code.UnitGroup);
        Assert.Equal("5223", code.ToString());
    }

    [Theory]
    [InlineData("522")]
    [InlineData("52230")]
    [InlineData("52a3")]
    [InlineData("")]
    public void IsValid_NotExactlyFourAsciiDigits_IsFalse(string value)
    {
        Assert.False(OccupationCode.IsValid(value));
        Assert.Equal(ErrorCodes.Occupation.Format, OccupationCode.TryCreate(value).Errors.Single().Code);
    }

    [Fact]
    public void IsValid_Null_IsFalse_AndTryCreateSaysRequired()
    {
        Assert.False(OccupationCode.IsValid(null));
        var error = OccupationCode.TryCreate(null).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("OccupationCode", error.PropertyName);
    }

    [Fact]
    public void TryCreate_ShortMalformedValue_MessageEchoesIt()
    {
        var error = OccupationCode.TryCreate("12345678").Errors.Single();
        Assert.Equal("OccupationCode", error.PropertyName);
        Assert.Equal("OccupationCode '12345678' must be exactly 4 digits (a STYRK-08 unit group).", error.Message);
    }

    [Fact]
    public void TryCreate_LongMalformedValue_MessageGivesOnlyItsLength()
    {
        var error = OccupationCode.TryCreate("123456789").Errors.Single();
        Assert.Equal("OccupationCode must be exactly 4 digits (a STYRK-08 unit group); the value given has 9 characters.", error.Message);
    }
}
