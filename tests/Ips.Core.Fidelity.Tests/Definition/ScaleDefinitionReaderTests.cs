using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Tests.Scales;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>
/// The hand-written definition reader against the source-generated serializer it stands in for: where it reads a
/// document it builds what the serializer builds; where the serializer would fail or read differently, it gives up.
/// </summary>
public sealed class ScaleDefinitionReaderTests
{
    [Fact]
    public void EmbeddedIps25_IsReadByTheReader_AsTheSerializerReadsIt_AndIsValid()
    {
        using var stream = typeof(ScaleDefinition).Assembly.GetManifestResourceStream(ScaleDefinition.EmbeddedResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();

        var read = ScaleDefinitionReader.TryRead(bytes);

        Assert.NotNull(read);
        Assert.Equal(Serialized(Encoding.UTF8.GetString(bytes)), read.ToJson());

        // The shared Ips25Scale.Definition is read from these bytes without re-validating them in every process.
        Assert.Empty(ScaleDefinitionValidator.Check(read));
        Assert.Equal(read.ToJson(), Ips25Scale.Definition.ToJson());
    }

    [Fact]
    public void TestScalesAndWrittenDefinitions_AreRead_AsTheSerializerReadsThem()
    {
        foreach (var json in new[] { TestScales.MiniSwedishJson, TestScales.RevisedIps25Json(), Ips25Scale.Definition.ToJson() })
        {
            var read = ScaleDefinitionReader.TryRead(Encoding.UTF8.GetBytes(json));

            Assert.NotNull(read);
            Assert.Equal(Serialized(json), read.ToJson());
        }
    }

    [Fact]
    public void AbsentMembers_AreWhatTheSerializerMakesOfThem_AndAnEmptyConditionListStaysDistinctFromNone()
    {
        var json = DefinitionJson.Embedded();
        DefinitionJson.Item(json, 1).AsObject().Remove("anchors");
        DefinitionJson.Item(json, 1).AsObject().Remove("codeName");
        DefinitionJson.Item(json, 2)["exclude"] = JsonNode.Parse("""{"when": {"all": []}}""");

        AssertReadAsSerializer(json.ToJsonString());
    }

    [Fact]
    public void ALanguageWithoutSeparators_HasNullsAsFromTheSerializer_WhichTheValidatorReports()
    {
        var json = DefinitionJson.Embedded();
        json["languages"]![0]!.AsObject().Remove("decimalSeparator");
        json["languages"]![0]!.AsObject().Remove("name");
        var text = json.ToJsonString();

        var read = ScaleDefinitionReader.TryRead(Encoding.UTF8.GetBytes(text));
        var serialized = JsonSerializer.Deserialize(text, ScaleJsonContext.Default.ScaleDefinition)!;

        Assert.NotNull(read);
        Assert.Equal(serialized.Languages[0], read.Languages[0]);
        Assert.Null(read.Languages[0].DecimalSeparator);
        Assert.Equal(ScaleDefinitionValidator.Check(serialized), ScaleDefinitionValidator.Check(read));
    }

    [Fact]
    public void CommentsAndTrailingCommas_AreRead()
    {
        var json = """
            // a comment
            {"scaleId": "x", "edition": "e", "revision": "r", /* another */ "items": [],}
            """;

        AssertReadAsSerializer(json);
    }

    [Theory]
    [InlineData("""{"scaleId": "x", "edition": "e"}""")] // a required member missing
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "colour": "blue"}""")] // unknown member
    [InlineData("""{"ScaleId": "x", "edition": "e", "revision": "r"}""")] // another spelling: the serializer matches it
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "itemScores": {"min": "1", "max": 5}}""")] // number in a string
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "editionName": null}""")] // null
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "specialistScores": {"combine": 1, "ties": "up"}}""")] // enum as number
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "itemScores": {"min": 1.5, "max": 5}}""")] // not a whole number
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r", "labels": {"a": {"en": "A"}, "a": {"en": "B"}}}""")] // a label twice
    [InlineData("""{"scaleId": "x", "edition": "e", "revision": "r"} {}""")] // trailing content
    [InlineData("""{ "scaleId": """)] // truncated
    [InlineData("""null""")]
    [InlineData("""[]""")]
    public void WhatItDoesNotFullyUnderstand_IsLeftToTheSerializer(string json) =>
        Assert.Null(ScaleDefinitionReader.TryRead(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void MutatedDefinitions_AreEitherReadAsTheSerializerReadsThem_OrLeftToIt()
    {
        var original = DefinitionJson.Embedded().ToJsonString();
        var random = new Random(20261201);
        var read = 0;
        for (var round = 0; round < 300; round++)
        {
            var json = JsonNode.Parse(original)!;
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                Mutate(json, random);
            }

            var text = json.ToJsonString();
            var fromReader = ScaleDefinitionReader.TryRead(Encoding.UTF8.GetBytes(text));
            ScaleDefinition? fromSerializer;
            try
            {
                fromSerializer = JsonSerializer.Deserialize(text, ScaleJsonContext.Default.ScaleDefinition);
            }
            catch (JsonException)
            {
                fromSerializer = null;
            }

            if (fromReader is not null)
            {
                read++;
                Assert.NotNull(fromSerializer);
                Assert.Equal(Written(fromSerializer), Written(fromReader));
                Assert.Equal(ScaleDefinitionValidator.Check(fromSerializer), ScaleDefinitionValidator.Check(fromReader));
            }
        }

        // Both branches are exercised: most mutations keep the canonical form, some leave it.
        Assert.InRange(read, 30, 299);
    }

    private static void AssertReadAsSerializer(string json)
    {
        var read = ScaleDefinitionReader.TryRead(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(read);
        Assert.Equal(Serialized(json), read.ToJson());
    }

    // ToJson refuses some members the serializer leaves null (a language without a name); those compare by that.
    private static string Written(ScaleDefinition definition)
    {
        try
        {
            return definition.ToJson();
        }
        catch (JsonException exception)
        {
            return "unwritable: " + exception.Message;
        }
    }

    private static string? Serialized(string json) => JsonSerializer.Deserialize(json, ScaleJsonContext.Default.ScaleDefinition)?.ToJson();

    // One random change somewhere in the tree: drop a member, null it, rename it, retype a value, or empty an array.
    private static void Mutate(JsonNode root, Random random)
    {
        var objects = new List<JsonObject>();
        Collect(root, objects);
        var target = objects[random.Next(objects.Count)];
        if (target.Count == 0)
        {
            return;
        }

        var (name, value) = target.ElementAt(random.Next(target.Count));
        switch (random.Next(10))
        {
            case 7:
                target[name] = value is JsonValue n && n.TryGetValue<int>(out var whole) ? JsonValue.Create(whole + 1) : value?.DeepClone();
                break;
            case 8:
                target[name] = value is JsonValue s && s.TryGetValue<string>(out var text) ? JsonValue.Create(text + "x") : value?.DeepClone();
                break;
            case 9:
                // The same member moved to the end.
                target.Remove(name);
                target[name] = value;
                break;
            case 0:
                target.Remove(name);
                break;
            case 1:
                target[name] = null;
                break;
            case 2:
                target.Remove(name);
                target[name.ToUpperInvariant()] = value;
                break;
            case 3:
                target[name] = value is JsonValue v && v.TryGetValue<double>(out var number) ? JsonValue.Create(number.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(7);
                break;
            case 4:
                target[name] = JsonValue.Create(random.Next(2) == 0 ? 2.5 : -1);
                break;
            case 5:
                target[name] = new JsonArray();
                break;
            default:
                target["extra" + random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)] = "x";
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var (_, child) in o)
                {
                    Collect(child, into);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, into);
                }

                break;
        }
    }
}
