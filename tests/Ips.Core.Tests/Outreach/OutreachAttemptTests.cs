using Ips.Core.Outreach;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Outreach;

public sealed class OutreachAttemptTests
{
    [Fact]
    public void Create_CoordinatedPhoneCall_Fails()
    {
        var result = OutreachAttempt.TryCreate(Fixtures.Day, Fixtures.P(1), OutreachMethod.Phone, OutreachActor.Specialist, coordinatedVisit: true);
        Assert.Equal(ErrorCodes.Outreach.CoordinatedRequiresVisit, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_CoordinatedHomeVisitWithFamily_Succeeds()
    {
        var attempt = OutreachAttempt.Create(Fixtures.Day, Fixtures.P(1), OutreachMethod.HomeVisit, OutreachActor.TeamMember, coordinatedVisit: true, familyContact: true);
        Assert.True(attempt.CoordinatedVisit && attempt.FamilyContact);
    }
}
