using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Full reports of the example reviews, pinned as snapshots, in both languages and both formats.</summary>
public sealed partial class ReportRenderingTests
{
    public static TheoryData<string, string, ReportFormat> Reports
    {
        get
        {
            var data = new TheoryData<string, string, ReportFormat>();
            foreach (var name in ExampleReviews.Names)
            {
                foreach (var language in new[] { "nb", "en" })
                {
                    data.Add(name, language, ReportFormat.Text);
                    data.Add(name, language, ReportFormat.Markdown);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Example_RendersAsPinned(string example, string language, ReportFormat format)
    {
        var report = ExampleReviews.Report(example);

        await Snapshot.Verify(ReportRenderer.Render(report, format, ExampleReviews.Language(language)));
    }

    [Fact]
    public void Language_DefaultsToTheScalesFirst_AndIsChosenWhenRendering()
    {
        var report = ExampleReviews.Report("fair");

        Assert.Equal(report.ToText(Ips25Scale.Norwegian), report.ToText());
        Assert.Equal(report.ToMarkdown(Ips25Scale.Norwegian), report.ToMarkdown(default));
        Assert.NotEqual(report.ToText(), report.ToText(Ips25Scale.English));
        Assert.StartsWith("Kvalitetsvurdering av IPS", report.ToText(), StringComparison.Ordinal);
        Assert.StartsWith("# IPS fidelity review", report.ToMarkdown(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void TotalAndLevelLines_AreThere_InBothLanguages()
    {
        var report = ExampleReviews.Report("fair");

        Assert.Contains("\nTotalskår: 83\n", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\nNivå: Godkjent kvalitet (74–99)\n", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\nTotal: 83\n", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
        Assert.Contains("\nLevel: Fair fidelity (74–99)\n", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void NorwegianNumbers_UseADecimalComma_EnglishADecimalPoint()
    {
        var report = ExampleReviews.Report("fair");

        Assert.Contains("ES-1: 3 (4,2 i uka)", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("ES-1: 3 (4.2 a week)", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgrammeLabel_CannotBreakTheLayout()
    {
        var report = ExampleReviews.Report("fair") with { ProgrammeLabel = "Team | *Nord*\nlinje 2" };

        Assert.Contains("\nProgram: Team | *Nord* linje 2\n", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\n- **Program:** Team \\| \\*Nord\\* linje 2\n", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RejectsAnUndefinedFormat()
    {
        var report = ExampleReviews.Report("fair");

        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(report, (ReportFormat)7));
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render(null!));
    }
}
