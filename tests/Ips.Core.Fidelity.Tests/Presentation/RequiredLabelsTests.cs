using System.Collections.Immutable;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>
/// <see cref="ScaleDefinitionValidator.RequiredLabels"/> is every label the library reads: a definition with only those
/// labels (a translation, say) loads and renders exactly as the full one, so no output can show a raw label id.
/// </summary>
public sealed class RequiredLabelsTests
{
    private static readonly ReportLanguage[] Languages = [Ips25Scale.Norwegian, Ips25Scale.English];

    [Fact]
    public void DefinitionWithOnlyTheRequiredLabels_RendersReportsAsTheFullDefinition()
    {
        var (full, lean) = Engines();
        foreach (var name in ExampleReviews.Names)
        {
            foreach (var language in Languages)
            {
                var facts = ExampleReviews.Facts(name);
                var expected = full.Score(facts);
                var actual = lean.Score(facts);
                foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown })
                {
                    Assert.Equal(ReportRenderer.Render(expected, format, language), ReportRenderer.Render(actual, format, language));
                }
            }
        }
    }

    [Fact]
    public void DefinitionWithOnlyTheRequiredLabels_RendersComparisonsAsTheFullDefinition()
    {
        var (full, lean) = Engines();

        // In order, out of order (a warning) and across programmes and revisions (two more warnings).
        foreach (var (before, after) in new[] { ("fair-2025", "fair"), ("fair", "fair-2025"), ("exemplary", "fair") })
        {
            foreach (var language in Languages)
            {
                var expected = Compare(full, before, after, language);
                var actual = Compare(lean, before, after, language);
                foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown })
                {
                    Assert.Equal(ReviewComparison.Render(expected, format), ReviewComparison.Render(actual, format));
                }
            }
        }
    }

    [Fact]
    public void EmbeddedScale_HasEveryRequiredLabel_InEveryLanguage()
    {
        foreach (var id in ScaleDefinitionValidator.RequiredLabels)
        {
            Assert.True(Ips25Scale.Definition.Labels.TryGetValue(id, out var text), id);
            Assert.True(text!.IsComplete, id);
        }
    }

    private static ReviewComparisonResult Compare(FidelityEngine engine, string before, string after, ReportLanguage language)
    {
        var earlier = engine.Score(ExampleReviews.Facts(before));
        var later = engine.Score(ExampleReviews.Facts(after));
        if (before == "exemplary")
        {
            earlier = earlier with { Scale = earlier.Scale with { Revision = "2025.1" } };
        }

        return ReviewComparison.Compare(earlier, later);
    }

    private static (FidelityEngine Full, FidelityEngine Lean) Engines()
    {
        var full = Ips25Scale.LoadDefinition();
        var required = ScaleDefinitionValidator.RequiredLabels.ToHashSet(StringComparer.Ordinal);
        var lean = ScaleDefinition.Load((full with { Labels = full.Labels.Where(l => required.Contains(l.Key)).ToImmutableDictionary() }).ToJson());
        Assert.True(lean.Labels.Count < full.Labels.Count);
        return (new FidelityEngine(full), new FidelityEngine(lean));
    }
}
