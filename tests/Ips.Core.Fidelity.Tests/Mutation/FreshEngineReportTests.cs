using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Reports;
using Ips.Core.Fidelity.Scale;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Documentation;
using Ips.Core.Fidelity.Text;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>
/// An engine compiled from a freshly loaded definition gives exactly the pinned reports, and its compiled lookups
/// refuse what the shared engine refuses. (The shared <see cref="FidelityEngine.Default"/> is compiled once per process.)
/// </summary>
public sealed class FreshEngineReportTests
{
    [Fact]
    public void FreshEngine_RendersEveryPinnedExampleReport()
    {
        var engine = new FidelityEngine(ScaleDefinition.LoadEmbedded());
        foreach (var name in ExampleReviews.Names)
        {
            foreach (var (code, language) in new[] { ("nb", ReportLanguage.Norwegian), ("en", ReportLanguage.English) })
            {
                var report = engine.Score(ExampleReviews.Facts(name), language) with { EngineVersion = ExampleReviews.ScrubbedEngineVersion };
                foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown })
                {
                    var pinned = RepositoryFiles.ReadText($"tests/Ips.Core.Fidelity.Tests/Reports/ReportRenderingTests.Example_RendersAsPinned_example={name}_language={code}_format={format}.verified.txt");
                    Assert.Equal(pinned.ReplaceLineEndings("\n"), ReportRenderer.Render(report, format).ReplaceLineEndings("\n"));
                }
            }
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    [InlineData(-1)]
    public void FreshEngine_ItemNumberOutsideTheScale_IsAnInputError(int number)
    {
        var engine = new FidelityEngine(ScaleDefinition.LoadEmbedded());
        var facts = Review.Builder().Set(1, "activeParticipants", FactValue.FromCount(20)).Set(1, "fullTimeEquivalents", FactValue.FromNumber(1)).Build();
        facts = facts with { Items = [.. facts.Items, ItemFacts.ForProgramme(number, Review.C("activeParticipants", 1))] };

        var report = engine.Score(facts);

        var error = Assert.Single(report.InputErrors);
        Assert.Equal(FactErrorCodes.UnknownItem, error.Code);
        Assert.Equal(5, report.Item(1).Score);
    }

    [Fact]
    public void ProgrammeAndSpecialistFacts_TogetherMakeTheItemInvalid_WithTheRuleNamed()
    {
        var item = ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 80)) with
        {
            Specialists = [new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] }],
        };

        var result = new FidelityEngine(ScaleDefinition.LoadEmbedded()).Score(Review.Builder().Build() with { Items = [item] }).Item(2);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.BothProgrammeAndSpecialists, error.Code);
        Assert.Equal("give programme facts or per-specialist facts, not both", error.Rule);
    }

    [Fact]
    public void UnknownElement_NamesTheElementsAllowed()
    {
        var report = Review.Engine.Score(Review.Builder().Set(25, "engagementStrategies", FactValue.FromElements("coffee")).Build());

        var error = Assert.Single(report.Item(25).Errors);
        Assert.Equal(FactErrorCodes.UnknownElement, error.Code);
        Assert.StartsWith("one of the elements ", error.Rule, StringComparison.Ordinal);
        Assert.Contains("coffee", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullElementId_IsAnUnknownElement_ShownAsNull()
    {
        var report = Review.Engine.Score(Review.Builder().Set(25, "engagementStrategies", FactValue.FromElements("coffee", null!)).Build());

        Assert.Equal(["coffee", "null"], report.Item(25).Errors.Select(e => e.Value));
    }

    [Fact]
    public void Validator_DuplicateSpecialistLabel_IsNamedAtTheSecondSpecialist()
    {
        var item = ItemFacts.ForSpecialists(
            2,
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] },
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 90)] });

        var result = ReviewFactsValidator.Ips25.Validate(Review.Builder().Build() with { Items = [item] });

        var failure = Assert.Single(result.Errors);
        Assert.Equal("items[0].specialists[1].label", failure.PropertyName);
        Assert.Equal(FactErrorCodes.BadSpecialistLabel, failure.ErrorCode);
        Assert.Equal("specialist labels are unique within an item", ((FactError)failure.CustomState).Rule);
    }
}
