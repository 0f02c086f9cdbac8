using System.Text.Json;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>
/// The machine-readable description of a scale, to build review forms from, as a typed value: it writes as the JSON of
/// <see cref="FidelityInterop.DescribeScale"/> in any <see cref="JsonSerializerOptions"/> (a minimal API can return it
/// with <c>TypedResults.Ok(description)</c>), and reads back from that JSON for the scale it describes.
/// </summary>
/// <remarks>Immutable and thread-safe. The JSON is written from the definition each time; it is not stored.</remarks>
/// <example>
/// <code>
/// app.MapGet("/scale", (ScaleDefinition scale) => TypedResults.Ok(ScaleDescription.Create(scale, Ips25Scale.English)));
/// </code>
/// </example>
[JsonConverter(typeof(ScaleDescriptionJsonConverter))]
public sealed class ScaleDescription
{
    private ScaleDescription(ScaleDefinition scale, ReportLanguage? language)
    {
        Scale = scale;
        Language = language;
    }

    /// <summary>The scale described.</summary>
    public ScaleDefinition Scale { get; }

    /// <summary>The language of the texts (plain strings), or null for every text in every language (<c>{"nb": …, "en": …}</c>).</summary>
    public ReportLanguage? Language { get; }

    /// <summary>The description of <paramref name="scale"/>, with texts in <paramref name="language"/> or in every language.</summary>
    /// <param name="scale">The scale definition.</param>
    /// <param name="language">One of the scale's languages, or null for every language.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/>.</exception>
    public static ScaleDescription Create(ScaleDefinition scale, ReportLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (language is { } one)
        {
            scale.RequireLanguage(one, nameof(language));
        }

        return new ScaleDescription(scale, language);
    }

    /// <summary>The description as JSON (as <see cref="FidelityInterop.DescribeScale"/> writes it).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => InteropWriter.Write(writer => ScaleDescriptionWriter.Write(writer, Scale, Language));

    /// <summary>Reads a description back: for the embedded IPS-25 scale or <paramref name="scale"/>, matched by scale id and revision.</summary>
    /// <param name="json">A description (<see cref="ToJson"/>).</param>
    /// <param name="scale">The scale it describes; null for the embedded IPS-25 definition.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a description of that scale (its <c>scaleId</c>, <c>revision</c> or <c>language</c>).</exception>
    public static ScaleDescription Read(string json, ScaleDefinition? scale = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        return ScaleDescriptionJsonConverter.ReadDescription(ref reader, scale ?? ScaleDefinition.Ips25);
    }
}

/// <summary>Writes a <see cref="ScaleDescription"/> as its JSON and reads it back (the scale is recognised by id and revision).</summary>
internal sealed class ScaleDescriptionJsonConverter : JsonConverter<ScaleDescription>
{
    public override ScaleDescription Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadDescription(ref reader, ScaleDefinition.Ips25);

    public override void Write(Utf8JsonWriter writer, ScaleDescription value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ScaleDescriptionWriter.Write(writer, value.Scale, value.Language);
    }

    internal static ScaleDescription ReadDescription(ref Utf8JsonReader reader, ScaleDefinition scale)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            throw new JsonException("The scale description is not valid JSON.", "$", null, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("A scale description is a JSON object.", "$", null, null);
            }

            var id = Text(root, "scaleId");
            var revision = Text(root, "revision");
            if (!string.Equals(id, scale.ScaleId, StringComparison.Ordinal) || !string.Equals(revision, scale.Revision, StringComparison.Ordinal))
            {
                throw new JsonException("The description is of scale '" + Short(id) + "' revision '" + Short(revision) + "'; this reader knows '" + scale.ScaleId + "' revision '" + scale.Revision + "'.", "$.scaleId", null, null);
            }

            ReportLanguage? language = null;
            if (Text(root, "language") is { } code)
            {
                if (!ReportLanguage.TryFromCode(code, out var one) || !scale.SupportsLanguage(one))
                {
                    throw new JsonException("The description's language '" + Short(code) + "' is not one of the scale's.", "$.language", null, null);
                }

                language = one;
            }

            return ScaleDescription.Create(scale, language);
        }

        static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        static string Short(string? text) => text is null ? string.Empty : text.Length > 40 ? text[..40] + "…" : text;
    }
}
