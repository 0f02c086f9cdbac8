using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ips.Core.Outcomes;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeChartTests
{
    [Fact]
    public void OnlyTablesWhoseEveryRowIsACountAndShare_GetAChart()
    {
        // With benefits recorded the work table also holds a count-and-share row ("left for work and without
        // benefits"), but its counts and percentages are no shares of one cohort: no chart.
        var html = NavOutcomeTables.Create(NavOutcomeGroupingTests.Site(), September).Render(NavReportLanguage.English, NavReportFormat.Html);

        var titles = Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline).Select(chart => XElement.Parse(chart.Value).Elements().First().Value);
        Assert.Equal(["Status at exit", "Benefits at exit", "Benefits at entry of those who left", "Position size of those who left for work"], titles);
    }
}
