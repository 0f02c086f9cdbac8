using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>A plausibility check declared badly is refused on load with coded problems naming the path.</summary>
public sealed class WarningDefinitionTests
{
    private static readonly LocalizedText Message = new([new("nb", "Sjekk {value} mot {limit}."), new("en", "Check {value} against {limit}.")]);

    private static WarningDefinition Check(WarningKind kind = WarningKind.AboveLimit, double? limit = 10, int item = 17, string fact = "inPersonEmployerContactsPerWeek", WarningScope scope = WarningScope.Any, string code = "Warning.Test", LocalizedText? message = null) =>
        new() { Code = code, Kind = kind, Limit = limit, Scope = scope, Facts = [new() { Item = item, Fact = fact }], Message = message ?? Message };

    private static ImmutableArray<ScaleDefinitionProblem> Problems(params WarningDefinition[] warnings) =>
        ScaleDefinitionValidator.Check(Ips25Scale.LoadDefinition() with { Warnings = [.. warnings] });

    [Fact]
    public void ShippedChecks_AreValid_AndDeclareTheFiveKindsOfOddValue()
    {
        Assert.Empty(ScaleDefinitionValidator.Check(Ips25Scale.Definition));
        Assert.Equal(6, Ips25Scale.Definition.Warnings.Length);
        Assert.Empty(Problems(Check()));
    }

    [Theory]
    [InlineData(99, "inPersonEmployerContactsPerWeek", "warnings[0].facts[0].item", ScaleProblemCodes.UnknownWarningItem)]
    [InlineData(17, "contactsPerWeek", "warnings[0].facts[0].fact", ScaleProblemCodes.UndeclaredFact)]
    [InlineData(17, "contactLogReview", "warnings[0].facts[0].fact", ScaleProblemCodes.FactKindMismatch)]
    public void CheckNamingAFactTheScaleDoesNotHaveAsANumber_IsRefused(int item, string fact, string path, string code)
    {
        var problem = Assert.Single(Problems(Check(item: item, fact: fact)));
        Assert.Equal((path, code), (problem.Path, problem.Code));
    }

    [Theory]
    [InlineData(WarningKind.AboveLimit, null)]
    [InlineData(WarningKind.AboveLimit, -1.0)]
    [InlineData(WarningKind.AboveLimit, double.PositiveInfinity)]
    [InlineData(WarningKind.LooksLikeFraction, 0.0)]
    [InlineData(WarningKind.AboveReviewPeriod, 30.0)]
    public void CheckWithALimitItsKindCannotUse_IsRefused(WarningKind kind, double? limit)
    {
        var problem = Assert.Single(Problems(Check(kind, limit)));
        Assert.Equal(("warnings[0].limit", ScaleProblemCodes.BadWarningLimit), (problem.Path, problem.Code));
    }

    [Fact]
    public void CheckWithoutFacts_IsRefused()
    {
        var problem = Assert.Single(Problems(Check() with { Facts = [] }));
        Assert.Equal(("warnings[0].facts", ScaleProblemCodes.NoWarningFacts), (problem.Path, problem.Code));
    }

    [Fact]
    public void CheckScopedToSpecialistsOnAProgrammeItem_IsRefused()
    {
        var problem = Assert.Single(Problems(Check(item: 15, fact: "meanDaysToFirstEmployerContact", scope: WarningScope.PerSpecialist)));
        Assert.Equal((15, "warnings[0].facts[0]", ScaleProblemCodes.WarningScopeMismatch), (problem.Item, problem.Path, problem.Code));
    }

    [Fact]
    public void CodeUsedTwiceOrMissing_IsRefused()
    {
        var problems = Problems(Check(), Check(), Check(code: " "));
        Assert.Equal(
            [("warnings[1].code", ScaleProblemCodes.DuplicateId), ("warnings[2].code", ScaleProblemCodes.MissingText)],
            problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void MessageMissingALanguageOrUsingAnUnknownPlaceholder_IsRefused()
    {
        var problems = Problems(
            Check(message: new([new("nb", "Sjekk tallet.")])),
            Check(code: "Warning.Other", message: new([new("nb", "Sjekk {verdi}."), new("en", "Check {value}.")])));
        Assert.Equal(
            [("warnings[0].message.en", ScaleProblemCodes.MissingText), ("warnings[1].message.nb", ScaleProblemCodes.BadPlaceholder)],
            problems.Select(p => (p.Path, p.Code)));
    }

    [Fact]
    public void CheckOfAnUnregisteredKind_IsRefused()
    {
        var problem = Assert.Single(Problems(Check((WarningKind)99)));
        Assert.Equal(("warnings[0].kind", ScaleProblemCodes.UnknownKind), (problem.Path, problem.Code));
    }

    [Fact]
    public void BadDeclarationInJson_ThrowsOnLoad_ListingEveryProblem()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Ips25Scale.Definition.ToJson())!.AsObject();
        json["warnings"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "code": "Warning.X", "kind": "aboveLimit", "facts": [{ "item": 30, "fact": "x" }], "message": { "nb": "x" } }]""");

        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(json.ToJsonString()));
        Assert.Equal(
            [ScaleProblemCodes.BadWarningLimit, ScaleProblemCodes.UnknownWarningItem, ScaleProblemCodes.MissingText],
            exception.Problems.Select(p => p.Code));
    }

    [Fact]
    public void EditionName_MustHaveEveryLanguage()
    {
        var problem = Assert.Single(ScaleDefinitionValidator.Check(Ips25Scale.LoadDefinition() with { EditionName = new([new("nb", "Utgave 2008")]) }));
        Assert.Equal(("editionName.en", ScaleProblemCodes.MissingText), (problem.Path, problem.Code));
    }
}
