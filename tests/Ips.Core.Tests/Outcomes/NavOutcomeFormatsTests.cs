using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ips.Core.Outcomes;
using Ips.TestSupport;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

/// <summary>Every format of the outcome report, pinned byte for byte on the seed's Rusklinikken tables (tests run under nb-NO).</summary>
public sealed class NavOutcomeFormatsTests
{

    private static NavOutcomeTables Tables(SmallCellSuppression? suppression = null) =>
        NavOutcomeTables.Create(NavOutcomeTablesTests.Rusklinikken(), September, suppression: suppression);

    [Fact]
    public async Task Text_Norwegian() => await Snapshot.Verify(Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Text));

    [Fact]
    public async Task Markdown_English_Suppressed() => await Snapshot.Verify(Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.English, NavReportFormat.Markdown));

    [Fact]
    public async Task Html_Norwegian() => await Snapshot.Verify(Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Html));

    [Fact]
    public async Task Html_English_Suppressed() => await Snapshot.Verify(Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.English, NavReportFormat.Html));

    [Fact]
    public async Task Csv_Norwegian() => await Snapshot.Verify(Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Csv));

    [Fact]
    public async Task Json_English_Suppressed() => await Snapshot.Verify(Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.English, NavReportFormat.Json));

    [Fact]
    public void Html_IsSelfContained_AndStatesEveryCohortAndTheSuppression()
    {
        var html = Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.Norwegian, NavReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<td>av 35 som avsluttet i januar–september 2019</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>av &lt;5 som avsluttet i september 2019</td>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">Små tall: tall fra 1 til 4 er skjult (&lt;5).</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Jobber</td><td class=\"num\">&lt;5</td><td class=\"num\">15 (43 %)</td>", html, StringComparison.Ordinal);

        // Every chart is well-formed SVG with a title; every table of shares has one (status and position size).
        var charts = Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline);
        Assert.Equal(2, charts.Count);
        Assert.Equal(
            ["Status ved avslutning", "Stillingsprosent for avsluttede til jobb"],
            charts.Select(chart => XElement.Parse(chart.Value).Elements().First().Value));
    }

    [Fact]
    public void Csv_ColumnNames_FollowTheAnalysisRule_AndEveryFigureHasOneRowPerPeriod()
    {
        var tables = Tables();
        var csv = tables.Render(NavReportLanguage.English, NavReportFormat.Csv);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');

        Assert.All(header, name => Assert.Matches("^[a-z][a-z0-9_]{0,31}$", name));
        Assert.Equal(header.Length, header.Distinct(StringComparer.Ordinal).Count());

        // The same rows as the JSON, figure by figure: 2 periods each.
        using var json = JsonDocument.Parse(tables.Render(NavReportLanguage.English, NavReportFormat.Json));
        var rows = json.RootElement.GetProperty("tables").EnumerateArray().Sum(t => t.GetProperty("rows").GetArrayLength());
        Assert.Equal(rows * 2, lines.Length - 1);
        Assert.Contains("rusklinikken,,table.status,status.Working,share,Working,second,2019-01-01,2019-09-30,of 35 who left in January–September 2019,15,35,0.42857142857142855,,false,0", lines);
        Assert.Contains("rusklinikken,,table.other,reason.OtherActivity,count,\"Other activity (medical treatment, municipal services)\",first,2019-09-01,2019-09-30,of 3 who left in September 2019,2,3,0.6666666666666666,,false,0", lines);
    }

    [Fact]
    public void Csv_Suppressed_LeavesHiddenNumbersEmpty_AndStampsTheMinimum()
    {
        var lines = Tables(SmallCellSuppression.HideBelow(5)).Render(NavReportLanguage.English, NavReportFormat.Csv).Split('\n');

        Assert.Contains("rusklinikken,,table.status,status.Working,share,Working,first,2019-09-01,2019-09-30,of <5 who left in September 2019,,,,,true,5", lines);
        Assert.Contains("rusklinikken,,table.status,status.Studying,share,Studying,first,2019-09-01,2019-09-30,of <5 who left in September 2019,0,,0,,true,5", lines);
        Assert.Contains("rusklinikken,,table.status,status.Working,share,Working,second,2019-01-01,2019-09-30,of 35 who left in January–September 2019,15,35,0.42857142857142855,,false,5", lines);
    }

    [Fact]
    public void Json_IsExact_AndVersioned()
    {
        using var json = JsonDocument.Parse(Tables().Render(NavReportLanguage.Norwegian, NavReportFormat.Json));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("2019-01-01", root.GetProperty("periods")[1].GetProperty("start").GetString());
        Assert.Equal("PeopleLeftForWork", root.GetProperty("options").GetProperty("positionSizeCohort").GetString());
        Assert.Equal(0, root.GetProperty("suppression").GetProperty("minimumCount").GetInt32());
        var status = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "table.status");
        var working = status.GetProperty("rows")[0].GetProperty("cells")[1];
        Assert.Equal(15, working.GetProperty("count").GetInt32());
        Assert.Equal(35, working.GetProperty("denominator").GetInt32());
        Assert.Equal(15.0 / 35, working.GetProperty("share").GetDouble());
        Assert.Equal("15 (43 %)", working.GetProperty("text").GetString());
    }

    [Fact]
    public void EveryFormat_HoldsEveryFigure_OfTheJson()
    {
        // The formats write one content model: a figure in the JSON is in every other format, cell by cell.
        var tables = Tables(SmallCellSuppression.HideBelow(5));
        using var json = JsonDocument.Parse(tables.Render(NavReportLanguage.English, NavReportFormat.Json));
        var text = tables.Render(NavReportLanguage.English, NavReportFormat.Text);
        var markdown = tables.Render(NavReportLanguage.English, NavReportFormat.Markdown);
        var html = tables.Render(NavReportLanguage.English, NavReportFormat.Html);
        var csv = tables.Render(NavReportLanguage.English, NavReportFormat.Csv).Split('\n');
        foreach (var table in json.RootElement.GetProperty("tables").EnumerateArray())
        {
            Assert.Contains("<h2>" + table.GetProperty("title").GetString() + "</h2>", html, StringComparison.Ordinal);
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                var label = row.GetProperty("label").GetString()!;
                var cells = row.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToArray();
                Assert.Contains("| " + label + " | " + string.Join(" | ", cells) + " |", markdown, StringComparison.Ordinal);
                Assert.Matches("(?m)^" + Regex.Escape(label) + " +" + string.Join(" +", cells.Select(Regex.Escape)) + "$", text);
                Assert.Contains("<td>" + HtmlText(label) + "</td>" + string.Concat(cells.Select(c => "<td class=\"num\">" + HtmlText(c) + "</td>")), html, StringComparison.Ordinal);
                Assert.Equal(2, csv.Count(line => line.StartsWith("rusklinikken,," + table.GetProperty("id").GetString() + "," + row.GetProperty("figure").GetString() + ",", StringComparison.Ordinal)));
            }
        }
    }

    private static string HtmlText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    [Theory]
    [InlineData(NavReportFormat.Text)]
    [InlineData(NavReportFormat.Markdown)]
    [InlineData(NavReportFormat.Html)]
    [InlineData(NavReportFormat.Csv)]
    [InlineData(NavReportFormat.Json)]
    public void EveryFormat_IsTheSameUnderAnyCulture(NavReportFormat format)
    {
        var tables = Tables(SmallCellSuppression.HideBelow(3));
        var expected = tables.Render(NavReportLanguage.English, format);
        foreach (var culture in (string[])["ar-SA", "fa-IR", "de-DE", "en-US", ""])
        {
            using var scope = new CultureScope(culture);
            Assert.Equal(expected, tables.Render(NavReportLanguage.English, format));
        }

        Assert.DoesNotContain('\r', expected);
    }
}
