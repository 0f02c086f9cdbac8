using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>Reads and writes a <see cref="ReportLanguage"/> as its code (<c>"nb"</c>).</summary>
/// <remarks>A malformed code is a <see cref="JsonException"/>; whether the scale carries the language is checked by the reader of the document.</remarks>
internal sealed class ReportLanguageJsonConverter : JsonConverter<ReportLanguage>
{
    /// <inheritdoc/>
    public override ReportLanguage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A language is a string code such as \"nb\" or \"en\".");
        }

        return ReportLanguage.TryFromCode(reader.GetString(), out var language)
            ? language
            : throw new JsonException("A language code is 2–8 ASCII letters, optionally followed by '-' and a subtag (e.g. \"nb\", \"en\", \"nn\").");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ReportLanguage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }
}
