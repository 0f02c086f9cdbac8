using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Participants;

public sealed class ReferralSourceTests
{
    [Fact]
    public void TryCreate_TeamSourceWithoutTeam_Fails()
    {
        Assert.Equal(ErrorCodes.Participant.ReferralTeamMissing, ReferralSource.TryCreate(ReferralSourceKind.TreatmentTeam).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_NavSourceWithTeam_Fails()
    {
        Assert.Equal(ErrorCodes.Participant.ReferralTeamNotAllowed, ReferralSource.TryCreate(ReferralSourceKind.Nav, TeamId.Create("t")).Errors.Single().Code);
    }

    [Fact]
    public void TryCreate_UndefinedKind_Fails()
    {
        Assert.Equal(ErrorCodes.General.UndefinedValue, ReferralSource.TryCreate((ReferralSourceKind)99).Errors.Single().Code);
    }
}
