using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Formats.Schema;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Documentation;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Scales;
using Json.Schema;

namespace Ips.Core.Fidelity.Tests.Formats.Schema;

/// <summary>
/// The generated JSON Schemas, checked with an independent validator (JsonSchema.Net): they accept every example and
/// every well-shaped generated document, and reject what the engine rejects for its shape.
/// </summary>
public sealed class FidelitySchemaTests
{
    private const int Documents = 1_500;

    private static readonly Lazy<JsonSchema> Ips25Facts = new(() => Build(FidelitySchema.Facts(Ips25Scale.Definition)));
    private static readonly Lazy<JsonSchema> Ips25Batch = new(() => Build(FidelitySchema.Batch(Ips25Scale.Definition)));
    private static readonly Lazy<ScaleDefinition> MiniSwedish = new(() => ScaleDefinition.Load(TestScales.MiniSwedishJson));
    private static readonly Lazy<JsonSchema> MiniSwedishFacts = new(() => Build(FidelitySchema.Facts(MiniSwedish.Value)));

    private static JsonSchema Build(string schema) =>
        JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static bool Valid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }

    [Fact]
    public void FactsSchema_IsDraft2020_12_StampedWithTheScale_AndDeterministic()
    {
        var text = FidelitySchema.Facts(Ips25Scale.Definition);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("urn:ips-core:schema:facts:ips-25:" + Ips25Scale.Definition.Revision, root.GetProperty("$id").GetString());
        Assert.Equal(25, root.GetProperty("$defs").GetProperty("factsDocument").GetProperty("properties").GetProperty("items").GetProperty("items").GetProperty("oneOf").GetArrayLength());
        Assert.Equal(text, FidelitySchema.Facts(Ips25Scale.LoadDefinition()));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsSchema_CarriesLabels_InEveryLanguage()
    {
        using var document = JsonDocument.Parse(FidelitySchema.Facts(Ips25Scale.Definition));
        var fact = document.RootElement.GetProperty("$defs").GetProperty("item1Facts").GetProperty("properties").GetProperty("activeParticipants");
        var label = Ips25Scale.Definition.FindItem(1)!.FindFact("activeParticipants")!.Label;

        Assert.Equal(label.Get(Ips25Scale.Norwegian), fact.GetProperty("title").GetString());
        Assert.StartsWith("nb: " + label.Get(Ips25Scale.Norwegian) + "\nen: " + label.Get(Ips25Scale.English), fact.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void FactsSchema_AcceptsEveryExampleReview(string name) =>
        Assert.True(Valid(Ips25Facts.Value, ExampleReviews.Json(name)), name);

    public static TheoryData<string> ExampleNames => new(ExampleReviews.Names);

    [Fact]
    public void BatchSchema_AcceptsAnArrayOfTheExamples_AndRejectsANonObjectEntry()
    {
        var batch = "[" + string.Join(",", ExampleReviews.Names.Select(ExampleReviews.Json)) + "]";

        Assert.True(Valid(Ips25Batch.Value, batch));
        Assert.False(Valid(Ips25Batch.Value, "[" + ExampleReviews.Json("fair") + ", 3]"));
        Assert.False(Valid(Ips25Batch.Value, ExampleReviews.Json("fair")));
    }

    [Fact]
    public void FactsSchema_OfTheTestScale_AcceptsItsReview_AndKnowsOnlyItsItems()
    {
        var schema = MiniSwedishFacts.Value;

        Assert.True(Valid(schema, TestScales.MiniSwedishReviewJson));
        Assert.False(Valid(schema, ExampleReviews.Json("fair")));
    }

    [Theory]
    [InlineData("ips-25")]
    [InlineData("mini-sv")]
    public void GeneratedDocuments_WellShaped_PassTheSchema_AndTheEngineFindsOnlyCrossFactProblems(string scaleId)
    {
        var (scale, schema) = ScaleAndSchema(scaleId);
        var validator = new ReviewFactsValidator(scale);
        var constraintCodes = scale.Items.SelectMany(i => i.Constraints).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var random = new Random(20261201);
        var failures = new List<string>();
        for (var n = 0; n < Documents && failures.Count < 5; n++)
        {
            var json = Generate(scale, random).ToJsonString();
            if (!Valid(schema, json))
            {
                failures.Add("schema rejected a well-shaped document: " + json);
                continue;
            }

            var facts = FidelityJson.ReadFacts(json, scale);
            var shape = validator.Validate(facts).Errors.Where(e => !constraintCodes.Contains(e.ErrorCode)).ToList();
            if (shape.Count > 0)
            {
                failures.Add("engine found " + shape[0].ErrorCode + " (" + shape[0].ErrorMessage + ") in a schema-valid document: " + json);
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("ips-25")]
    [InlineData("mini-sv")]
    public void GeneratedDocuments_WithOneShapeFault_FailTheSchema_AndTheEngine(string scaleId)
    {
        var (scale, schema) = ScaleAndSchema(scaleId);
        var validator = new ReviewFactsValidator(scale);
        var random = new Random(20261202);
        var failures = new List<string>();
        var faults = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < Documents && failures.Count < 5; n++)
        {
            var document = Generate(scale, random, atLeastOneItem: true);
            var fault = Break(scale, document, random);
            var json = document.ToJsonString();
            faults[fault] = faults.GetValueOrDefault(fault) + 1;
            if (Valid(schema, json))
            {
                failures.Add("schema accepted a document with " + fault + ": " + json);
            }

            if (EngineAccepts(json, scale, validator))
            {
                failures.Add("engine accepted a document with " + fault + ": " + json);
            }
        }

        Assert.Empty(failures);
        Assert.True(faults.Count >= 8, "every kind of fault was drawn: " + string.Join(", ", faults.Keys));
    }

    [Fact]
    public void RepeatedItem_PassesTheSchema_ButNotTheEngine()
    {
        // What only the engine checks (docs/integration-guide.md, "JSON Schema"): an item given twice.
        var json = """{"schemaVersion": 1, "programme": "Team", "reviewDate": "2026-10-01", "items": [{"item": 2, "facts": {"employmentServicesTimePercent": 90.0}}, {"item": 2, "facts": {}}]}""";

        Assert.True(Valid(Ips25Facts.Value, json));
        Assert.False(EngineAccepts(json, Ips25Scale.Definition, Ips25Scale.Validator));
    }

    [Theory]
    [InlineData("docs/schema/ips-25.facts.schema.json", "facts")]
    [InlineData("docs/schema/ips-25.batch.schema.json", "batch")]
    [InlineData("docs/schema/ips-25.report.schema.json", "report")]
    public void CommittedSchemaFiles_AreCurrent(string path, string kind)
    {
        var generated = kind switch
        {
            "facts" => FidelitySchema.Facts(Ips25Scale.Definition),
            "batch" => FidelitySchema.Batch(Ips25Scale.Definition),
            _ => FidelitySchema.Report(Ips25Scale.Definition),
        };
        if (RepositoryFiles.RegenerationRequested())
        {
            RepositoryFiles.WriteText(path, generated);
            return;
        }

        Assert.True(File.Exists(RepositoryFiles.PathOf(path)), path + " is missing: run the tests with IPS_REGENERATE_DOCS=1.");
        Assert.True(generated == RepositoryFiles.ReadText(path), path + " is out of date: run the tests with IPS_REGENERATE_DOCS=1.");
    }

    private static bool EngineAccepts(string json, ScaleDefinition scale, ReviewFactsValidator validator)
    {
        var read = FidelityJson.TryReadFacts(json, scale);
        return read.Success && validator.Validate(read.Value!).IsValid;
    }

    private static (ScaleDefinition Scale, JsonSchema Schema) ScaleAndSchema(string scaleId) =>
        scaleId == "ips-25" ? (Ips25Scale.Definition, Ips25Facts.Value) : (MiniSwedish.Value, MiniSwedishFacts.Value);

    /// <summary>A document of well-shaped facts: a random subset of items, each with a random subset of its facts.</summary>
    internal static JsonObject Generate(ScaleDefinition scale, Random random, bool atLeastOneItem = false)
    {
        var items = new JsonArray();
        foreach (var item in scale.Items)
        {
            if (random.Next(3) == 0 && !(atLeastOneItem && items.Count == 0 && item == scale.Items[^1]))
            {
                continue;
            }

            var entry = new JsonObject { ["item"] = item.Number };
            if (item.PerSpecialist && random.Next(2) == 0)
            {
                var specialists = new JsonArray();
                for (var s = 0; s < 1 + random.Next(3); s++)
                {
                    specialists.Add(new JsonObject { ["label"] = "ES " + (s + 1).ToString(CultureInfo.InvariantCulture), ["facts"] = Facts(item, random) });
                }

                entry["specialists"] = specialists;
            }
            else
            {
                entry["facts"] = Facts(item, random);
            }

            items.Add(entry);
        }

        var document = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["programme"] = "Team " + random.Next(100).ToString(CultureInfo.InvariantCulture),
            ["reviewDate"] = "2026-" + (1 + random.Next(12)).ToString("00", CultureInfo.InvariantCulture) + "-" + (1 + random.Next(28)).ToString("00", CultureInfo.InvariantCulture),
            ["items"] = items,
        };
        if (random.Next(3) == 0)
        {
            document["reviewPeriod"] = new JsonObject { ["start"] = "2026-01-01", ["end"] = "2026-06-30" };
        }

        return document;
    }

    private static JsonObject Facts(ItemDefinition item, Random random)
    {
        var facts = new JsonObject();
        foreach (var fact in item.Facts)
        {
            if (random.Next(4) == 0)
            {
                continue;
            }

            var value = Value(fact, random);
            facts[fact.Id] = random.Next(5) == 0 ? new JsonObject { ["value"] = value, ["origin"] = random.Next(2) == 0 ? "derived" : "supplied" } : value;
        }

        return facts;
    }

    private static JsonNode Value(FactDefinition fact, Random random)
    {
        switch (fact.Kind)
        {
            case FactKind.Flag:
                return JsonValue.Create(random.Next(2) == 0);
            case FactKind.Level:
                return JsonValue.Create(fact.Levels[random.Next(fact.Levels.Length)].Id);
            case FactKind.Elements:
                return new JsonArray([.. fact.Elements.Where(_ => random.Next(2) == 0).Select(e => (JsonNode)JsonValue.Create(e.Id)!)]);
            case FactKind.Count:
            {
                var lo = (long)Math.Max(0, Math.Ceiling((fact.Min ?? 0) + (fact.MinExclusive ? 0.5 : 0)));
                var hi = (long)Math.Floor((fact.Max ?? lo + 60) - (fact.MaxExclusive ? 0.5 : 0));
                return JsonValue.Create(lo + random.NextInt64(Math.Max(1, hi - lo + 1)));
            }

            default:
            {
                var lo = fact.Min ?? 0;
                var hi = fact.Max ?? lo + 100;
                // Two decimals inside the domain, never on an exclusive bound.
                var value = Math.Round(lo + (random.NextDouble() * (hi - lo)), 2);
                if ((fact.MinExclusive && value <= lo) || (fact.MaxExclusive && value >= hi) || value < lo || value > hi)
                {
                    value = Math.Round((lo + hi) / 2, 2);
                }

                // A whole value is written as 12.0 so it stays a number, as FidelityJson writes it.
                return JsonNode.Parse(value == Math.Floor(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture))!;
            }
        }
    }

    /// <summary>Puts one shape fault into <paramref name="document"/> and names it.</summary>
    internal static string Break(ScaleDefinition scale, JsonObject document, Random random)
    {
        var items = document["items"]!.AsArray();
        var entry = items[random.Next(items.Count)]!.AsObject();
        var item = scale.FindItem((int)entry["item"]!)!;
        var facts = entry["facts"]?.AsObject() ?? entry["specialists"]!.AsArray()[0]!["facts"]!.AsObject();
        switch (random.Next(10))
        {
            case 0:
                facts["noSuchFact"] = 1;
                return "an unknown fact";
            case 1:
                entry["item"] = scale.Items.Max(i => i.Number) + 1;
                return "an unknown item";
            case 2:
                document["extra"] = true;
                return "an unknown document property";
            case 3:
            {
                // Non-empty on both sides: an empty fact map is no facts, to the schema as to the engine.
                var one = item.Facts[0];
                entry["facts"] = new JsonObject { [one.Id] = Value(one, random) };
                entry["specialists"] = new JsonArray(new JsonObject { ["label"] = "ES 1", ["facts"] = new JsonObject { [one.Id] = Value(one, random) } });

                return item.PerSpecialist ? "programme and specialist facts on one item" : "specialists on an item that takes none";
            }

            case 4:
                document["reviewDate"] = "2026-02-30";
                return "an impossible date";
            default:
                return BreakFact(item, facts, random);
        }
    }

    private static string BreakFact(ItemDefinition item, JsonObject facts, Random random)
    {
        var fact = item.Facts[random.Next(item.Facts.Length)];
        switch (fact.Kind)
        {
            case FactKind.Level:
                facts[fact.Id] = random.Next(2) == 0 ? "noSuchLevel" : JsonValue.Create(3);
                return "a level fact with an unknown level or a number";
            case FactKind.Elements:
                facts[fact.Id] = random.Next(2) == 0 ? new JsonArray("noSuchElement") : new JsonArray(fact.Elements[0].Id, fact.Elements[0].Id);
                return "an unknown or repeated element";
            case FactKind.Flag:
                facts[fact.Id] = "yes";
                return "a flag given as a string";
            case FactKind.Count when random.Next(2) == 0:
                facts[fact.Id] = JsonNode.Parse("2.5");
                return "a count that is not whole";
            case FactKind.Number when fact.Min is null && fact.Max is null:
                facts[fact.Id] = "many";
                return "a number given as a string";
            default:
                if (fact.Max is { } max && (fact.Min is null || random.Next(2) == 0))
                {
                    facts[fact.Id] = JsonNode.Parse((max + 1).ToString("0.0", CultureInfo.InvariantCulture));
                    return "a number above its maximum";
                }

                facts[fact.Id] = JsonNode.Parse(((fact.Min ?? 0) - 1).ToString("0.0", CultureInfo.InvariantCulture));
                return "a number below its minimum";
        }
    }
}
