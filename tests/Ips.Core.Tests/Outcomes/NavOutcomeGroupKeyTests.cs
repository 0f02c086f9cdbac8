using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeGroupKeyTests
{
    [Fact]
    public void ToString_NamesKindAndValue_MasksAReferringUnit_AndSaysNotRecorded()
    {
        Assert.Equal("Measure=IPSUNG", new NavOutcomeGroupKey(OutcomeGroupingKind.Measure, "IPSUNG").ToString());
        Assert.Equal("ReferringUnit=***", new NavOutcomeGroupKey(OutcomeGroupingKind.ReferringUnit, "unit-rus", "Rusklinikken").ToString());
        Assert.Equal("Tag=(not recorded)", new NavOutcomeGroupKey(OutcomeGroupingKind.Tag, null).ToString());
    }

    [Fact]
    public void IsNotRecorded_IsTheGroupWithoutAValue()
    {
        Assert.True(new NavOutcomeGroupKey(OutcomeGroupingKind.AgeBand, null).IsNotRecorded);
        Assert.False(new NavOutcomeGroupKey(OutcomeGroupingKind.AgeBand, "20-24").IsNotRecorded);
    }

    [Fact]
    public void OutcomeGrouping_ToString_NamesTheKind()
    {
        Assert.Equal("OutcomeGrouping(AgeBand)", OutcomeGrouping.AgeBand().ToString());
        Assert.Equal("OutcomeGrouping(Site)", OutcomeGrouping.Site.ToString());
    }
}
