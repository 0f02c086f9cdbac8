using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>
/// The engine's edges: what it refuses at construction, what it reports for missing or malformed input, and the
/// compiler's messages for definitions built in code that never went through <see cref="ScaleDefinition.Load(string)"/>.
/// </summary>
public sealed class FidelityEngineTests
{
    private static FidelityEngine Fresh() => new(Ips25Scale.LoadDefinition());

    [Fact]
    public void Constructor_RejectsANullScale() =>
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new FidelityEngine(null!)).ParamName);

    [Fact]
    public void Constructor_RechecksADefinitionBuiltInCode()
    {
        var scale = Ips25Scale.LoadDefinition();
        var broken = scale with { Items = scale.Items.RemoveAt(24) };
        var exception = Assert.Throws<ScaleDefinitionException>(() => new FidelityEngine(broken));
        Assert.NotEmpty(exception.Problems);
        Assert.StartsWith("The scale definition is invalid (", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullReview_GivesAReportWithAnEmptyLabelAndAnInputError()
    {
        var report = Fresh().Score(null!);
        Assert.Equal(string.Empty, report.ProgrammeLabel);
        Assert.Equal(FactErrorCodes.MissingReview, Assert.Single(report.InputErrors).Code);
        Assert.All(report.Items, item => Assert.Equal(ItemStatus.NotRated, item.Status));
    }

    [Fact]
    public void ReportItem_UnknownNumber_Throws()
    {
        var report = Fresh().Score(Review.Builder().Build());
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => report.Item(26));
        Assert.Equal("number", exception.ParamName);
        Assert.Equal(26, exception.ActualValue);
        Assert.StartsWith("The scale has no item with this number.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecialistWithoutALabel_IsOneError_AndItsFactsAreNotChecked()
    {
        var result = Fresh().ScoreSpecialists(2, DefinitionJson.Specialist("", Review.NumberFact("employmentServicesTimePercent", 250)));
        Assert.Equal(ItemStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.BadSpecialistLabel, error.Code);
        Assert.Null(error.FactId);
        Assert.Null(error.Specialist);
        Assert.Equal("every specialist has a non-empty label", error.Rule);
    }

    [Fact]
    public void SpecialistWithoutALabel_KeepsTheErrorsOfEarlierSpecialists()
    {
        var result = Fresh().ScoreSpecialists(
            2,
            DefinitionJson.Specialist("ES 1", Review.NumberFact("employmentServicesTimePercent", 250)),
            new SpecialistFacts { Label = null!, Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] });
        Assert.Equal([FactErrorCodes.AboveMaximum, FactErrorCodes.BadSpecialistLabel], result.Errors.Select(e => e.Code));
        Assert.Equal("ES 1", result.Errors[0].Specialist);
    }

    [Fact]
    public void CompilingARuleOnAnUndeclaredFact_NamesTheItemAndFact()
    {
        var broken = WithRule(7, rule => rule with { Fact = "noSuchFact" });
        var exception = Assert.Throws<ScaleDefinitionException>(() => new ReviewFactsValidator(broken));
        Assert.Equal("Item 7 refers to undeclared fact 'noSuchFact'.", exception.Message);
        Assert.Empty(exception.Problems);
    }

    [Fact]
    public void CompilingAnUnknownRuleKind_NamesTheItem()
    {
        var broken = WithRule(7, rule => rule with { Kind = (RuleKind)99 });
        Assert.Equal("Unknown rule kind in item 7.", Assert.Throws<ScaleDefinitionException>(() => new ReviewFactsValidator(broken)).Message);
    }

    [Fact]
    public void CompilingAMalformedCondition_NamesTheItem()
    {
        var scale = Ips25Scale.LoadDefinition();
        var index = scale.Items.IndexOf(scale.FindItem(15)!);
        var item = scale.Items[index];
        var broken = scale with { Items = scale.Items.SetItem(index, item with { Modifiers = [item.Modifiers[0] with { When = new ConditionDefinition() }] }) };
        Assert.Equal("Malformed condition in item 15.", Assert.Throws<ScaleDefinitionException>(() => new ReviewFactsValidator(broken)).Message);
    }

    private static ScaleDefinition WithRule(int number, Func<RuleDefinition, RuleDefinition> change)
    {
        var scale = Ips25Scale.LoadDefinition();
        var index = scale.Items.IndexOf(scale.FindItem(number)!);
        var item = scale.Items[index];
        return scale with { Items = scale.Items.SetItem(index, item with { Rule = change(item.Rule) }) };
    }
}
