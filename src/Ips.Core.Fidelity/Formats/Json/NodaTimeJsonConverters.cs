using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO-8601 string, <c>"2026-10-01"</c> (ISO calendar, invariant culture).</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadDate(ref reader, "date");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>ISO-8601 in the ISO calendar (a date in another calendar is converted first).</summary>
    internal static string Format(LocalDate value) =>
        LocalDatePattern.Iso.Format(value.Calendar == CalendarSystem.Iso ? value : value.WithCalendar(CalendarSystem.Iso));

    internal static LocalDate ReadDate(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("The " + what + " must be a string in the form yyyy-MM-dd, not " + FidelityJsonReading.Describe(reader.TokenType) + ".");
        }

        var text = reader.GetString() ?? string.Empty;
        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            throw new JsonException("The " + what + " '" + text + "' is not a date in the form yyyy-MM-dd.");
        }

        return result.Value;
    }
}

/// <summary>
/// Reads and writes a <see cref="DateInterval"/> as <c>{"start": "2026-01-01", "end": "2026-06-30"}</c>; both ends are
/// inclusive, as in NodaTime, and the end may not come before the start.
/// </summary>
internal sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
{
    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A period must be an object {\"start\": \"yyyy-MM-dd\", \"end\": \"yyyy-MM-dd\"}, not " + FidelityJsonReading.Describe(reader.TokenType) + ".");
        }

        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var isEnd = !isStart && reader.ValueTextEquals("end"u8);
            var name = reader.GetString();
            reader.Read();
            if (isStart && start is null)
            {
                start = LocalDateJsonConverter.ReadDate(ref reader, "period start");
            }
            else if (isEnd && end is null)
            {
                end = LocalDateJsonConverter.ReadDate(ref reader, "period end");
            }
            else
            {
                throw new JsonException("A period has only the properties 'start' and 'end', each once; '" + name + "' is not allowed here.");
            }
        }

        if (start is not { } from || end is not { } to)
        {
            throw new JsonException("A period needs both 'start' and 'end' (yyyy-MM-dd, both inclusive).");
        }

        if (to < from)
        {
            throw new JsonException("A period's end (" + LocalDatePattern.Iso.Format(to) + ") may not come before its start (" + LocalDatePattern.Iso.Format(from) + ").");
        }

        return new DateInterval(from, to);
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("start"u8, LocalDateJsonConverter.Format(value.Start));
        writer.WriteString("end"u8, LocalDateJsonConverter.Format(value.End));
        writer.WriteEndObject();
    }
}
