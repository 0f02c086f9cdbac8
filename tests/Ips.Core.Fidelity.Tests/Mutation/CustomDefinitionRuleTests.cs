using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Items;
using Ips.Core.Fidelity.Scale;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>
/// Rule kinds the IPS-25 definition uses only in part (every comparison operator, "atMost"/"equals" levels, "not"),
/// pinned through definitions derived from it: the scale is data, so a changed rule must score as written.
/// </summary>
public sealed class CustomDefinitionRuleTests
{
    private static FidelityEngine EngineWith(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(ScaleDefinition.Ips25.ToJson())!;
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
    public void Totals_AreItemsTimesOneAndFive()
    {
        var scale = ScaleDefinition.LoadEmbedded();
        Assert.Equal(25, scale.LowestTotal);
        Assert.Equal(125, scale.HighestTotal);
    }

    [Fact]
    public void DefinitionException_CountsProblemsInItsMessage()
    {
        var one = Assert.Throws<ScaleDefinitionException>(() => EngineWith(json => Item(json, 3)["anchors"]!.AsArray().RemoveAt(4)));
        Assert.StartsWith("The scale definition is invalid (1 problem):\n- item 3, ", one.Message, StringComparison.Ordinal);

        var two = Assert.Throws<ScaleDefinitionException>(() => EngineWith(json =>
        {
            Item(json, 3)["anchors"]!.AsArray().RemoveAt(4);
            Item(json, 7)["anchors"]!.AsArray().RemoveAt(4);
        }));
        Assert.StartsWith("The scale definition is invalid (2 problems):\n- item 3, ", two.Message, StringComparison.Ordinal);
        Assert.Contains("\n- item 7, ", two.Message, StringComparison.Ordinal);
    }
}
