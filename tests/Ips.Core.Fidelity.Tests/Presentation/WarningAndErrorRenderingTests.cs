using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Warnings, errors and the edition line are rendered in the report's language, every word from the definition.</summary>
public sealed class WarningAndErrorRenderingTests
{
    private static ReviewFacts FractionReview() => Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92)));

    [Fact]
    public void NorwegianReport_ShowsTheWarningInNorwegian_UnderItsItem()
    {
        var text = Engine.Score(FractionReview()).ToText();

        Assert.Contains("\nAdvarsler\n---------\n- Punkt 2 Rendyrking av IPS-tjenester:\n", text, StringComparison.Ordinal);
        Assert.Contains("0,92 — Ser ut som en andel, ikke en prosent", text, StringComparison.Ordinal);
        Assert.Contains("punktet er skåret som om det var 0,92 %. (Warning.PercentLooksLikeFraction)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishMarkdownReport_ShowsTheWarningInEnglish()
    {
        var markdown = Engine.Score(FractionReview()).ToMarkdown(Ips25Scale.English);

        Assert.Contains("## Warnings", markdown, StringComparison.Ordinal);
        Assert.Contains("0.92 — Looks like a fraction, not a percentage", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWithoutWarnings_HasNoWarningsSection()
    {
        var text = Engine.Score(Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 92)))).ToText();

        Assert.DoesNotContain("Advarsler", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NorwegianReport_ShowsFactErrorsInNorwegian_EnglishReportInEnglish()
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 120.5))));

        Assert.Contains("  - Punkt 2, opplysning 'employmentServicesTimePercent': verdien 120,5 bryter regelen: minst 0 og høyst 100 (Fact.AboveMaximum).", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("  - Item 2, fact 'employmentServicesTimePercent': value 120.5 breaks the rule: at least 0 and at most 100 (Fact.AboveMaximum).", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
        Assert.DoesNotContain("breaks the rule", report.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void NorwegianReport_ShowsConstraintAndInputErrorsInNorwegian()
    {
        var report = Engine.Score(Raw(
            ItemFacts.ForProgramme(20, C("jobsHeld", 2), C("distinctEmployers", 3)),
            ItemFacts.ForProgramme(30, C("x", 1))));
        var text = report.ToText();

        var constraint = Ips25Scale.Definition.FindItem(20)!.Constraints[0].Message.Get(Ips25Scale.Norwegian);
        Assert.Contains("Punkt 20: verdien jobsHeld=2, distinctEmployers=3 bryter regelen: " + constraint + " (Ratio.DistinctEmployersExceedJobsHeld).", text, StringComparison.Ordinal);
        Assert.Contains("Punkt 30: verdien 30 bryter regelen: et punktnummer i skalaen (1–25) (Item.UnknownItem).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongCaseLevel_IsHintedInTheReportsLanguage()
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", 5), L("contactLogReview", "Weekly"), C("jobSeekers", 10))));

        Assert.Contains("ett av nivåene none, monthly, weekly (mente du 'weekly'?) (Fact.UnknownLevel).", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("one of the levels none, monthly, weekly (did you mean 'weekly'?) (Fact.UnknownLevel).", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void EditionLine_IsInTheReportsLanguage()
    {
        var report = Engine.Score(FractionReview());

        Assert.Contains("\nUtgave: Skalaen fra 2008; Supported Employment Fidelity Review Manual, 4. utgave 2019; norsk IPS-kvalitetsskala 2011/2013\n", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("\nEdition: 2008 scale; Supported Employment Fidelity Review Manual 4th ed. 2019; Norwegian IPS-kvalitetsskala 2011/2013\n", report.ToText(Ips25Scale.English), StringComparison.Ordinal);
        Assert.DoesNotContain("2008 scale", report.ToText(), StringComparison.Ordinal);
    }
}
