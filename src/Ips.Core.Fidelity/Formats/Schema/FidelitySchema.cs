using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Schema;

/// <summary>
/// JSON Schemas (draft 2020-12) for the documents a review tool writes, generated from a scale definition: the facts
/// document and the batch document (an array of facts documents); and for the report document the engine writes
/// (<see cref="Report"/>).
/// </summary>
/// <remarks>
/// <para>
/// Everything the definition says about the shape of facts is in the schema: the item numbers, per item the fact ids
/// with their kinds, numeric domains (inclusive or exclusive bounds), counts as non-negative integers, level and
/// element ids as enumerations (elements unique), which items take per-specialist facts, the long form
/// <c>{"value": …, "origin": "derived"}</c>, and the required document fields. Item and fact labels are the
/// <c>title</c> (in the scale's first language) and the <c>description</c> (every language, one per line).
/// </para>
/// <para>
/// What only the engine can check is not in the schema: an item given twice, a fact given twice, a specialist label
/// given twice on one item, and the definition's cross-fact constraints (e.g. "at most the number of participants");
/// see <c>docs/integration-guide.md</c>. A document the schema accepts can still get coded errors from
/// <c>ReviewFactsValidator</c>; one it rejects is rejected by the engine too.
/// </para>
/// <para>The output is deterministic (the definition's order, two-space indentation, <c>\n</c> line ends). Thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("ips-25.facts.schema.json", FidelitySchema.Facts(Ips25Scale.Definition));
/// </code>
/// </example>
public static partial class FidelitySchema
{
    /// <summary>The JSON Schema dialect of every schema written here.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    private const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>The schema of a facts document (<c>{"schemaVersion": 1, "programme": …, "reviewDate": …, "items": […]}</c>) for <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale definition.</param>
    /// <returns>The schema as indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Facts(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return Write(scale, "facts", batch: false);
    }

    /// <summary>The schema of a batch document: a JSON array of facts documents for <paramref name="scale"/>.</summary>
    /// <param name="scale">The scale definition.</param>
    /// <returns>The schema as indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public static string Batch(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return Write(scale, "batch", batch: true);
    }

    private static string Write(ScaleDefinition scale, string document, bool batch)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            var language = scale.DefaultLanguage;
            w.WriteStartObject();
            w.WriteString("$schema", Dialect);
            w.WriteString("$id", "urn:ips-core:schema:" + document + ":" + scale.ScaleId + ":" + scale.Revision);
            w.WriteString("title", scale.Name.Get(language) + (batch ? " — batch of facts documents" : " — facts document"));
            w.WriteString("description", "Generated from scale definition " + scale.ScaleId + " edition " + scale.Edition + " revision " + scale.Revision + ". Checks only the shape; the engine also checks repeated items, facts and specialists, and the definition's cross-fact constraints.");
            if (batch)
            {
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", "#/$defs/factsDocument");
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("$ref", "#/$defs/factsDocument");
            }

            w.WriteStartObject("$defs");
            WriteDefinitions(w, scale, language);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteDefinitions(Utf8JsonWriter w, ScaleDefinition scale, ReportLanguage language)
    {
        w.WriteStartObject("factsDocument");
        w.WriteString("type", "object");
        Strings(w, "required", ["schemaVersion", "programme", "reviewDate", "items"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("schemaVersion");
        w.WriteNumber("const", 1);
        w.WriteEndObject();
        w.WriteStartObject("programme");
        w.WriteString("type", "string");
        w.WriteString("description", "An opaque label for the programme (never a name or an identity number).");
        w.WriteEndObject();
        Ref(w, "reviewDate", "date");
        w.WriteStartObject("reviewPeriod");
        w.WriteString("type", "object");
        Strings(w, "required", ["start", "end"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        Ref(w, "start", "date");
        Ref(w, "end", "date");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("items");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteStartArray("oneOf");
        foreach (var item in scale.Items)
        {
            w.WriteStartObject();
            w.WriteString("$ref", "#/$defs/" + ItemName(item));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("date");
        w.WriteString("type", "string");
        w.WriteString("format", "date");
        w.WriteString("pattern", DatePattern);
        w.WriteEndObject();

        w.WriteStartObject("origin");
        Strings(w, "enum", ["supplied", "derived"]);
        w.WriteEndObject();

        foreach (var item in scale.Items)
        {
            WriteItem(w, scale, item, language);
        }
    }

    private static void WriteItem(Utf8JsonWriter w, ScaleDefinition scale, ItemDefinition item, ReportLanguage language)
    {
        var name = ItemName(item);
        w.WriteStartObject(name);
        w.WriteString("title", Int(item.Number) + ". " + item.Name.Get(language));
        w.WriteString("description", Describe(scale, item.Name));
        w.WriteString("type", "object");
        Strings(w, "required", ["item"]);
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        w.WriteStartObject("item");
        w.WriteNumber("const", item.Number);
        w.WriteEndObject();
        Ref(w, "facts", name + "Facts");
        if (item.PerSpecialist)
        {
            w.WriteStartObject("specialists");
            w.WriteString("type", "array");
            w.WriteStartObject("items");
            w.WriteString("type", "object");
            Strings(w, "required", ["label", "facts"]);
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            w.WriteStartObject("label");
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            w.WriteString("description", "An opaque label for the employment specialist (e.g. \"ES 1\"), unique within the item.");
            w.WriteEndObject();
            Ref(w, "facts", name + "Facts");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndObject();

        // Programme facts or per-specialist facts for an item, never both (an empty one of them is no facts, as in the engine).
        w.WriteStartObject("not");
        Strings(w, "required", ["facts", "specialists"]);
        w.WriteStartObject("properties");
        w.WriteStartObject("facts");
        w.WriteNumber("minProperties", 1);
        w.WriteEndObject();
        w.WriteStartObject("specialists");
        w.WriteNumber("minItems", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject(name + "Facts");
        w.WriteString("type", "object");
        w.WriteBoolean("additionalProperties", false);
        w.WriteStartObject("properties");
        foreach (var fact in item.Facts)
        {
            w.WriteStartObject(fact.Id);
            w.WriteString("title", fact.Label.Get(language));
            w.WriteString("description", Describe(scale, fact.Label) + (fact.Unit is { Length: > 0 } unit ? "\n(" + unit + ")" : string.Empty));
            w.WriteStartArray("anyOf");
            w.WriteStartObject();
            WriteValue(w, fact);
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("type", "object");
            Strings(w, "required", ["value"]);
            w.WriteBoolean("additionalProperties", false);
            w.WriteStartObject("properties");
            w.WriteStartObject("value");
            WriteValue(w, fact);
            w.WriteEndObject();
            Ref(w, "origin", "origin");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, FactDefinition fact)
    {
        switch (fact.Kind)
        {
            case FactKind.Number:
            case FactKind.Count:
                // The engine takes a count where a number is declared and a whole number where a count is.
                w.WriteString("type", fact.Kind == FactKind.Count ? "integer" : "number");
                var min = fact.Min;
                if (fact.Kind == FactKind.Count && (min is null || min < 0))
                {
                    min = 0;
                }

                if (min is { } lo)
                {
                    w.WriteNumber(fact.MinExclusive && fact.Min == lo ? "exclusiveMinimum" : "minimum", lo);
                }

                if (fact.Max is { } hi)
                {
                    w.WriteNumber(fact.MaxExclusive ? "exclusiveMaximum" : "maximum", hi);
                }

                break;
            case FactKind.Flag:
                w.WriteString("type", "boolean");
                break;
            case FactKind.Level:
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                foreach (var level in fact.Levels)
                {
                    w.WriteStringValue(level.Id);
                }

                w.WriteEndArray();
                break;
            case FactKind.Elements:
                w.WriteString("type", "array");
                w.WriteBoolean("uniqueItems", true);
                w.WriteStartObject("items");
                w.WriteString("type", "string");
                w.WriteStartArray("enum");
                foreach (var element in fact.Elements)
                {
                    w.WriteStringValue(element.Id);
                }

                w.WriteEndArray();
                w.WriteEndObject();
                break;
        }
    }

    private static string Describe(ScaleDefinition scale, LocalizedText text)
    {
        var lines = new StringBuilder();
        foreach (var language in scale.Languages)
        {
            if (lines.Length > 0)
            {
                lines.Append('\n');
            }

            lines.Append(language.Code).Append(": ").Append(text.Get(language.Language));
        }

        return lines.ToString();
    }

    private static string ItemName(ItemDefinition item) => "item" + Int(item.Number);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Ref(Utf8JsonWriter w, string property, string definition)
    {
        w.WriteStartObject(property);
        w.WriteString("$ref", "#/$defs/" + definition);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string property, string[] values)
    {
        w.WriteStartArray(property);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
