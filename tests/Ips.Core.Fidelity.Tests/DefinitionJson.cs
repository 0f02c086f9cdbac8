using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests;

/// <summary>Definitions derived from the embedded IPS-25 JSON, loaded and compiled inside the test that uses them.</summary>
internal static class DefinitionJson
{
    /// <summary>The embedded definition as an editable JSON tree.</summary>
    public static JsonNode Embedded() => JsonNode.Parse(Ips25Scale.LoadDefinition().ToJson())!;

    /// <summary>The JSON object of item <paramref name="number"/>.</summary>
    public static JsonNode Item(JsonNode json, int number) =>
        json["items"]!.AsArray().First(i => (int)i!["number"]! == number)!;

    /// <summary>The JSON object of fact <paramref name="id"/> on item <paramref name="number"/>.</summary>
    public static JsonObject Fact(JsonNode json, int number, string id) =>
        Item(json, number)["facts"]!.AsArray().First(f => (string)f!["id"]! == id)!.AsObject();

    /// <summary>Loads the embedded definition after <paramref name="change"/>.</summary>
    public static ScaleDefinition Load(Action<JsonNode> change)
    {
        var json = Embedded();
        change(json);
        return ScaleDefinition.Load(json.ToJsonString());
    }

    /// <summary>An engine for the embedded definition after <paramref name="change"/>.</summary>
    public static FidelityEngine Engine(Action<JsonNode> change) => new(Load(change));

    /// <summary>Scores one item from programme facts.</summary>
    public static ItemResult Score(this FidelityEngine engine, int item, params FactEntry[] facts) =>
        engine.Score(Review.Raw(ItemFacts.ForProgramme(item, facts))).Item(item);

    /// <summary>Scores one item from per-specialist facts.</summary>
    public static ItemResult ScoreSpecialists(this FidelityEngine engine, int item, params SpecialistFacts[] specialists) =>
        engine.Score(Review.Raw(ItemFacts.ForSpecialists(item, specialists))).Item(item);

    /// <summary>A specialist's facts.</summary>
    public static SpecialistFacts Specialist(string label, params FactEntry[] facts) => new() { Label = label, Facts = [.. facts] };
}
