using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeLabelsTests
{
    [Fact]
    public void AMissingLabel_IsABuildDefect_NamedByItsKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => NavOutcomeLabels.For(NavReportLanguage.English)["table.nosuch"]);

        Assert.Equal("No report label 'table.nosuch'.", error.Message);
    }

    [Fact]
    public void Labels_AreReadPerLanguage_FromTheEmbeddedTable()
    {
        Assert.Equal("Status ved avslutning", NavOutcomeLabels.For(NavReportLanguage.Norwegian)["table.status"]);
        Assert.Equal("Status at exit", NavOutcomeLabels.For(NavReportLanguage.English)["table.status"]);
        Assert.Equal(string.Empty, NavOutcomeLabels.For(NavReportLanguage.English)["columns.figure"]);
    }
}
