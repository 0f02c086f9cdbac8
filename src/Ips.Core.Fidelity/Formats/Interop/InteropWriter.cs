using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Localization;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>
/// Writes the interop documents with <see cref="Utf8JsonWriter"/> (no reflection, trimming- and AOT-safe), in the
/// same layout as <see cref="Ips.Core.Fidelity.Formats.Json.FidelityJson"/>: two-space indents, <c>\n</c> line ends, UTF-8 text unescaped.
/// </summary>
internal static class InteropWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the JSON text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A text in one language (a string) or in every language it has (<c>{"nb": …, "en": …}</c>).</summary>
    public static void Text(Utf8JsonWriter writer, string name, LocalizedText text, ReportLanguage? language)
    {
        if (language is { } one)
        {
            writer.WriteString(name, text.Get(one));
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (code, value) in text.Texts)
        {
            writer.WriteString(code, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>A number the way <see cref="Ips.Core.Fidelity.Formats.Json.FidelityJson"/> writes it: whole numbers without a fraction.</summary>
    public static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            writer.WriteNumber(name, (long)value);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    public static string Date(LocalDate date) => ReportWriter.FormatDate(date);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
