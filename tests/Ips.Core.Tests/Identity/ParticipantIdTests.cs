using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Identity;

public sealed class ParticipantIdTests
{
    [Fact]
    public void ToString_ValidId_PrintsNoIdentifyingValue()
    {
        var id = ParticipantId.Create("SENTINEL-P-7f3a");
        Assert.Equal("ParticipantId(***)", id.ToString());
        Assert.Equal("SENTINEL-P-7f3a", id.Value);
    }

    [Fact]
    public void Equality_SameValue_IsEqualAndOrdinal()
    {
        Assert.Equal(ParticipantId.Create("abc"), ParticipantId.Create("abc"));
        Assert.NotEqual(ParticipantId.Create("abc"), ParticipantId.Create("ABC"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("æøå")]
    [InlineData("a/b")]
    public void TryCreate_MalformedValue_FailsWithInvalidCodeWithoutEchoingValue(string value)
    {
        var result = ParticipantId.TryCreate(value);
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorCodes.Identity.Invalid, Assert.Single(result.Errors).Code);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, result.Errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryCreate_Null_FailsWithMissingCode()
    {
        Assert.Equal(ErrorCodes.Identity.Missing, ParticipantId.TryCreate(null).Errors[0].Code);
    }

    [Fact]
    public void Create_SixtyFiveCharacters_Throws()
    {
        Assert.Equal(64, ParticipantId.Create(new string('a', 64)).Value.Length);
        var ex = Assert.Throws<DomainException>(() => ParticipantId.Create(new string('a', 65)));
        Assert.Equal(ErrorCodes.Identity.Invalid, ex.Code);
    }

    [Fact]
    public void Default_IsRejectedWhereAnIdIsRequired()
    {
        var ex = Assert.Throws<DomainException>(() => Ips.Core.Participants.Participant.Create(
            default, Fixtures.Day, Fixtures.Day, Ips.Core.Participants.ReferralSource.Create(Ips.Core.Participants.ReferralSourceKind.Self)));
        Assert.Equal(ErrorCodes.Identity.Missing, ex.Code);
    }
}
