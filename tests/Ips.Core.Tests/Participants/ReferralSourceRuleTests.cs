using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Participants;

public sealed class ReferralSourceRuleTests
{
    [Fact]
    public void FromTeam_IsATreatmentTeamReferralWithTheTeam()
    {
        var source = ReferralSource.FromTeam(TeamId.Create("team-9"));
        Assert.Equal(ReferralSourceKind.TreatmentTeam, source.Kind);
        Assert.Equal("team-9", source.Team!.Value.Value);
    }

    [Theory]
    [InlineData(ReferralSourceKind.Nav)]
    [InlineData(ReferralSourceKind.Self)]
    [InlineData(ReferralSourceKind.Family)]
    [InlineData(ReferralSourceKind.Other)]
    public void Create_NonTeamKindWithoutTeam_IsValid(ReferralSourceKind kind)
    {
        var source = ReferralSource.Create(kind);
        Assert.Equal(kind, source.Kind);
        Assert.Null(source.Team);
    }

    [Fact]
    public void Create_TeamRules_MessagesAndProperty()
    {
        var missing = ReferralSource.TryCreate(ReferralSourceKind.TreatmentTeam).Errors.Single();
        Assert.Equal("Team", missing.PropertyName);
        Assert.Equal("Team is required when the referral source is TreatmentTeam.", missing.Message);

        var notAllowed = ReferralSource.TryCreate(ReferralSourceKind.Family, TeamId.Create("t")).Errors.Single();
        Assert.Equal(ErrorCodes.Participant.ReferralTeamNotAllowed, notAllowed.Code);
        Assert.Equal("Team must not be given when the referral source is Family; only TreatmentTeam referrals name a team.", notAllowed.Message);
    }

    [Fact]
    public void Create_TreatmentTeamWithDefaultTeamId_Fails()
    {
        var error = ReferralSource.TryCreate(ReferralSourceKind.TreatmentTeam, default(TeamId)).Errors.Single();
        Assert.Equal(ErrorCodes.Identity.Missing, error.Code);
        Assert.Equal("Team", error.PropertyName);
        Assert.Equal(ErrorCodes.Participant.ReferralTeamMissing, Assert.Throws<DomainException>(() => ReferralSource.Create(ReferralSourceKind.TreatmentTeam)).Code);
    }
}
