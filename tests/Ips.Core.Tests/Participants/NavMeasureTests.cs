using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Participants;

public sealed class NavMeasureTests
{
    [Fact]
    public void Measures_HaveTheirCodesAndNorwegianAndEnglishNames()
    {
        Assert.Equal(("INDJOBSTOT", "Individuell jobbstøtte (IPS)", "Individual Placement and Support (IPS)"), (NavMeasure.Ips.Code, NavMeasure.Ips.NorwegianName, NavMeasure.Ips.EnglishName));
        Assert.Equal(("IPSUNG", "Individuell karrierestøtte (IPS Ung)", "Individual career support for young people (IPS Ung)"), (NavMeasure.IpsUng.Code, NavMeasure.IpsUng.NorwegianName, NavMeasure.IpsUng.EnglishName));
    }

    [Fact]
    public void Measures_AreEqualByCode_AndNeverEqualToNull()
    {
        Assert.True(NavMeasure.Ips.Equals(NavMeasure.FromCode("INDJOBSTOT")));
        Assert.True(NavMeasure.IpsUng.Equals((object)NavMeasure.FromCode("IPSUNG")));
        Assert.False(NavMeasure.Ips.Equals(NavMeasure.IpsUng));
        Assert.False(NavMeasure.Ips.Equals(null));
        Assert.False(NavMeasure.Ips.Equals((object?)null));
        Assert.Equal(NavMeasure.Ips.GetHashCode(), NavMeasure.FromCode("INDJOBSTOT").GetHashCode());
    }

    [Fact]
    public void UnknownCode_IsRefused_NamingTheTwoCodes()
    {
        var error = Assert.Single(NavMeasure.TryFromCode("IPS").Errors);

        Assert.Equal((ErrorCodes.Participant.UnknownNavMeasure, "NavMeasure", "NavMeasure must be a NAV IPS measure code: INDJOBSTOT (Individuell jobbstøtte) or IPSUNG (Individuell karrierestøtte, IPS Ung); the value given is not shown."), (error.Code, error.PropertyName, error.Message));
    }
}
