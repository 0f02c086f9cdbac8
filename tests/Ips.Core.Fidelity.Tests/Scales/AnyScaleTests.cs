using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Scales;

/// <summary>
/// The engine is scale-agnostic: a scale that is not IPS-25 (4 items scored 0–3, one language that is neither nb nor en,
/// its own levels and per-specialist combination) loads from a file and is scored, explained, rendered and round-tripped
/// through the same public entry points as IPS-25.
/// </summary>
public sealed class AnyScaleTests
{
    private static readonly Lazy<ScaleDefinition> Mini = new(() => ScaleDefinition.Load(TestScales.MiniSwedishJson));

    private static readonly ReportLanguage Swedish = ReportLanguage.FromCode("sv");

    private static FidelityReport Score() => new FidelityEngine(Mini.Value).Score(FidelityJson.ReadFacts(TestScales.MiniSwedishReviewJson));

    [Fact]
    public void Load_TakesItemCountScoresLanguagesAndLevelsFromTheDefinition()
    {
        var scale = Mini.Value;

        Assert.Equal(4, scale.Items.Length);
        Assert.Equal(new ScoreRange(0, 3), scale.ItemScores);
        Assert.Equal(0, scale.LowestTotal);
        Assert.Equal(12, scale.HighestTotal);
        Assert.Equal(Swedish, scale.DefaultLanguage);
        Assert.False(scale.SupportsLanguage(Ips25Scale.Norwegian));
        Assert.Equal(new SpecialistCombination(CombineMethod.Median, TieRule.Up), scale.CombinationOf(scale.Items[0]));
    }

    [Fact]
    public void Score_UsesTheScalesRangesCombinationAndDefaultLanguage()
    {
        var report = Score();

        Assert.Equal(Swedish, report.Scale.DefaultLanguage);
        Assert.Equal("mini-sv", report.ScaleId);

        // Item 1: specialists at 9, 16, 14 and 16 per FTE score 3, 1, 2 and 3; the median 2.5 rounds up to 3 (the mean would give 2).
        var caseload = report.Item(1);
        Assert.Equal(ScoringPath.PerSpecialist, caseload.Path);
        Assert.Equal([3, 1, 2, 3], caseload.Specialists.Select(s => s.Score));
        Assert.Equal(3, caseload.Score);
        Assert.Equal(new SpecialistCombination(CombineMethod.Median, TieRule.Up), caseload.Combination);
        Assert.Null(caseload.NextAnchor); // 3 is the top of 0–3

        Assert.Equal(2, report.Item(2).Score);
        Assert.Equal(2, report.Item(3).Score); // 4.5 a week: nearest anchor 4
        Assert.Equal(3, report.Item(3).NextAnchor!.Score);
        Assert.Equal(ItemStatus.NotRated, report.Item(4).Status);

        // Item 4 unrated can still score 0–3: possible totals 7–10 span two levels, so no level yet.
        Assert.Equal(7, report.Total.RatedSum);
        Assert.Equal(7, report.Total.LowestPossible);
        Assert.Equal(10, report.Total.HighestPossible);
        Assert.Null(report.Level);
    }

    [Fact]
    public void Score_ALowItem_CanBeZero_AndTheLevelComesFromTheScalesOwnTable()
    {
        var facts = new ReviewFactsBuilder("Testteam Nord", new NodaTime.LocalDate(2026, 11, 2))
            .Set(1, "deltagare", FactValue.FromCount(30))
            .Set(1, "tjanstgoringsgrad", FactValue.FromNumber(1))
            .Set(2, "samverkan", FactValue.FromElements())
            .Set(3, "kontakterPerVecka", FactValue.FromNumber(0.4))
            .Set(4, "uppfoljning", FactValue.FromLevel("ingen"))
            .Build();

        var report = new FidelityEngine(Mini.Value).Score(facts);

        Assert.All(report.Items, item => Assert.Equal(0, item.Score));
        Assert.Equal(0, report.Total.RatedSum);
        Assert.Equal("lag", report.Level?.Id);
    }

    [Fact]
    public void TypedFacts_GeneratedFromTheTestScalesJson_ScoreLikeGenericFacts()
    {
        // MiniSv.* are generated at build time from Scales/mini-sv.v1.json (AdditionalFiles, IpsFidelityScale="true").
        var facts = new ReviewFactsBuilder("Testteam Syd", new NodaTime.LocalDate(2026, 11, 2))
            .Add(MiniSv.CaseloadFacts.PerSpecialist(
                ("H-1", new MiniSv.CaseloadFacts { Deltagare = 9, Tjanstgoringsgrad = 1.0 }),
                ("H-2", new MiniSv.CaseloadFacts { Deltagare = 16, Tjanstgoringsgrad = 1.0 }),
                ("H-3", new MiniSv.CaseloadFacts { Deltagare = 7, Tjanstgoringsgrad = 0.5 }),
                ("H-4", new MiniSv.CaseloadFacts { Deltagare = 8, Tjanstgoringsgrad = 1.0 })))
            .Add(new MiniSv.CollaborationFacts { Samverkan = MiniSv.Samverkan.Teammoten | MiniSv.Samverkan.GemensamJournal })
            .Add(new MiniSv.EmployerContactsFacts { KontakterPerVecka = 4.5 })
            .Build();

        var typed = new FidelityEngine(Mini.Value).Score(facts);

        Assert.Equal(4, MiniSv.FollowUpFacts.ItemNumber);
        Assert.Equal(Score().Items.Select(i => i.Score), typed.Items.Select(i => i.Score));
        Assert.Equal(Score().Total, typed.Total);
    }

