using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tests.Scales;

/// <summary>A scale that is not IPS-25 declares its own plausibility check, as data, and gets its warnings with no engine change.</summary>
public sealed class CustomScaleWarningTests
{
    private static readonly ReportLanguage Swedish = ReportLanguage.FromCode("sv");

    [Fact]
    public void SwedishScaleDeclaringACheck_WarnsInItsOwnLanguage_AndScoresAsWithout()
    {
        var plain = ScaleDefinition.Load(TestScales.MiniSwedishJson);
        var check = new WarningDefinition
        {
            Code = "Varning.MangaKontakter",
            Kind = WarningKind.AboveLimit,
            Limit = 30,
            Facts = [new() { Item = 3, Fact = "kontakterPerVecka" }],
            Message = new([new("sv", "Fler än {limit} kontakter i veckan ({value}) är osannolikt.")]),
        };

        // Through JSON, as a user would write it.
        var checkedScale = ScaleDefinition.Load((plain with { Warnings = [check] }).ToJson());
        var facts = new ReviewFacts { ProgrammeLabel = "Team Syd", ReviewDate = new NodaTime.LocalDate(2026, 5, 4), Items = [ItemFacts.ForProgramme(3, new FactEntry("kontakterPerVecka", FactValue.FromNumber(35.5)))] };

        var report = new FidelityEngine(checkedScale).Score(facts);
        var without = new FidelityEngine(plain).Score(facts);

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(("Varning.MangaKontakter", 3, "kontakterPerVecka", 35.5), (warning.Code, warning.Item, warning.FactId, warning.Value));
        Assert.Empty(without.Warnings);
        Assert.Equal(without.Item(3).Score, report.Item(3).Score);
        Assert.Contains("Fler än 30 kontakter i veckan (35,5) är osannolikt. (Varning.MangaKontakter)", report.ToText(Swedish), StringComparison.Ordinal);
        Assert.Contains("Varningar", report.ToText(Swedish), StringComparison.Ordinal);
    }
}
