using System.Xml.Linq;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Reviews;
using Ips.TestSupport;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>The feedback report (tilbakemeldingsrapport) of the example reviews: pinned in Markdown and HTML, nb and en; self-contained, encoded, culture-free.</summary>
public sealed class FeedbackReportTests
{
    public static TheoryData<string, string, ReportFormat> Reports
    {
        get
        {
            var data = new TheoryData<string, string, ReportFormat>();
            foreach (var name in ExampleRecords.Names)
            {
                foreach (var language in new[] { "nb", "en" })
                {
                    data.Add(name, language, ReportFormat.Markdown);
                    data.Add(name, language, ReportFormat.Html);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task ExampleWithRecord_RendersAsPinned(string example, string language, ReportFormat format)
    {
        var text = FeedbackReport.Render(ExampleReviews.Report(example), ExampleRecords.Record(example), format, ExampleReviews.Language(language));

        await Snapshot.Verify(text);
    }

    [Fact]
    public void Header_IsTheNorwegianForms()
    {
        var markdown = ExampleReviews.Report("fair").ToFeedbackMarkdown(ExampleRecords.Record("fair"));

        Assert.StartsWith("# Tilbakemeldingsrapport: IPS-kvalitetsskala\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Vurdert av:** R-01 (ledende vurderer), R-02 (medvurderer)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Sted:** Eksempel-DPS Vest (IPS-team B)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Dato:** 2026-10-07, 2026-10-08\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Totalresultat:** 83 — Godkjent kvalitet (74–99)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Neste vurdering innen:** 2027-04-08 (6 måneder, regel ips-25.item11)\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_CarryTheFormsSectionNumbering_AndEachReviewersRating()
    {
        var markdown = ExampleReviews.Report("fair").ToFeedbackMarkdown(ExampleRecords.Record("fair"), Ips25Scale.English);

        // Item 15 is the fourth of Services (12–25); both gave 3.
        Assert.Contains("| 15 | Services 4 | Rapid job search | 3 | 3 | 3 |", markdown, StringComparison.Ordinal);

        // Item 17: R-02 gave 4, the consensus is 3; the gap to anchor 4 is the next step.
        Assert.Contains("| 17 | Services 6 | Frequent employer contact | 3 | 3 | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("### 17 · Services 6 · Frequent employer contact — 3\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Data sources used:** INT\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Reviewers' own ratings:** R-01: 3, R-02: 4\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **To the next anchor:** ", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | Staffing 1 | Caseload size | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 4 | Organisation 1 | Integration through team assignment | 3 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_IsReported_WithTheRecordedConsensus()
    {
        var markdown = ExampleReviews.Report("fair").ToFeedbackMarkdown(ExampleRecords.Record("fair"), Ips25Scale.English);

        // The record: R-02 differs on 2, 7, 17, 22, 24 and R-01 on 12: 19 of 25 the same (76 %); all within one (100 %).
        Assert.Contains("\n- **Same score:** 76 %\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Within one point:** 100 %\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Items rated differently:** 2 (3/4 → 3); 7 (3/2 → 3); 12 (2/3 → 3); 17 (3/4 → 3); 22 (3/4 → 3); 24 (3/2 → 3)\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionPlan_ListsEveryAction_HighPriorityFirst()
    {
        var markdown = ExampleReviews.Report("fair").ToFeedbackMarkdown(ExampleRecords.Record("fair"), Ips25Scale.English);

        Assert.Contains("| high | Item 17 Frequent employer contact | Gå gjennom kontaktloggen ukentlig", markdown, StringComparison.Ordinal);
        Assert.Contains("| Enhetsleder | 2026-11-30 | planned |", markdown, StringComparison.Ordinal);
        Assert.Contains("| low | Item 10 Agency focus on competitive work | Måle andelen deltakere i vanlig jobb hvert kvartal og dele tallene med ledelse og ansatte. | No action planned yet | — | — | — |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("| high |", StringComparison.Ordinal) < markdown.IndexOf("| medium |", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_IsSelfContained_WithPrintCss_AndNoScript()
    {
        var html = ExampleReviews.Report("fair").ToHtml(ExampleRecords.Record("fair"));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("@page{size:A4", html, StringComparison.Ordinal);
        Assert.Contains("section.page{break-before:page", html, StringComparison.Ordinal);
        Assert.Contains("table{border-collapse:collapse;width:100%;margin:2mm 0 3mm;break-inside:avoid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);

        // The only URL is the SVG namespace, which is a name, not a request.
        Assert.Equal(0, System.Text.RegularExpressions.Regex.Count(html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal), "https?://"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
    }

    [Fact]
    public void Html_EncodesEveryCallerText()
    {
        var report = ExampleReviews.Report("fair") with { ProgrammeLabel = "<script>alert('x')</script> & \"Nord\"" };
        var input = ExampleRecords.Record("fair").ToInput();
        var record = ReviewRecord.Create(input with { Strengths = [new Strength(null, "<img src=x onerror=alert(1)>")] }, Ips25Scale.Definition);

        var html = report.ToHtml(record);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Nord&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_SvgPictures_AreWellFormedXml()
    {
        var html = ExampleReviews.Report("incomplete").ToHtml();

        foreach (System.Text.RegularExpressions.Match svg in System.Text.RegularExpressions.Regex.Matches(html, "<svg .*?</svg>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            Assert.Equal("svg", XElement.Parse(svg.Value).Name.LocalName);
        }
    }

    [Fact]
    public void WithoutARecord_TheReportHoldsTheEnginesContent_AndReportRendererGivesTheSameHtml()
    {
        var report = ExampleReviews.Report("incomplete");

        var html = ReportRenderer.Render(report, ReportFormat.Html, Ips25Scale.English);

        Assert.Equal(report.ToHtml(null, Ips25Scale.English), html);
        Assert.Contains("<dt>Reviewed by</dt><dd>—</dd>", html, StringComparison.Ordinal);
        Assert.Contains("The level cannot be determined yet", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Not rated:</strong> Missing facts:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SameBytes_UnderAnyCulture()
    {
        var report = ExampleReviews.Report("fair");
        var record = ExampleRecords.Record("fair");
        var expected = report.ToHtml(record, Ips25Scale.English) + report.ToFeedbackMarkdown(record);

        foreach (var culture in new[] { "ar-SA", "fa-IR", "de-DE", "nb-NO", "en-US" })
        {
            using var scope = new CultureSwitch(culture);
            Assert.Equal(expected, report.ToHtml(record, Ips25Scale.English) + report.ToFeedbackMarkdown(record));
        }
    }

    [Fact]
    public void TextFormat_AndAnotherScalesRecord_AreRefused()
    {
        var report = ExampleReviews.Report("fair");
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackReport.Render(report, null, ReportFormat.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackReport.Render(report, null, ReportFormat.Html, ReportLanguage.FromCode("de")));
    }

    [Fact]
    public void FeedbackLabels_HaveNorwegianAndEnglish_ForEveryId()
    {
        foreach (var id in FeedbackLabels.Ids)
        {
            var text = FeedbackLabels.TableText(id)!;
            Assert.True(text.IsComplete && text.HasText(Ips25Scale.Norwegian) && text.HasText(Ips25Scale.English), id);
        }

        Assert.True(FeedbackLabels.Ids.Count() > 40);
    }

    [Fact]
    public void DefinitionLabels_OverrideTheTable()
    {
        var scale = Ips25Scale.Definition with { Labels = Ips25Scale.Definition.Labels.SetItem("site", new LocalizedText([new("nb", "Tjenestested"), new("en", "Service site")])) };

        Assert.Equal("Tjenestested", FeedbackLabels.Get(scale, "site", Ips25Scale.Norwegian));
        Assert.Equal("Sted", FeedbackLabels.Get(Ips25Scale.Definition, "site", Ips25Scale.Norwegian));
    }
}