    [Fact]
    public void Explain_AndRender_AreInTheScalesLanguageWithItsNumberFormat()
    {
        var report = Score();
        var text = report.ToText();
        var markdown = report.ToMarkdown();

        Assert.Contains("Deltagare per handledare", text, StringComparison.Ordinal);
        Assert.Contains("Ej bedömd", text, StringComparison.Ordinal);
        Assert.Contains("4,5", text, StringComparison.Ordinal); // the scale's decimal comma
        Assert.Contains("Miniskala för arbetsinriktat stöd", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Not rated", text, StringComparison.Ordinal);

        var explanation = report.Item(3).Explain(Mini.Value, Swedish);
        Assert.Contains("6 kontakter i veckan eller fler", explanation.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_RoundTripsWithItsDefinition()
    {
        var json = FidelityJson.WriteReport(Score());
        var read = FidelityJson.ReadReport(json, Mini.Value);

        Assert.Equal(json, FidelityJson.WriteReport(read));
        Assert.Equal(new SpecialistCombination(CombineMethod.Median, TieRule.Up), read.Item(1).Combination);
        Assert.Equal(Mini.Value.ToJson(), ScaleDefinition.Load(Mini.Value.ToJson()).ToJson());
    }

    [Fact]
    public void Interop_ScoresDescribesAndRendersTheScaleGivenAsJson()
    {
        var scaleJson = TestScales.MiniSwedishJson;

        using var report = JsonDocument.Parse(FidelityInterop.ScoreReview(TestScales.MiniSwedishReviewJson, scaleJson: scaleJson));
        Assert.Equal("mini-sv", report.RootElement.GetProperty("scaleId").GetString());
        Assert.Equal("sv", report.RootElement.GetProperty("language").GetString());

        using var description = JsonDocument.Parse(FidelityInterop.DescribeScale(scaleJson: scaleJson));
        Assert.Equal(0, description.RootElement.GetProperty("lowestScore").GetInt32());
        Assert.Equal(3, description.RootElement.GetProperty("highestScore").GetInt32());
        Assert.Equal(12, description.RootElement.GetProperty("highestTotal").GetInt32());

        var rendered = FidelityInterop.RenderReport(TestScales.MiniSwedishReviewJson, "sv", "markdown", scaleJson);
        Assert.Equal(Score().ToMarkdown(), rendered);

        // Norwegian is IPS-25's language, not this scale's: the error names the languages the scale has.
        var unknown = FidelityInterop.ScoreReview(TestScales.MiniSwedishReviewJson, "nb", scaleJson);
        Assert.True(FidelityInterop.IsError(unknown));
        using var error = JsonDocument.Parse(unknown);
        Assert.Equal("Unknown language 'nb'; use one of \"sv\".", error.RootElement.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public void Interop_ABrokenScale_IsAScaleErrorDocumentListingItsProblems()
    {
        var broken = TestScales.MiniSwedishJson.Replace("\"max\": 3", "\"max\": 2", StringComparison.Ordinal);

        using var answer = JsonDocument.Parse(FidelityInterop.ScoreReview(TestScales.MiniSwedishReviewJson, scaleJson: broken));
        var error = answer.RootElement.GetProperty("error");

        Assert.Equal("scale", error.GetProperty("kind").GetString());
        Assert.Equal("scaleJson", error.GetProperty("parameter").GetString());
        Assert.Contains(error.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "Scale.ScoreOutOfRange");
    }

    [Fact]
    public void RevisedIps25_ScoresBesideTheShippedOne_EachStampedWithItsOwnRevision()
    {
        var revised = ScaleDefinition.Load(TestScales.RevisedIps25Json());
        var facts = new ReviewFactsBuilder("Team Nord", new NodaTime.LocalDate(2026, 10, 1))
            .Set(1, "activeParticipants", FactValue.FromCount(43))
            .Set(1, "fullTimeEquivalents", FactValue.FromNumber(2))
            .Build();

        var shipped = Ips25Scale.Engine.Score(facts);
        var next = new FidelityEngine(revised).Score(facts);

        // 21.5 per FTE rounds to 22: 4 under revision 2026.1, 5 under the revised band.
        Assert.Equal((4, "2026.1"), (shipped.Item(1).Score, shipped.Revision));
        Assert.Equal((5, "2026.2"), (next.Item(1).Score, next.Revision));

        using var interop = JsonDocument.Parse(FidelityInterop.ScoreReview(FidelityJson.WriteFacts(facts), "en", TestScales.RevisedIps25Json()));
        Assert.Equal("2026.2", interop.RootElement.GetProperty("revision").GetString());
        Assert.Contains("2026.2", next.ToText(Ips25Scale.English), StringComparison.Ordinal);
    }
}
