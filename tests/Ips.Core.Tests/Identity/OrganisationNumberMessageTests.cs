using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Identity;

public sealed class OrganisationNumberMessageTests
{
    [Fact]
    public void TryCreate_Null_IsRequired()
    {
        var error = OrganisationNumber.TryCreate(null).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("OrganisationNumber", error.PropertyName);
        Assert.Equal("OrganisationNumber is required.", error.Message);
        Assert.False(OrganisationNumber.IsValid(null));
    }

    [Fact]
    public void TryCreate_WrongLength_MessageGivesLengthOnly()
    {
        var error = OrganisationNumber.TryCreate("1234").Errors.Single();
        Assert.Equal("OrganisationNumber must be exactly 9 digits; the value given has 4 characters and is not shown.", error.Message);
    }

    [Fact]
    public void TryCreate_BadCheckDigit_MessageNamesTheCheck()
    {
        var error = OrganisationNumber.TryCreate("974760674").Errors.Single();
        Assert.Equal("OrganisationNumber", error.PropertyName);
        Assert.Equal("OrganisationNumber fails the mod-11 check (weights 3,2,7,6,5,4,3,2) on its last digit; the value is not shown.", error.Message);
    }

    [Fact]
    public void Create_Invalid_Throws_AndValidKeepsValue()
    {
        Assert.Equal(ErrorCodes.OrganisationNumber.CheckDigit, Assert.Throws<DomainException>(() => OrganisationNumber.Create("974760674")).Code);
        Assert.Equal("974760673", OrganisationNumber.Create("974760673").Value);
        Assert.True(OrganisationNumber.IsValid("974760673"));
    }

    [Fact]
    public void CheckDigit_RemainderZero_RequiresZeroAsLastDigit()
    {
        // 00000000 sums to 0 → check digit 0; any other last digit fails.
        Assert.True(OrganisationNumber.IsValid("000000000"));
        Assert.False(OrganisationNumber.IsValid("000000001"));
        // 00000011: 1*3+1*2 = 5; 11-5 = 6.
        Assert.Equal(6, OrganisationNumber.CheckDigitFor("00000011"));
        Assert.True(OrganisationNumber.IsValid("000000116"));
    }

    [Fact]
    public void CheckDigit_UsesEveryWeight()
    {
        // One non-zero digit at each position isolates that position's weight: digit 1 gives 11 - weight.
        int[] weights = [3, 2, 7, 6, 5, 4, 3, 2];
        for (var i = 0; i < 8; i++)
        {
            var digits = new string('0', i) + "1" + new string('0', 7 - i);
            Assert.Equal(11 - weights[i], OrganisationNumber.CheckDigitFor(digits));
        }
    }
}
