using Ips.Core.Identity;

namespace Ips.Core.Tests.Jobs;

public sealed class JobGuardTests
{
    [Fact]
    public void IsCompetitive_NullPolicy_ThrowsNamingIt()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Fixtures.Job().IsCompetitive(null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => Fixtures.Job().IsPermanentCompetitive(null!)).ParamName);
    }

    [Fact]
    public void JobId_ToString_ShowsTheJobId()
    {
        // Job ids identify a record, not a person, so they are printed (unlike participant ids).
        Assert.Equal("JobId(j-17)", JobId.Create("j-17").ToString());
    }
}
