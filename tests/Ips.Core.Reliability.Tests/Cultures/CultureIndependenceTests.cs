using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Reliability.Tests.Generators;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Cultures;

/// <summary>
/// The same reports rendered under nb-NO, en-US, tr-TR, ar-SA, fa-IR and the invariant culture are byte-identical per
/// output language and format; facts and report JSON do not depend on the culture at all.
/// </summary>
public sealed class CultureIndependenceTests
{
    public static TheoryData<string> ExampleNames => new(Examples.Names);

    private static readonly ReportLanguage[] Languages = [Ips25Scale.Norwegian, Ips25Scale.English];

    /// <summary>Everything produced for one example under the current culture, keyed by what it is.</summary>
    private static Dictionary<string, string> Outputs(string example)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var facts = FidelityJson.ReadFacts(Examples.Json(example));
        outputs["facts.json"] = FidelityJson.WriteFacts(facts);
        var report = Ips25Scale.Engine.Score(facts);
        foreach (var language in Languages)
        {
            outputs[$"report.{language.Code}.json"] = FidelityJson.WriteReport(report, language);
            outputs[$"report.{language.Code}.txt"] = report.ToText(language);
            outputs[$"report.{language.Code}.md"] = report.ToMarkdown(language);
            for (var item = 1; item <= report.Items.Length; item++)
            {
                outputs[$"explain-{language.Code}.{item}"] = report.Explain(item, language).ToString() ?? string.Empty;
            }
        }

        return outputs;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void ExampleReport_RendersByteIdentically_UnderEveryHostileCulture(string example)
    {
        Dictionary<string, string> reference;
        using (new CultureScope(Ips.TestSupport.Cultures.Invariant))
        {
            reference = Outputs(example);
        }

        foreach (var culture in Ips.TestSupport.Cultures.Hostile)
        {
            using var scope = new CultureScope(culture);
            var outputs = Outputs(example);
            foreach (var (key, expected) in reference)
            {
                Assert.True(string.Equals(expected, outputs[key], StringComparison.Ordinal), $"{example}: {key} differs under {culture}");
            }
        }
    }

    [Fact]
    public void RenderedLanguages_DifferFromEachOther_SoTheComparisonIsNotVacuous()
    {
        var report = Ips25Scale.Engine.Score(Examples.Facts("fair"));
        Assert.NotEqual(report.ToText(Ips25Scale.Norwegian), report.ToText(Ips25Scale.English));
        Assert.Contains("Totalskår", report.ToText(Ips25Scale.Norwegian), StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedReports_RenderAndSerialiseIdentically_UnderEveryHostileCulture()
    {
        // Arbitrary facts (NaN, ±∞, huge numbers, halves) stress number formatting far more than the examples.
        var random = new Random(PropertyBudget.Seed(11));
        var reviews = Enumerable.Range(0, PropertyBudget.Cases(150)).Select(_ => FactsGen.ReviewFrom(random)).ToArray();
        string[] Render() => [.. reviews.SelectMany(f =>
        {
            var report = Ips25Scale.Engine.Score(f);
            return new[] { report.ToText(Ips25Scale.Norwegian), report.ToMarkdown(Ips25Scale.English), FidelityJson.WriteReport(report, Ips25Scale.English) };
        })];

        string[] reference;
        using (new CultureScope(Ips.TestSupport.Cultures.Invariant))
        {
            reference = Render();
        }

        foreach (var culture in Ips.TestSupport.Cultures.Hostile)
        {
            using var scope = new CultureScope(culture);
            var rendered = Render();
            for (var i = 0; i < reference.Length; i++)
            {
                Assert.True(string.Equals(reference[i], rendered[i], StringComparison.Ordinal), $"output {i} differs under {culture}");
            }
        }
    }
}
