using Ips.Core.Identity;

namespace Ips.Core.Tests.Identity;

public sealed class TeamIdTests
{
    [Fact]
    public void ToString_NonPersonId_PrintsTheValue()
    {
        Assert.Equal("TeamId(fact-1)", TeamId.Create("fact-1").ToString());
        Assert.Equal("EmployerId(e-1)", EmployerId.Create("e-1").ToString());
        Assert.Equal("ProgrammeId(prog:oslo.1)", ProgrammeId.Create("prog:oslo.1").ToString());
    }
}
