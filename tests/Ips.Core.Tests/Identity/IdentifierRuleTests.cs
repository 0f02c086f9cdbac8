using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Identity;

public sealed class IdentifierRuleTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Z9")]
    [InlineData("a.b")]
    [InlineData("a_b")]
    [InlineData("a:b")]
    [InlineData("a-b")]
    public void TryCreate_AllowedCharacters_Succeed(string value)
    {
        Assert.Equal(value, ParticipantId.Create(value).Value);
        Assert.Equal(value, SpecialistId.Create(value).Value);
    }

    [Theory]
    [InlineData("a+b")]
    [InlineData("a b")]
    [InlineData("a,b")]
    public void TryCreate_OtherCharacters_Fail(string value)
    {
        Assert.Equal(ErrorCodes.Identity.Invalid, EmployerId.TryCreate(value).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_Invalid_MessageStatesTheRuleWithoutTheValue()
    {
        var error = ParticipantId.TryCreate("bad value").Errors.Single();
        Assert.Equal("ParticipantId", error.PropertyName);
        Assert.Equal("ParticipantId must be 1-64 characters of [A-Za-z0-9._:-]; the value given is not shown because it is an identity value.", error.Message);
    }

    [Fact]
    public void TryCreate_Null_MessageSaysRequired()
    {
        var error = ParticipantId.TryCreate(null).Errors.Single();
        Assert.Equal("ParticipantId is required.", error.Message);
    }

    [Fact]
    public void Default_ValueIsEmptyString()
    {
        Assert.Equal(string.Empty, default(ParticipantId).Value);
    }

    [Fact]
    public void RequireId_DefaultId_MessageNamesTheProperty()
    {
        var error = Core.Jobs.WorkTrial.TryCreate(default, Fixtures.E(), Fixtures.Day, null, Core.Jobs.WorkTrialKind.Praksis).Errors.Single();
        Assert.Equal(ErrorCodes.Identity.Missing, error.Code);
        Assert.Equal("Participant", error.PropertyName);
        Assert.Equal("Participant is required (the default identifier is not valid).", error.Message);
    }
}
