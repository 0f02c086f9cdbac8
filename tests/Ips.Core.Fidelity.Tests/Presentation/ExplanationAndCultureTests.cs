using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Explanations are built on demand, per language, with invariant per-language number formats.</summary>
public sealed class ExplanationAndCultureTests
{
    [Fact]
    public void NextStep_ShowsTheNextAnchorAndTheCurrentValue_InEnglish()
    {
        var report = Engine.Score(
            Builder().Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.2, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 8 }).Build());

        var explanation = report.Explain(17, Ips25Scale.English);

        Assert.Equal("Item 17 Frequent employer contact", explanation.Heading);
        Assert.Equal("Score 3", explanation.Status);
        Assert.Equal("4 contacts a week, log reviewed monthly", explanation.Anchor);
        Assert.Equal("5 contacts a week, log reviewed weekly → 4; now 4.2 a week", explanation.NextStep);
        Assert.Equal("Programme as a whole", explanation.Path);
    }

    [Fact]
    public void NextStep_UsesADecimalComma_InNorwegian()
    {
        var report = Engine.Score(Builder().Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.2, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 8 }).Build());

        var explanation = report.Explain(17);

        Assert.Equal("Punkt 17 Jobbutvikling: hyppig arbeidsgiverkontakt", explanation.Heading);
        Assert.EndsWith("→ 4; nå 4,2 i uka", explanation.NextStep, StringComparison.Ordinal);
    }

    [Fact]
    public void Caps_AndMissingFacts_AreExplained()
    {
        var capped = Item(16, NumberFact("contactsFollowingPreferencesPercent", 95), F("consistentWithJobSearchPlan", false)).Explain(Ips25Scale.Definition, Ips25Scale.English);
        var missing = Item(1, C("activeParticipants", 10)).Explain(Ips25Scale.Definition, Ips25Scale.English);

        Assert.Equal(["Not consistent with a current job-search plan: at most 3"], capped.Modifiers);
        Assert.Equal("Not rated", missing.Status);
        Assert.Equal("Missing facts: Full-time equivalents in IPS", missing.NotRated);
    }

    [Fact]
    public void Specialists_AreListed_WithExclusions()
    {
        var result = ForSpecialists(
            17,
            ("ES 1", [NumberFact("inPersonEmployerContactsPerWeek", 6), L("contactLogReview", "weekly"), C("jobSeekers", 8)]),
            ("ES 2", [NumberFact("inPersonEmployerContactsPerWeek", 0), L("contactLogReview", "weekly"), C("jobSeekers", 0)]));

        var explanation = result.Explain(Ips25Scale.Definition, Ips25Scale.English);

        Assert.Equal("ES 1: 5 (6 a week)", explanation.Specialists[0]);
        Assert.StartsWith("ES 2: Left out — No participants looking for work", explanation.Specialists[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4.2, "nb", "4,2")]
    [InlineData(4.2, "en", "4.2")]
    [InlineData(1234.5, "nb", "1\u00A0234,5")]
    [InlineData(1234.5, "en", "1,234.5")]
    [InlineData(-0.125, "en", "-0.13")]
    [InlineData(20, "nb", "20")]
    public void NumberFormat_IsFixedPerLanguage_ByTheDefinition(double value, string code, string expected)
    {
        var language = ReportLanguage.FromCode(code);
        Assert.Equal(expected, Ips25Scale.Definition.FormatNumber(value, language));
    }

    [Fact]
    public void NumberFormat_OfALanguageTheDefinitionLacks_IsTheFallback()
    {
        Assert.Equal("1,234.5", Ips25Scale.Definition.FormatNumber(1234.5, ReportLanguage.FromCode("de")));
        Assert.Equal("1,234.5", 1234.5.ToString("#,0.##", FidelityNumberFormat.Fallback));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("en-US")]
    [InlineData("nb-NO")]
    public void Scoring_IsTheSameUnderOtherCultures(string culture)
    {
        var review = Fidelity.Tests.Scoring.TotalsAndLevelsTests.ReviewWithAll(4, except: 9);
        var expected = Engine.Score(review);

        using (new CultureSwitch(culture))
        {
            var report = Engine.Score(review);
            Assert.Equal(expected.Items.Select(i => i.Score), report.Items.Select(i => i.Score));
            Assert.Equal(expected.Total, report.Total);
            Assert.Equal(expected.Explain(17, Ips25Scale.English).NextStep, report.Explain(17, Ips25Scale.English).NextStep);
            Assert.Equal("6 or more contacts a week (or 2 per job seeker with fewer than 3 seeking), log reviewed weekly → 5; now 5 a week", report.Explain(17, Ips25Scale.English).NextStep);
            var error = Item(2, NumberFact("employmentServicesTimePercent", 100.5)).Errors[0];
            Assert.Equal("100.5", error.Value);
        }
    }

    [Fact]
    public void Definition_LoadsUnderTurkishCulture()
    {
        using var culture = new CultureSwitch("tr-TR");

        Assert.Equal(25, Ips25Scale.LoadDefinition().Items.Length);
    }
}
