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

    private static NavOutcomeCell Cell(NavOutcomeCellKind kind) => new(kind, 3, 10, 0.3, null, false, "3 (30 %)");

    private static NavOutcomeSection Section(params NavOutcomeRow[] rows) => new("status", "Status at exit", [], rows);

    [Fact]
    public void A_section_without_rows_gets_no_chart()
    {
        Assert.False(NavOutcomeChart.Fits(Section()));
    }

    [Fact]
    public void A_row_mixing_a_count_and_share_with_another_kind_of_cell_keeps_the_section_from_a_chart()
    {
        var mixed = new NavOutcomeRow("working", "Working", [Cell(NavOutcomeCellKind.CountAndShare), Cell(NavOutcomeCellKind.Value)]);
        var shares = new NavOutcomeRow("studying", "Studying", [Cell(NavOutcomeCellKind.CountAndShare), Cell(NavOutcomeCellKind.CountAndShare)]);

        Assert.False(NavOutcomeChart.Fits(Section(shares, mixed)));
        Assert.True(NavOutcomeChart.Fits(Section(shares, shares)));
    }
}
