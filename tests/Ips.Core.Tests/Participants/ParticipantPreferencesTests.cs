using Ips.Core.Jobs;
using Ips.Core.Participants;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantPreferencesTests
{
    [Fact]
    public void Create_WithPreferences_KeepsThem()
    {
        var preferences = JobPreferences.Create([OccupationCode.Create("9112")], "Renhold, dagtid");
        var participant = Participant.Create(Fixtures.P(1), Fixtures.Day, Fixtures.Day, ReferralSource.Create(ReferralSourceKind.Self), preferences);
        Assert.Same(preferences, participant.Preferences);
    }
}
