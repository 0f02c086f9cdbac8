using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>A broken definition fails at load with every problem named (item, path, code).</summary>
public sealed class BrokenDefinitionTests
{
    [Fact]
    public void MissingAnchor_IsNamed()
    {
        var problem = Single(json => Item(json, 3)["anchors"]!.AsArray().RemoveAt(4));

        Assert.Equal(3, problem.Item);
        Assert.Equal("Scale.MissingAnchor", problem.Code);
        Assert.Contains("Anchor 5", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GapInBands_IsNamed()
    {
        // Item 2: 60–74 becomes 60–73, leaving 74 without a score.
        var problem = Single(json => Item(json, 2)["rule"]!["bands"]![1]!["max"] = 73);

        Assert.Equal(2, problem.Item);
        Assert.Equal("Scale.BandGap", problem.Code);
        Assert.Equal("items[1].rule.bands", problem.Path);
        Assert.Contains("73", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingBands_AreNamed()
    {
        var problem = Single(json => Item(json, 24)["rule"]!["bands"]![1]!["max"] = 45);

        Assert.Equal("Scale.BandOverlap", problem.Code);
    }

    [Fact]
    public void BandsNotReachingTheDomainEnd_AreNamed()
    {
        var problem = Single(json => Item(json, 24)["rule"]!["bands"]![4]!["max"] = 99);

        Assert.Equal("Scale.BandGap", problem.Code);
        Assert.Contains("100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateItem_IsNamed()
    {
        var exception = Load(json => Item(json, 25)["number"] = 24);

        Assert.Contains(exception.Problems, p => p.Code == "Scale.DuplicateItem" && p.Item == 24);
        Assert.Contains(exception.Problems, p => p.Code == "Scale.MissingItem" && p.Message.Contains("Item 25", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingEnglishText_IsNamed()
    {
        var problem = Single(json => Item(json, 7)["anchors"]![2]!["text"]!["en"] = "");

        Assert.Equal(7, problem.Item);
        Assert.Equal("Scale.MissingText", problem.Code);
        Assert.Equal("items[6].anchors[2].text.en", problem.Path);
    }

    [Fact]
    public void MissingEnglishItemName_IsNamed()
    {
        var problem = Single(json => Item(json, 9)["name"]!.AsObject().Remove("en"));

        Assert.Equal("items[8].name.en", problem.Path);
    }

    [Fact]
    public void UndeclaredFactInARule_IsNamed()
    {
        var problem = Single(json => Item(json, 15)["modifiers"]![0]!["when"]!["flag"] = "contactsAreTracked");

        Assert.Equal("Scale.UndeclaredFact", problem.Code);
        Assert.Contains("contactsAreTracked", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementMapGap_IsNamed()
    {
        var problem = Single(json => Item(json, 25)["rule"]!["map"]![0]!["max"] = 1);

        Assert.Equal("Scale.CountGap", problem.Code);
        Assert.Contains("2 element", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnmappedLevel_IsNamed()
    {
        var problem = Single(json => Item(json, 7)["rule"]!["levels"]!.AsArray().RemoveAt(3));

        Assert.Equal("Scale.LevelNotMapped", problem.Code);
        Assert.Contains("ruralTeleconferenceWithSupervisor", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LevelsWithAGap_AreNamed()
    {
        var problem = Single(json => json["levels"]![1]!["minTotal"] = 101);

        Assert.Equal("Scale.LevelGap", problem.Code);
        Assert.Contains("100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemInUnknownSection_IsNamed()
    {
        var problem = Single(json => Item(json, 4)["section"] = "staff");

        Assert.Equal("Scale.UnknownSection", problem.Code);
    }

    [Fact]
    public void MissingLabel_IsNamed()
    {
        var problem = Single(json => json["labels"]!.AsObject().Remove("missingFacts"));

        Assert.Equal("labels.missingFacts", problem.Path);
    }

    [Fact]
    public void SeveralProblems_AreAllListedInTheMessage()
    {
        var exception = Load(json =>
        {
            Item(json, 3)["anchors"]!.AsArray().RemoveAt(0);
            Item(json, 11)["name"]!["nb"] = " ";
        });

        Assert.Equal(2, exception.Problems.Length);
        Assert.Contains("item 3", exception.Message, StringComparison.Ordinal);
        Assert.Contains("item 11", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableJson_IsAScaleDefinitionException()
    {
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load("{ \"scaleId\": "));

        Assert.Equal("Scale.UnreadableJson", Assert.Single(exception.Problems).Code);
    }

    [Fact]
    public void UnknownProperty_IsRejected()
    {
        var exception = Load(json => json["colour"] = "blue");

        Assert.Equal("Scale.UnreadableJson", Assert.Single(exception.Problems).Code);
    }

    [Fact]
    public void NewRevisionOrTranslation_LoadsWithoutEngineChanges()
    {
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        json["revision"] = "2027.1";
        Item(json, 1)["anchors"]![4]!["text"]!["en"] = "At most 20 people per full-time job specialist";

        var scale = ScaleDefinition.Load(json.ToJsonString());
        var engine = new Ips.Core.Fidelity.Scoring.FidelityEngine(scale);
        var report = engine.Score(Review.Builder().Set(1, "activeParticipants", Ips.Core.Fidelity.Facts.FactValue.FromCount(20)).Set(1, "fullTimeEquivalents", Ips.Core.Fidelity.Facts.FactValue.FromNumber(1)).Build());

        Assert.Equal("2027.1", report.Revision);
        Assert.Equal("At most 20 people per full-time job specialist", report.Item(1).MatchedAnchor!.Text.Get(Ips25Scale.English));
    }

    private static JsonNode Item(JsonNode json, int number) =>
        json["items"]!.AsArray().First(i => (int)i!["number"]! == number)!;

    private static ScaleDefinitionProblem Single(Action<JsonNode> breakIt) => Assert.Single(Load(breakIt).Problems);

    private static ScaleDefinitionException Load(Action<JsonNode> breakIt)
    {
        var json = JsonNode.Parse(Ips25Scale.Definition.ToJson())!;
        breakIt(json);
        return Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(json.ToJsonString()));
    }

    [Fact]
    public void JsonNull_IsAnEmptyDefinition()
    {
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load("null"));
        var problem = Assert.Single(exception.Problems);
        Assert.Equal(new ScaleDefinitionProblem(null, "$", "Scale.Empty", "The JSON document is null."), problem);
    }

    [Fact]
    public void UnreadableJson_SaysWhere()
    {
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load("""{"scaleId":"x","items":5}"""));
        var problem = Assert.Single(exception.Problems);
        Assert.Equal("Scale.UnreadableJson", problem.Code);
        Assert.Equal("$.items", problem.Path);
        Assert.Null(problem.Item);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public void Problem_ReadsAsOneLine()
    {
        Assert.Equal("item 3, items[2].anchors: Scale.MissingAnchor — No anchor.", new ScaleDefinitionProblem(3, "items[2].anchors", "Scale.MissingAnchor", "No anchor.").ToString());
        Assert.Equal("levels: Scale.LevelGap — A gap.", new ScaleDefinitionProblem(null, "levels", "Scale.LevelGap", "A gap.").ToString());
    }

    [Fact]
    public void ExceptionWithoutProblems_HasAnEmptyList()
    {
        var plain = new ScaleDefinitionException();
        Assert.Equal("The scale definition is invalid.", plain.Message);
        Assert.Empty(plain.Problems);

        Assert.Empty(new ScaleDefinitionException("Broken.").Problems);

        var inner = new InvalidOperationException("cause");
        var wrapped = new ScaleDefinitionException("Broken.", inner);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Empty(wrapped.Problems);
    }

    [Fact]
    public void DefinitionException_CountsProblemsInItsMessage()
    {
        var one = Assert.Throws<ScaleDefinitionException>(() => DefinitionJson.Engine(json => Item(json, 3)["anchors"]!.AsArray().RemoveAt(4)));
        Assert.StartsWith("The scale definition is invalid (1 problem):\n- item 3, ", one.Message, StringComparison.Ordinal);

        var two = Assert.Throws<ScaleDefinitionException>(() => DefinitionJson.Engine(json =>
        {
            Item(json, 3)["anchors"]!.AsArray().RemoveAt(4);
            Item(json, 7)["anchors"]!.AsArray().RemoveAt(4);
        }));
        Assert.StartsWith("The scale definition is invalid (2 problems):\n- item 3, ", two.Message, StringComparison.Ordinal);
        Assert.Contains("\n- item 7, ", two.Message, StringComparison.Ordinal);
    }
}
