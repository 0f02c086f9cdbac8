using Ips.Core.Caseloads;

namespace Ips.Core.Tests.Caseloads;

public sealed class CaseloadRemoveTests
{
    [Fact]
    public void Remove_FirstParticipant_Succeeds()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(), 2).Remove(Fixtures.P(1));
        Assert.Equal([Fixtures.P(2)], caseload.Participants);
        Assert.Empty(caseload.Remove(Fixtures.P(2)).Participants);
    }
}
