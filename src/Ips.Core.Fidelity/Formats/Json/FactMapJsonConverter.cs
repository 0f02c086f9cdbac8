using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>
/// Reads and writes a fact set as a JSON object keyed by fact id: <c>{"activeParticipants": 36, "fullTimeEquivalents": 2.0,
/// "contactLogReview": "weekly", "consistentWithJobSearchPlan": true, "teamContactPractices": ["officeNearTeam"]}</c>.
/// </summary>
/// <remarks>
/// <para>
/// The kind comes from the JSON token: a whole-number literal (no point, no exponent) is a
/// <see cref="FactKind.Count"/>, any other number a <see cref="FactKind.Number"/>, <c>true</c>/<c>false</c> a
/// <see cref="FactKind.Flag"/>, a string a <see cref="FactKind.Level"/> id, an array of strings
/// <see cref="FactKind.Elements"/>. The engine accepts a count where a number is declared and the other way round, and
/// checks everything else against the scale definition. Numbers are written so they read back as the same kind
/// (<c>2.0</c> for the number 2); NaN and infinities, which JSON cannot hold, are written as the strings <c>"NaN"</c>,
/// <c>"Infinity"</c> and <c>"-Infinity"</c> (and so read back as level ids, still invalid for a numeric fact).
/// </para>
/// <para>
/// A fact derived from records (<see cref="FactEntry.Origin"/> <see cref="FactOrigin.Derived"/>) is written in the long
/// form <c>{"value": 12, "origin": "derived"}</c>, which is also read; the short form means supplied by the reviewer.
/// </para>
/// <para>Order is kept, and a fact id given twice is kept twice, so the engine can report it.</para>
/// </remarks>
internal sealed class FactMapJsonConverter : JsonConverter<ImmutableArray<FactEntry>>
{
    public override bool HandleNull => false;

    public override ImmutableArray<FactEntry> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadMap(ref reader, null);

