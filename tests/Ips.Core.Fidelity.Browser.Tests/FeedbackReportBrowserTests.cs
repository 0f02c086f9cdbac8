using System.Text.RegularExpressions;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Browser.Tests;

/// <summary>
/// Each example review's HTML feedback report rendered by headless Chromium to PDF (A4) and PNG: no console message,
/// no request leaving the page, the expected text (total, level, every item number) and the expected page count.
/// </summary>
public sealed partial class FeedbackReportBrowserTests
{
    /// <summary>Hosts of the browser's own background services (updates, time, spelling): never asked for by the page.</summary>
    private static readonly string[] BrowserServiceHosts = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com", "googleusercontent.com"];

    // Pages, as Chromium prints them on A4: the header and summary with both pictures (1), then each section on a new
    // page: staffing (1), organisation (1), services (2); with a record every item has its evidence block, so
    // organisation and services take one page more each, and strengths, action plan and agreement follow (1).
    public static TheoryData<string, string, int> Pages => new()
    {
        { "fair", "nb", FairPages },
        { "fair", "en", FairPages },
        { "exemplary", "nb", ExemplaryPages },
        { "not-ips", "nb", NotIpsPages },
        { "incomplete", "en", IncompletePages },
        { "fair-2025", "nb", Fair2025Pages },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ExampleReport_PrintsToA4_WithoutConsoleOrNetwork_OnTheSectionPagesOrOneMore(string example, string code, int pages)
    {
        Chromium.Require();
        var language = ReportLanguage.FromCode(code);
        var report = Examples.Report(example);
        using var folder = new TempFolder();
        var page = folder.Write(example + "." + code + ".html", Examples.Html(example, language));
        var pdf = Path.Combine(folder.Path, "report.pdf");
        var netLog = Path.Combine(folder.Path, "net.json");

        var (exitCode, _, error) = Chromium.Run(page, netLog, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);

        Assert.Equal(0, exitCode);
        NoConsoleMessages(error);
        NoRequestsFromThePage(netLog);
        var bytes = File.ReadAllBytes(pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        // The pages the layout forces (each section starts one); a long section may run one page over, by language and
        // by Chromium's font metrics (Debian's 156.0.8078.114 moved four of these six by one page against .73).
        Assert.InRange(PageCount(bytes), pages, pages + 1);

        // The text the browser parsed: the total, the level, every item number.
        var (domCode, dom, domError) = Chromium.Run(page, Path.Combine(folder.Path, "net-dom.json"), "--dump-dom");
        Assert.Equal(0, domCode);
        NoConsoleMessages(domError);
        var total = report.Total.IsComplete ? report.Total.RatedSum.ToString(System.Globalization.CultureInfo.InvariantCulture) : report.Total.LowestPossible + "–" + report.Total.HighestPossible;
        Assert.Contains(total, dom, StringComparison.Ordinal);
        Assert.Contains(report.Level is { } level ? level.Name.Get(language) : report.Scale.Label("levelUndetermined", language), dom, StringComparison.Ordinal);
        foreach (var item in report.Items)
        {
            Assert.Contains("<tr><td class=\"num\">" + item.Item.ToString(System.Globalization.CultureInfo.InvariantCulture) + "</td>", dom, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fair", "nb", "feedback-report-fair-nb.png")]
    [InlineData("exemplary", "en", "feedback-report-exemplary-en.png")]
    public void ExampleReport_RendersToPng(string example, string code, string image)
    {
        Chromium.Require();
        using var folder = new TempFolder();
        var page = folder.Write(example + ".html", Examples.Html(example, ReportLanguage.FromCode(code)));
        var png = Path.Combine(folder.Path, image);

        var (exitCode, _, error) = Chromium.Run(page, Path.Combine(folder.Path, "net.json"), "--hide-scrollbars", "--window-size=900,1300", "--screenshot=" + png);

        Assert.Equal(0, exitCode);
        NoConsoleMessages(error);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Equal(900, BigEndian(bytes, 16));
        Assert.Equal(1300, BigEndian(bytes, 20));
        Assert.True(bytes.Length > 20_000, "the screenshot looks empty: " + bytes.Length + " bytes");

        // IPS_REGENERATE_DOCS=1 refreshes the pictures the README shows.
        if (Environment.GetEnvironmentVariable("IPS_REGENERATE_DOCS") == "1")
        {
            File.Copy(png, Path.Combine(Examples.RepositoryRoot, "docs", "images", image), overwrite: true);
        }
    }

    [Fact]
    public void ReportWithAScript_IsCaught_ByTheConsoleCheck()
    {
        // The checks can fail: a page that runs a script (refused by the report's own CSP) shows on the console.
        Chromium.Require();
        using var folder = new TempFolder();
        var html = Examples.Html("fair", Ips25Scale.English).Replace("</body>", "<script>console.log('x')</script></body>", StringComparison.Ordinal);
        var page = folder.Write("scripted.html", html);

        var (_, _, error) = Chromium.Run(page, Path.Combine(folder.Path, "net.json"), "--dump-dom");

        Assert.Matches(ConsoleLine(), error);
    }

    private const int FairPages = 8;
    private const int ExemplaryPages = 8;
    private const int NotIpsPages = 6;
    private const int IncompletePages = 6;
    private const int Fair2025Pages = 6;

    internal static void NoConsoleMessages(string error)
    {
        var lines = error.Split('\n').Where(line => ConsoleLine().IsMatch(line)).ToList();
        Assert.True(lines.Count == 0, "console: " + string.Join("\n", lines));
    }

    internal static void NoRequestsFromThePage(string netLog)
    {
        var text = File.ReadAllText(netLog);
        var urls = UrlField().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)
            .Where(url => !url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
            .Where(url => !BrowserServiceHosts.Any(host => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Host == host || uri.Host.EndsWith("." + host, StringComparison.Ordinal))))
            .ToList();
        Assert.True(urls.Count == 0, "requests: " + string.Join(", ", urls));
    }

    internal static int PageCount(byte[] pdf)
    {
        var counts = PageCountField().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(counts);
        return counts.Max();
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    [GeneratedRegex(@":(INFO|WARNING|ERROR):CONSOLE[:(]")]
    private static partial Regex ConsoleLine();

    [GeneratedRegex("\"url\":\"([^\"]+)\"")]
    private static partial Regex UrlField();

    [GeneratedRegex(@"/Count\s+(\d+)")]
    private static partial Regex PageCountField();

    /// <summary>A temporary folder, removed afterwards.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ips-browser-").FullName;

        public string Write(string name, string text)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system to clean.
            }
        }
    }
}
