using Ips.Core.Outreach;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Outreach;

public sealed class OutreachAttemptRuleTests
{
    [Theory]
    [InlineData(OutreachMethod.HomeVisit)]
    [InlineData(OutreachMethod.CommunityVisit)]
    public void Create_CoordinatedVisit_IsAllowedForVisits(OutreachMethod method)
    {
        var attempt = OutreachAttempt.Create(Fixtures.Day, Fixtures.P(1), method, OutreachActor.TeamMember, coordinatedVisit: true);
        Assert.True(attempt.CoordinatedVisit);
        Assert.Equal(method, attempt.Method);
        Assert.Equal(OutreachActor.TeamMember, attempt.By);
        Assert.False(attempt.FamilyContact);
        Assert.Equal(Fixtures.Day, attempt.Date);
        Assert.Equal(Fixtures.P(1), attempt.Participant);
    }

    [Theory]
    [InlineData(OutreachMethod.Letter)]
    [InlineData(OutreachMethod.Message)]
    public void Create_CoordinatedNonVisit_FailsWithMessage(OutreachMethod method)
    {
        var error = OutreachAttempt.TryCreate(Fixtures.Day, Fixtures.P(1), method, OutreachActor.Specialist, coordinatedVisit: true).Errors.Single();
        Assert.Equal(ErrorCodes.Outreach.CoordinatedRequiresVisit, error.Code);
        Assert.Equal("CoordinatedVisit", error.PropertyName);
        Assert.Equal($"CoordinatedVisit is true but Method is {method}; only a home or community visit can be a coordinated visit.", error.Message);
    }

    [Fact]
    public void Create_UncoordinatedPhoneCall_IsValid()
    {
        Assert.False(OutreachAttempt.Create(Fixtures.Day, Fixtures.P(1), OutreachMethod.Phone, OutreachActor.Specialist, familyContact: true).CoordinatedVisit);
    }

    [Fact]
    public void Create_DefaultIdAndUndefinedEnums_AreNamed()
    {
        var result = OutreachAttempt.TryCreate(Fixtures.Day, default, (OutreachMethod)50, (OutreachActor)50);
        Assert.Equal(["Participant", "Method", "By"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal(ErrorCodes.Identity.Missing, Assert.Throws<DomainException>(() => OutreachAttempt.Create(Fixtures.Day, default, OutreachMethod.Phone, OutreachActor.Specialist)).Code);
    }
}
