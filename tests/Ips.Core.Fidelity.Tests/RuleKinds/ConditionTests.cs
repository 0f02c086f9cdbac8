using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// Conditions the IPS-25 definition uses only in part (every comparison operator, "atMost"/"equals" levels, "not"),
/// pinned through definitions derived from it: the scale is data, so a changed rule must score as written. And the
/// form a condition takes (compare, level, flag) is the one form it uses.
/// </summary>
public sealed class ConditionTests
{
    private static FidelityEngine EngineWith(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        change(json);
        return new FidelityEngine(ScaleDefinition.Load(json.ToJsonString()));
    }

    private static JsonNode Item(JsonNode json, int number) =>
        json["items"]!.AsArray().First(i => (int)i!["number"]! == number)!;

    private static int? Item17(FidelityEngine engine, double perWeek) =>
        engine.Score(Review.Builder().Add(ItemFacts.ForProgramme(17, [Review.NumberFact("inPersonEmployerContactsPerWeek", perWeek), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10)])).Build()).Item(17).Score;

    [Theory]
    [InlineData("lt", 1.9, 1)]
    [InlineData("lt", 2, 2)]
    [InlineData("le", 2, 1)]
    [InlineData("le", 2.1, 2)]
    [InlineData("eq", 2, 1)]
    [InlineData("eq", 1, 2)]
    [InlineData("ne", 2, 2)]
    [InlineData("ne", 4, 1)]
    [InlineData("ge", 2, 1)]
    [InlineData("ge", 1.9, 2)]
    [InlineData("gt", 2, 2)]
    [InlineData("gt", 2.1, 1)]
    public void ComparisonOperators_ScoreAsWritten(string op, double perWeek, int score)
    {
        // Item 17's first case is "contacts a week <op> 2 → 1"; otherwise the nearest anchor (2 → 2, 1 → 2 as the closest).
        var engine = EngineWith(json => Item(json, 17)["rule"]!["cases"]![0]!["when"]!["op"] = op);
        Assert.Equal(score, Item17(engine, perWeek));
    }

    [Theory]
    [InlineData("atMost", "quarterly", 5)]
    [InlineData("atMost", "monthly", 5)]
    [InlineData("atMost", "weekly", 4)]
    [InlineData("equals", "monthly", 5)]
    [InlineData("equals", "weekly", 4)]
    [InlineData("atLeast", "quarterly", 4)]
    public void LevelConditions_AtLeastAtMostEquals(string mode, string contact, int score)
    {
        // Item 6's first case becomes: scheduled meetings at least monthly AND contact <mode> monthly → 5.
        var engine = EngineWith(json =>
        {
            var condition = Item(json, 6)["rule"]!["cases"]![0]!["when"]!["all"]![1]!.AsObject();
            condition.Remove("atLeast");
            condition[mode] = "monthly";
        });
        var review = Review.Builder().Add(ItemFacts.ForProgramme(6, [Review.L("navContactFrequency", contact), Review.L("scheduledMeetingFrequency", "monthly")])).Build();
        Assert.Equal(score, engine.Score(review).Item(6).Score);
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public void NotCondition_InvertsItsPart(bool separate, int score)
    {
        // Item 4's first case becomes "not (separate programme)" → 1.
        var engine = EngineWith(json =>
        {
            var cases = Item(json, 4)["rule"]!["cases"]!;
            var when = cases[0]!["when"]!.DeepClone();
            cases[0]!["when"] = new JsonObject { ["not"] = when };
        });
        var review = Review.Builder().Add(ItemFacts.ForProgramme(4, [
            Review.F("separateVocationalProgramme", separate),
            Review.C("treatmentTeamsAssigned", 4),
            Review.F("cliniciansOrganisedInTeams", true),
            Review.NumberFact("caseloadFromAssignedTeamsPercent", 95)])).Build();
        Assert.Equal(score, engine.Score(review).Item(4).Score);
    }

    [Fact]
    public void NotCondition_OfAnAbsentFact_IsUnknown_SoTheItemIsNotRated()
    {
        // Item 4's first case becomes "not (separate programme)" → 1; with the flag absent it is 1 (false) or 2 (true, then 4 teams → 2).
        var engine = EngineWith(json =>
        {
            var cases = Item(json, 4)["rule"]!["cases"]!;
            cases[0]!["when"] = new JsonObject { ["not"] = cases[0]!["when"]!.DeepClone() };
        });
        var review = Review.Builder().Add(ItemFacts.ForProgramme(4, [
            Review.C("treatmentTeamsAssigned", 4),
            Review.F("cliniciansOrganisedInTeams", true),
            Review.NumberFact("caseloadFromAssignedTeamsPercent", 95)])).Build();

        var result = engine.Score(review).Item(4);

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["separateVocationalProgramme"], result.MissingFacts);
        Assert.Equal(new ScoreRange(1, 2), result.PossibleScores);
    }

    [Fact]
    public void ConditionKind_IsTheOneFormUsed_EvenWhenThatFormIsIncomplete()
    {
        Assert.Equal(ConditionKind.Compare, new ConditionDefinition { Op = ComparisonOperator.LessThan }.Kind);
        Assert.Equal(ConditionKind.Compare, new ConditionDefinition { Than = new ValueDefinition { Constant = 2 } }.Kind);
        Assert.Equal(ConditionKind.Level, new ConditionDefinition { AtLeast = "weekly" }.Kind);
        Assert.Equal(ConditionKind.Level, new ConditionDefinition { EqualTo = "weekly" }.Kind);
        Assert.Equal(ConditionKind.Flag, new ConditionDefinition { Is = true }.Kind);
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition().Kind);
    }

    [Fact]
    public void ConditionKind_WithTwoForms_IsInvalid()
    {
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition { Flag = "tracked", Is = true, Not = new ConditionDefinition { Flag = "other", Is = true } }.Kind);
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition { Level = "contactLogReview", AtLeast = "weekly", Is = false }.Kind);
    }
}
