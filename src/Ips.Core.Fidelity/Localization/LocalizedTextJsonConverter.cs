using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>Reads and writes a <see cref="LocalizedText"/> as an object of language code to text (<c>{"nb": "…", "en": "…"}</c>).</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A text is an object of language code to text, e.g. {\"nb\": \"…\", \"en\": \"…\"}.");
        }

        var texts = new List<KeyValuePair<string, string>>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var code = reader.GetString();
            if (!ReportLanguage.TryFromCode(code, out var language))
            {
                throw new JsonException("'" + code + "' is not a language code (e.g. nb, en, nn).");
            }

            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("The text for '" + language.Code + "' must be a string.");
            }

            texts.Add(new(language.Code, reader.GetString()!));
        }

        return new LocalizedText(texts);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (code, text) in value.Texts)
        {
            writer.WriteString(code, text);
        }

        writer.WriteEndObject();
    }
}
