using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Formats.Schema;

// The report document's schema: what FidelityJson.WriteReport writes for a scale.
public static partial class FidelitySchema
{
    /// <summary>
    /// The schema of a report document (what <c>FidelityJson.WriteReport</c> writes, and the tool's and the interop
    /// layer's <c>json</c> format) for <paramref name="scale"/>.
    /// </summary>
    /// <param name="scale">The scale definition.</param>
    /// <returns>The schema as indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <remarks>
    /// From the definition: the scale id, edition and revision as constants, the languages, per item its number,
    /// section and score range (also for specialists and possible scores), the section and level ids, and every
    /// required property and value set (<c>status</c>, <c>path</c>, <c>combination</c>). A rated item has a score. The
    /// facts a report echoes are checked only for their JSON shape: an invalid item echoes what it was given.
    /// What only the engine can know (that the sums and the level agree with the items) is not in the schema.
    /// </remarks>
    /// <example>
    /// <code>
    /// File.WriteAllText("ips-25.report.schema.json", FidelitySchema.Report(Ips25Scale.Definition));
    /// </code>
    /// </example>
    public static string Report(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var language = scale.DefaultLanguage;
        var defs = new JsonObject
        {
            ["reportDocument"] = ReportDocument(scale),
            ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = DatePattern },
            ["summary"] = Closed(
                ["ratedSum", "ratedCount", "itemCount", "lowestPossible", "highestPossible"],
                new JsonObject
                {
                    ["ratedSum"] = Integer(0),
                    ["ratedCount"] = Integer(0, scale.Items.Length),
                    ["itemCount"] = Integer(0, scale.Items.Length),
                    ["lowestPossible"] = Integer(0),
                    ["highestPossible"] = Integer(0),
                }),
            ["level"] = Closed(
                ["id"],
                new JsonObject
                {
                    ["id"] = Choice(scale.Levels.Select(l => l.Id)),
                    ["name"] = Text(),
                    ["minTotal"] = Integer(),
                    ["maxTotal"] = Integer(),
                }),
            ["section"] = Closed(
                ["section", "summary"],
                new JsonObject
                {
                    ["section"] = Choice(scale.Sections.Select(s => s.Id)),
                    ["name"] = Text(),
                    ["summary"] = RefTo("summary"),
                }),
            ["itemResult"] = ItemResult(),
            ["specialistResult"] = SpecialistResult(),
            ["scoreRange"] = Closed(["min", "max"], new JsonObject { ["min"] = Integer(), ["max"] = Integer() }),
            ["modifier"] = Closed(
                ["index", "scoreBefore", "scoreAfter"],
                new JsonObject { ["index"] = Integer(0), ["scoreBefore"] = Integer(), ["scoreAfter"] = Integer(), ["reason"] = Text() }),
            ["error"] = Closed(
                ["code", "item", "rule", "message"],
                new JsonObject
                {
                    ["code"] = StringType(),
                    ["item"] = Integer(),
                    ["factId"] = StringType(),
                    ["specialist"] = StringType(),
                    ["value"] = StringType(),
                    ["rule"] = StringType(),
                    ["message"] = StringType(),
                }),
            ["warning"] = Closed(
                ["code", "item", "factId", "value", "limit", "path"],
                new JsonObject
                {
                    ["code"] = scale.Warnings.IsDefaultOrEmpty ? StringType() : Choice(scale.Warnings.Select(w => w.Code).Distinct()),
                    ["item"] = Integer(),
                    ["factId"] = StringType(),
                    ["specialist"] = StringType(),
                    ["value"] = new JsonObject { ["type"] = "number" },
                    ["limit"] = new JsonObject { ["type"] = "number" },
                    ["path"] = StringType(),
                    ["message"] = Text(),
                }),
            ["policy"] = Closed([], new JsonObject { ["id"] = Text(), ["text"] = Text() }),
            ["explanation"] = Closed(
                [],
                new JsonObject
                {
                    ["heading"] = Text(),
                    ["status"] = Text(),
                    ["nextStep"] = StringType(),
                    ["path"] = StringType(),
                    ["modifiers"] = StringArray(),
                    ["specialists"] = StringArray(),
                    ["facts"] = StringArray(),
                    ["notRated"] = StringType(),
                    ["determinedWithout"] = StringType(),
                    ["errors"] = StringArray(),
                }),
            ["factMap"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = RefTo("factValue") },
            ["factValue"] = new JsonObject
            {
                ["description"] = "A fact as given: a number, true/false, a level id, element ids, or {\"value\": …, \"origin\": …}.",
                ["anyOf"] = new JsonArray(
                    RefTo("plainFactValue"),
                    Closed(["value"], new JsonObject { ["value"] = RefTo("plainFactValue"), ["origin"] = Choice(["supplied", "derived"]) })),
            },
            ["plainFactValue"] = new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "number" },
                    new JsonObject { ["type"] = "boolean" },
                    new JsonObject { ["type"] = "string" },
                    new JsonObject { ["type"] = "array", ["items"] = StringType() }),
            },
        };
        foreach (var item in scale.Items)
        {
            defs[ItemName(item) + "Result"] = ItemResultOf(scale, item);
        }

        var root = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = "urn:ips-core:schema:report:" + scale.ScaleId + ":" + scale.Revision,
            ["title"] = scale.Name.Get(language) + " — report document",
            ["description"] = "Generated from scale definition " + scale.ScaleId + " edition " + scale.Edition + " revision " + scale.Revision
                + ". The report the engine writes: stamps, totals, level, section subtotals and one result per item with its explanation. Checks only the shape; that the sums and the level agree with the items is the engine's.",
            ["$ref"] = "#/$defs/reportDocument",
            ["$defs"] = defs,
        };

        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            root.WriteTo(w);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static JsonObject ReportDocument(ScaleDefinition scale)
    {
        var items = new JsonArray();
        foreach (var item in scale.Items)
        {
            items.Add((JsonNode)RefTo(ItemName(item) + "Result"));
        }

        return Closed(
            ["schemaVersion", "scaleId", "edition", "revision", "engineVersion", "language", "programme", "reviewDate", "total", "level", "sections", "items"],
            new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["const"] = 1 },
                ["scaleId"] = new JsonObject { ["const"] = scale.ScaleId },
                ["edition"] = new JsonObject { ["const"] = scale.Edition },
                ["revision"] = new JsonObject { ["const"] = scale.Revision },
                ["engineVersion"] = StringType(),
                ["language"] = Choice(scale.Languages.Select(l => l.Code)),
                ["programme"] = new JsonObject { ["type"] = "string", ["description"] = "The programme label as given (opaque)." },
                ["reviewDate"] = RefTo("date"),
                ["reviewPeriod"] = Closed(["start", "end"], new JsonObject { ["start"] = RefTo("date"), ["end"] = RefTo("date") }),
                ["total"] = RefTo("summary"),
                ["level"] = new JsonObject
                {
                    ["description"] = "The level reached; null while the possible totals span more than one level.",
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, RefTo("level")),
                },
                ["sections"] = ArrayOf(RefTo("section")),
                ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["oneOf"] = items } },
                ["inputErrors"] = ArrayOf(RefTo("error")),
                ["warnings"] = ArrayOf(RefTo("warning")),
                ["policies"] = ArrayOf(RefTo("policy")),
            });
    }

    /// <summary>What every item result has; <c>itemNResult</c> narrows it to one item.</summary>
    private static JsonObject ItemResult()
    {
        var schema = Closed(
            ["item", "status", "path"],
            new JsonObject
            {
                ["item"] = Integer(),
                ["section"] = Text(),
                ["name"] = Text(),
                ["status"] = Choice(["rated", "notRated", "invalid"]),
                ["score"] = Integer(),
                ["path"] = Choice(["none", "programme", "perSpecialist"]),
                ["measuredValue"] = new JsonObject { ["type"] = "number" },
                ["anchor"] = StringType(),
                ["nextAnchor"] = Closed([], new JsonObject { ["score"] = Integer(), ["text"] = Text() }),
                ["facts"] = RefTo("factMap"),
                ["specialists"] = ArrayOf(RefTo("specialistResult")),
                ["combination"] = Closed(["combine", "ties"], new JsonObject { ["combine"] = Choice(["mean", "median"]), ["ties"] = Choice(["down", "up"]) }),
                ["modifiers"] = ArrayOf(RefTo("modifier")),
                ["missingFacts"] = StringArray(),
                ["determinedWithout"] = StringArray(),
                ["possibleScores"] = RefTo("scoreRange"),
                ["notRatedReason"] = StringType(),
                ["errors"] = ArrayOf(RefTo("error")),
                ["explanation"] = RefTo("explanation"),
            });

        // A rated item has its score.
        schema["if"] = new JsonObject { ["properties"] = new JsonObject { ["status"] = new JsonObject { ["const"] = "rated" } } };
        schema["then"] = new JsonObject { ["required"] = new JsonArray("score") };
        return schema;
    }

    private static JsonObject SpecialistResult() =>
        Closed(
            ["label", "status"],
            new JsonObject
            {
                ["label"] = new JsonObject { ["type"] = "string", ["description"] = "The specialist label as given (opaque)." },
                ["status"] = Choice(["rated", "notRated", "invalid"]),
                ["score"] = Integer(),
                ["excluded"] = new JsonObject { ["type"] = "boolean" },
                ["reason"] = StringType(),
                ["measuredValue"] = new JsonObject { ["type"] = "number" },
                ["facts"] = RefTo("factMap"),
                ["missingFacts"] = StringArray(),
                ["determinedWithout"] = StringArray(),
                ["possibleScores"] = RefTo("scoreRange"),
                ["modifiers"] = ArrayOf(RefTo("modifier")),
            });

    /// <summary>One item's result: its number and section, and every score within the item's range.</summary>
    private static JsonObject ItemResultOf(ScaleDefinition scale, ItemDefinition item)
    {
        var scores = scale.ScoresOf(item);
        JsonObject Score() => Integer(scores.Min, scores.Max);
        JsonObject Range() => new()
        {
            ["properties"] = new JsonObject { ["min"] = Score(), ["max"] = Score() },
        };

        return new JsonObject
        {
            ["title"] = Int(item.Number) + ". " + item.Name.Get(scale.DefaultLanguage),
            ["allOf"] = new JsonArray(
                RefTo("itemResult"),
                new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["item"] = new JsonObject { ["const"] = item.Number },
                        ["section"] = new JsonObject { ["const"] = item.Section },
                        ["score"] = Score(),
                        ["possibleScores"] = Range(),
                        ["specialists"] = new JsonObject
                        {
                            ["items"] = new JsonObject { ["properties"] = new JsonObject { ["score"] = Score(), ["possibleScores"] = Range() } },
                        },
                    },
                }),
        };
    }

    private static JsonObject Closed(string[] required, JsonObject properties)
    {
        var schema = new JsonObject { ["type"] = "object" };
        if (required.Length > 0)
        {
            schema["required"] = new JsonArray([.. required.Select(r => (JsonNode)JsonValue.Create(r))]);
        }

        schema["additionalProperties"] = false;
        schema["properties"] = properties;
        return schema;
    }

    private static JsonObject RefTo(string definition) => new() { ["$ref"] = "#/$defs/" + definition };

    private static JsonObject StringType() => new() { ["type"] = "string" };

    /// <summary>A display text: a string, or null where the definition has none.</summary>
    private static JsonObject Text() => new() { ["type"] = new JsonArray("string", "null") };

    private static JsonObject StringArray() => ArrayOf(StringType());

    private static JsonObject ArrayOf(JsonObject items) => new() { ["type"] = "array", ["items"] = items };

    private static JsonObject Choice(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]) };

    private static JsonObject Integer(int? min = null, int? max = null)
    {
        var schema = new JsonObject { ["type"] = "integer" };
        if (min is { } lo)
        {
            schema["minimum"] = lo;
        }

        if (max is { } hi)
        {
            schema["maximum"] = hi;
        }

        return schema;
    }
}
