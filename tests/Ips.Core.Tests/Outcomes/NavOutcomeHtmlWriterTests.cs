using Ips.Core.Outcomes;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeHtmlWriterTests
{
    [Fact]
    public void Header_NamesTheGroupEncoded_BetweenTheTitleAndTheStamps()
    {
        var html = NavOutcomeGroupedFixture.Tables().Render(NavReportLanguage.English, NavReportFormat.Html);

        Assert.Contains(
            "<header>\n<h1>Results site-q</h1>\n<p><strong>Group: referring unit Rus &quot;klinikken&quot;, avd. 2</strong></p>\n<p>Options: ",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Header_WithoutAGroup_GoesFromTheTitleToTheStamps()
    {
        var html = NavOutcomeTables.Create(OutcomeFixtures.Programme("site-q", []), OutcomeFixtures.September).Render(NavReportLanguage.English, NavReportFormat.Html);

        Assert.Contains("<header>\n<h1>Results site-q</h1>\n<p>Options: ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
    }
}
