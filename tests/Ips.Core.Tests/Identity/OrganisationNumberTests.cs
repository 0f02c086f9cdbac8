using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Identity;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("974760673")]
    [InlineData("923609016")]
    public void Create_RealShapedNumber_Succeeds(string value)
    {
        Assert.Equal(value, OrganisationNumber.Create(value).ToString());
    }

    [Fact]
    public void CheckDigit_Mod11Math_MatchesHandCalculation()
    {
        // 974760673: 9*3+7*2+4*7+7*6+6*5+0*4+6*3+7*2 = 173; 173 mod 11 = 8; 11-8 = 3.
        Assert.Equal(3, OrganisationNumber.CheckDigitFor("97476067"));

        // 923609016: 9*3+2*2+3*7+6*6+0*5+9*4+0*3+1*2 = 126; 126 mod 11 = 5; 11-5 = 6.
        Assert.Equal(6, OrganisationNumber.CheckDigitFor("92360901"));

        // Remainder 0 gives check digit 0: 00000000 sums to 0.
        Assert.Equal(0, OrganisationNumber.CheckDigitFor("00000000"));

        // Remainder 1 gives no valid number: 10000000 sums to 3, 20000000 to 6, 40000000 to 12 (mod 11 = 1).
        Assert.Equal(-1, OrganisationNumber.CheckDigitFor("40000000"));
    }

    [Theory]
    [InlineData("974760674")]
    [InlineData("923609015")]
    public void TryCreate_BadCheckDigit_FailsWithCheckDigitCode(string value)
    {
        Assert.Equal(ErrorCodes.OrganisationNumber.CheckDigit, OrganisationNumber.TryCreate(value).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_RemainderOne_IsInvalidWhateverTheLastDigit()
    {
        for (var d = 0; d <= 9; d++)
        {
            Assert.False(OrganisationNumber.IsValid($"40000000{d}"));
        }
    }

    [Theory]
    [InlineData("97476067")]
    [InlineData("9747606730")]
    [InlineData("97476067A")]
    [InlineData("974 760 673")]
    [InlineData("")]
    public void TryCreate_WrongLengthOrLetters_FailsWithFormatCode(string value)
    {
        Assert.Equal(ErrorCodes.OrganisationNumber.Format, OrganisationNumber.TryCreate(value).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_ElevenDigits_DoesNotEchoTheValue()
    {
        var message = OrganisationNumber.TryCreate("01017012345").Errors.Single().Message;
        Assert.DoesNotContain("01017012345", message, StringComparison.Ordinal);
    }
}