    /// <summary>Reads a fact map; ids and level and element ids are taken from <paramref name="names"/> when it has them.</summary>
    internal static ImmutableArray<FactEntry> ReadMap(ref Utf8JsonReader reader, FactNameTable? names)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Facts must be an object keyed by fact id, e.g. {\"activeParticipants\": 36}, not " + FidelityJsonReading.Describe(reader.TokenType) + ".");
        }

        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = FactNameTable.GetString(ref reader, names);
            reader.Read();
            entries.Add(reader.TokenType == JsonTokenType.StartObject ? ReadWithOrigin(ref reader, id, names) : new FactEntry(id, ReadValue(ref reader, id, names)));
        }

        return entries.ToImmutable();
    }

    public override void Write(Utf8JsonWriter writer, ImmutableArray<FactEntry> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (!value.IsDefault)
        {
            foreach (var entry in value)
            {
                writer.WritePropertyName(entry.Id ?? string.Empty);
                if (entry.Origin == FactOrigin.Supplied)
                {
                    WriteValue(writer, entry.Value);
                    continue;
                }

                writer.WriteStartObject();
                writer.WritePropertyName("value"u8);
                WriteValue(writer, entry.Value);
                writer.WriteString("origin"u8, OriginName(entry.Origin));
                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The long form <c>{"value": 12, "origin": "derived"}</c>.</summary>
    internal static FactEntry ReadWithOrigin(ref Utf8JsonReader reader, string id, FactNameTable? names)
    {
        FactValue? value = null;
        FactOrigin? origin = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isValue = reader.ValueTextEquals("value"u8);
            var isOrigin = !isValue && reader.ValueTextEquals("origin"u8);
            var name = reader.GetString();
            reader.Read();
            if (isValue && value is null && reader.TokenType != JsonTokenType.StartObject)
            {
                value = ReadValue(ref reader, id, names);
            }
            else if (isOrigin && origin is null)
            {
                origin = reader.TokenType == JsonTokenType.String ? ParseOrigin(reader.GetString()) : null;
                if (origin is null)
                {
                    throw new JsonException("Fact '" + id + "': origin must be \"supplied\" or \"derived\".");
                }
            }
            else
            {
                throw new JsonException("Fact '" + id + "': a value is a number, true or false, a level id, an array of element ids, or {\"value\": …, \"origin\": \"supplied\" | \"derived\"}; '" + name + "' is not allowed here.");
            }
        }

        if (value is not { } given)
        {
            throw new JsonException("Fact '" + id + "': the long form {\"value\": …, \"origin\": …} needs a value.");
        }

        return new FactEntry(id, given) { Origin = origin ?? FactOrigin.Supplied };
    }

    private static FactOrigin? ParseOrigin(string? name) => name switch
    {
        "supplied" => FactOrigin.Supplied,
        "derived" => FactOrigin.Derived,
        _ => null,
    };

    private static string OriginName(FactOrigin origin) => origin switch
    {
        FactOrigin.Derived => "derived",
        _ => "supplied",
    };

    /// <summary>Reads one value (the current token); level and element ids come from <paramref name="names"/> when it has them.</summary>
    /// <remarks><paramref name="elements"/>, when given, collects an element list before it is copied to its exact size.</remarks>
    internal static FactValue ReadValue(ref Utf8JsonReader reader, string id, FactNameTable? names, List<string>? elements = null)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
                if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0 && reader.TryGetInt64(out var count))
                {
                    return FactValue.FromCount(count);
                }

                if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new JsonException("Fact '" + id + "': the number is out of range.");
                }

                return FactValue.FromNumber(number);
            case JsonTokenType.True:
                return FactValue.FromFlag(true);
            case JsonTokenType.False:
                return FactValue.FromFlag(false);
            case JsonTokenType.String:
                // WriteValue writes non-finite numbers as these strings; read them back as numbers so the round trip is exact.
                if (reader.ValueTextEquals("NaN"u8))
                {
                    return FactValue.FromNumber(double.NaN);
                }

                if (reader.ValueTextEquals("Infinity"u8))
                {
                    return FactValue.FromNumber(double.PositiveInfinity);
                }

                if (reader.ValueTextEquals("-Infinity"u8))
                {
                    return FactValue.FromNumber(double.NegativeInfinity);
                }

                return new FactValue { Kind = FactKind.Level, Level = FactNameTable.GetString(ref reader, names) };
            case JsonTokenType.StartArray:
                var list = elements ?? [];
                list.Clear();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException("Fact '" + id + "': an element list holds element ids (strings) only, not " + FidelityJsonReading.Describe(reader.TokenType) + ".");
                    }

                    list.Add(FactNameTable.GetString(ref reader, names));
                }

                return new FactValue { Kind = FactKind.Elements, Elements = list.Count == 0 ? [] : [.. list] };
            default:
                throw new JsonException("Fact '" + id + "': a value must be a number, true or false, a level id (string) or an array of element ids, not " + FidelityJsonReading.Describe(reader.TokenType) + ".");
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, FactValue value)
    {
        switch (value.Kind)
        {
            case FactKind.Number or FactKind.Count when value.Number is { } number:
                if (!double.IsFinite(number))
                {
                    writer.WriteStringValue(double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                }
                else if (value.Kind == FactKind.Count && Math.Floor(number) == number && Math.Abs(number) < 9e15 && !(number == 0 && double.IsNegative(number)))
                {
                    writer.WriteNumberValue((long)number);
                }
                else
                {
                    // Other numbers, and a count of -0 (a long would drop the sign): "R" text, read back exactly.
                    var text = number.ToString("R", CultureInfo.InvariantCulture);
                    if (text.AsSpan().IndexOfAny('.', 'E', 'e') < 0)
                    {
                        text += ".0";
                    }

                    writer.WriteRawValue(text, skipInputValidation: true);
                }

                break;
            case FactKind.Flag when value.Flag is { } flag:
                writer.WriteBooleanValue(flag);
                break;
            case FactKind.Level when value.Level is { } level:
                writer.WriteStringValue(level);
                break;
            case FactKind.Elements:
                writer.WriteStartArray();
                if (!value.Elements.IsDefault)
                {
                    foreach (var element in value.Elements)
                    {
                        writer.WriteStringValue(element ?? string.Empty);
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                // A value with no member set (built by hand): JSON null, which reading rejects.
                writer.WriteNullValue();
                break;
        }
    }
}
