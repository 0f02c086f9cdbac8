using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>
/// Policy 4 in words: an item rated without some facts says so, and an unrated item with fewer possible scores than its
/// range gives them, in explanations, text and Markdown reports and report JSON.
/// </summary>
public sealed class DeterminedWithoutRenderingTests
{
    private static readonly ReviewFacts Facts = Raw(
        ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 100)),
        ItemFacts.ForProgramme(21, C("permanentCompetitiveJobs", 9)));

    [Fact]
    public void Explanation_NamesTheFactsDeterminedWithout_AndTheScoresStillPossible()
    {
        var report = Engine.Score(Facts);

        var determined = report.Item(15).Explain(Engine.Scale, Ips25Scale.English);
        var open = report.Item(21).Explain(Engine.Scale, Ips25Scale.English);
        var untouched = report.Item(1).Explain(Engine.Scale, Ips25Scale.English);

        Assert.Equal("Determined without: The programme tracks employer contacts", determined.DeterminedWithout);
        Assert.Equal("Missing facts: Participants' current jobs; Possible scores: 1–4", open.NotRated);
        Assert.Null(open.DeterminedWithout);
        Assert.DoesNotContain("Possible", untouched.NotRated, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndMarkdown_ShowBoth_InEachLanguage()
    {
        var report = Engine.Score(Facts);

        var text = report.ToText(Ips25Scale.English);
        var markdown = report.ToMarkdown(Ips25Scale.Norwegian);

        Assert.Contains("    Determined without: The programme tracks employer contacts", text, StringComparison.Ordinal);
        Assert.Contains("Possible scores: 1–4", text, StringComparison.Ordinal);
        Assert.Contains("*Avgjort uten: Programmet registrerer kontakt med arbeidsgivere*", markdown, StringComparison.Ordinal);
        Assert.Contains("Mulige skårer: 1–4", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_CarriesDeterminedWithoutAndPossibleScores_AndReadsThemBack()
    {
        var report = Engine.Score(Facts);

        var json = FidelityJson.WriteReport(report, Ips25Scale.English);
        var read = FidelityJson.ReadReport(json, Engine.Scale);

        Assert.Contains("\"determinedWithout\": [\n        \"employerContactsTracked\"\n      ]", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"possibleScores\": {\n        \"min\": 1,\n        \"max\": 4\n      }", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(["employerContactsTracked"], read.Item(15).DeterminedWithout);
        Assert.Equal((1, 4), (read.Item(21).PossibleScores!.Min, read.Item(21).PossibleScores!.Max));
        Assert.Equal((report.Item(1).PossibleScores!.Min, report.Item(1).PossibleScores!.Max), (read.Item(1).PossibleScores!.Min, read.Item(1).PossibleScores!.Max));
    }
}
