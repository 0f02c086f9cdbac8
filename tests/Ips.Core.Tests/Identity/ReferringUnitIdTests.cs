using Ips.Core.Identity;

namespace Ips.Core.Tests.Identity;

public sealed class ReferringUnitIdTests
{
    [Fact]
    public void Value_IsTheRawIdentifier_AndEmptyForTheDefault()
    {
        Assert.Equal("unit-rus", ReferringUnitId.Create("unit-rus").Value);
        Assert.Equal(string.Empty, default(ReferringUnitId).Value);
    }
}
