using Ips.Core.Identity;

namespace Ips.Core.Tests.Identity;

public sealed class SpecialistIdTests
{
    [Fact]
    public void ToString_ValidId_PrintsNoIdentifyingValue()
    {
        Assert.Equal("SpecialistId(***)", SpecialistId.Create("SENTINEL-S-91c2").ToString());
        Assert.Equal("SupervisorId(***)", SupervisorId.Create("SENTINEL-S-91c2").ToString());
    }
}
