using Ips.Core.Outcomes;
using Ips.Core.Records;
using NodaTime;
using static Ips.Core.Fidelity.Browser.Tests.FeedbackReportBrowserTests;

namespace Ips.Core.Fidelity.Browser.Tests;

/// <summary>
/// The NAV outcome report's HTML (Ips.Core; the same page skeleton as the feedback report) for the example records,
/// rendered by headless Chromium to PDF (A4): no console message, no request leaving the page, the tables' rows and
/// both charts in the parsed page.
/// </summary>
public sealed class OutcomeReportBrowserTests
{
    [Theory]
    [InlineData(NavReportLanguage.Norwegian, "SUM formidling til arbeid", "Status ved avslutning")]
    [InlineData(NavReportLanguage.English, "Total exits to work", "Status at exit")]
    public void ExampleRecords_OutcomeReport_PrintsToA4_WithoutConsoleOrNetwork(NavReportLanguage language, string row, string chart)
    {
        Chromium.Require();
        var programme = ProgrammeRecords.Read(Path.Combine(Examples.RepositoryRoot, "examples", "data", "records"))[0];
        var html = NavOutcomeTables.Create(programme, new DateInterval(new LocalDate(2024, 12, 1), new LocalDate(2024, 12, 31)), suppression: SmallCellSuppression.HideBelow(3))
            .Render(language, NavReportFormat.Html);
        using var folder = new TempFolder();
        var page = folder.Write("outcomes.html", html);
        var pdf = Path.Combine(folder.Path, "outcomes.pdf");

        var (exitCode, _, error) = Chromium.Run(page, Path.Combine(folder.Path, "net.json"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);

        Assert.Equal(0, exitCode);
        NoConsoleMessages(error);
        NoRequestsFromThePage(Path.Combine(folder.Path, "net.json"));
        var bytes = File.ReadAllBytes(pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        Assert.InRange(PageCount(bytes), 1, 4);

        var (domCode, dom, domError) = Chromium.Run(page, Path.Combine(folder.Path, "net-dom.json"), "--dump-dom");
        Assert.Equal(0, domCode);
        NoConsoleMessages(domError);
        Assert.Contains("<td>" + row + "</td>", dom, StringComparison.Ordinal);
        Assert.Contains("<title>" + chart + "</title>", dom, StringComparison.Ordinal);
        Assert.Equal(2, dom.Split("<svg ").Length - 1);
    }
}
