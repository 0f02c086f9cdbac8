using System.Xml.Linq;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>The SVG pictures are well-formed XML with text labels for every mark, invariant numbers, and the scale's own sections and levels.</summary>
public sealed class FidelityChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("fair")]
    [InlineData("exemplary")]
    [InlineData("incomplete")]
    [InlineData("not-ips")]
    public void Profile_LabelsEveryItem_AndEverySection(string example)
    {
        var report = ExampleReviews.Report(example);

        var svg = Parse(FidelityCharts.Profile(report, Ips25Scale.English));

        var texts = Texts(svg);
        Assert.All(Enumerable.Range(1, 25), n => Assert.Contains(n.ToString(System.Globalization.CultureInfo.InvariantCulture), texts));
        foreach (var section in report.Sections)
        {
            Assert.Contains(section.Section.Name.Get(Ips25Scale.English) + " " + section.Summary.RatedSum.ToString(System.Globalization.CultureInfo.InvariantCulture), texts);
        }

        // One "?" per item that is not rated, drawn over the scores it can still take.
        Assert.Equal(report.Items.Count(i => i.Status != ItemStatus.Rated), texts.Count(t => t == "?"));
        Assert.NotNull(svg.Element(Svg + "title"));
    }

    [Fact]
    public void Profile_OfAnIncompleteReview_DrawsTheOpenItemsPossibleRange()
    {
        var report = ExampleReviews.Report("incomplete");
        var open = report.Items.First(i => i.Status == ItemStatus.NotRated);
        var range = open.PossibleScores ?? Ips25Scale.Definition.ScoresOf(open.Definition);

        var svg = Parse(FidelityCharts.Profile(report));

        // The first hatched box is the legend's.
        var hatched = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("fill") == "url(#open)").Skip(1).ToList();
        Assert.Equal(report.Items.Count(i => i.Status != ItemStatus.Rated), hatched.Count);

        // Bar heights are proportional to scores: a range of k scores is k fifths of the plot's 150 units.
        var heights = hatched.Select(r => double.Parse((string)r.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains((range.Max - range.Min + 1) * 30.0, heights);
    }

    [Theory]
    [InlineData("fair", "Total 83")]
    [InlineData("exemplary", "Total 122")]
    public void LevelBands_NameEveryLevel_AndMarkTheTotal(string example, string marker)
    {
        var svg = Parse(FidelityCharts.LevelBands(ExampleReviews.Report(example), Ips25Scale.English));

        var texts = Texts(svg);
        Assert.Contains(marker, texts);
        foreach (var level in Ips25Scale.Definition.Levels)
        {
            Assert.Contains(level.Name.Get(Ips25Scale.English), texts);
            Assert.Contains(level.MinTotal + "–" + level.MaxTotal, texts);
        }
    }

    [Fact]
    public void LevelBands_OfAnIncompleteReview_ShowThePossibleRange()
    {
        var report = ExampleReviews.Report("incomplete");

        var texts = Texts(Parse(FidelityCharts.LevelBands(report, Ips25Scale.English)));

        Assert.Contains("Possible total " + report.Total.LowestPossible + "–" + report.Total.HighestPossible, texts);
    }

    [Fact]
    public void Comparison_ShowsBeforeAndAfterPerItem()
    {
        var before = ExampleReviews.Report("fair-2025");
        var after = ExampleReviews.Report("fair");

        var svg = Parse(FidelityCharts.Comparison(before, after, Ips25Scale.English));

        var texts = Texts(svg);
        Assert.Contains("Before " + ReportDate(before), texts);
        Assert.Contains("After " + ReportDate(after), texts);
        Assert.Equal(25 * 2, svg.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("fill") is "#E69F00" or "#0072B2" or "url(#open)") - 3);
    }

    [Fact]
    public void Series_DrawsEachReviewByDate_OverTheShadedBands()
    {
        var reports = new[] { ExampleReviews.Report("fair"), ExampleReviews.Report("fair-2025"), ExampleReviews.Report("incomplete") with { ReviewDate = new NodaTime.LocalDate(2027, 4, 2) } };

        var svg = Parse(FidelityCharts.Series(reports, Ips25Scale.English));

        var texts = Texts(svg);
        foreach (var report in reports)
        {
            Assert.Contains(report.Total.IsComplete ? report.Total.RatedSum.ToString(System.Globalization.CultureInfo.InvariantCulture) : report.Total.LowestPossible + "–" + report.Total.HighestPossible, texts);
        }

        Assert.Contains("83", texts);
        Assert.Equal(["2025-10-09", "2026-10-08", "2027-04-02"], texts.Where(t => t.Length == 10 && t.StartsWith("202", StringComparison.Ordinal)));
        Assert.Equal(reports.Count(r => r.Total.IsComplete) > 1 ? 1 : 0, svg.Descendants(Svg + "polyline").Count());
        Assert.Equal(Ips25Scale.Definition.Levels.Length, texts.Count(t => Ips25Scale.Definition.Levels.Any(l => t.StartsWith(l.Name.Get(Ips25Scale.English), StringComparison.Ordinal))));
    }

    [Fact]
    public void Series_OfNothing_OrOfTwoScales_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => FidelityCharts.Series([]));
        var other = ExampleReviews.Report("fair") with { Scale = Ips25Scale.Definition with { ScaleId = "other" } };
        Assert.Throws<ArgumentException>(() => FidelityCharts.Series([ExampleReviews.Report("fair"), other]));
        Assert.Throws<ArgumentException>(() => FidelityCharts.Comparison(ExampleReviews.Report("fair"), other));
    }

    [Fact]
    public void Charts_AreTheSameBytes_UnderACommaCulture_WithInvariantCoordinates()
    {
        var report = ExampleReviews.Report("incomplete");
        var expected = FidelityCharts.Profile(report) + FidelityCharts.LevelBands(report);

        using (new CultureSwitch("de-DE"))
        {
            Assert.Equal(expected, FidelityCharts.Profile(report) + FidelityCharts.LevelBands(report));
        }

        Assert.DoesNotMatch("=\"[0-9]+,[0-9]+\"", expected);
    }

    private static string ReportDate(FidelityReport report) => NodaTime.Text.LocalDatePattern.Iso.Format(report.ReviewDate);

    private static XElement Parse(string svg)
    {
        var element = XElement.Parse(svg);
        Assert.Equal(Svg + "svg", element.Name);
        return element;
    }

    private static List<string> Texts(XElement svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value)];
}
