using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>
/// Contract for <see cref="ReviewFacts"/>, <see cref="FidelityReport"/> and <see cref="ReviewComparisonResult"/> in an
/// application's own <see cref="JsonSerializerOptions"/>: each reads and writes as the documented facts, report or
/// comparison document, through the same readers and writers as <see cref="FidelityJson"/>. Every other type is left
/// to the next resolver in the chain.
/// </summary>
internal sealed class FidelityJsonResolver(ScaleDefinition? scale, FidelityJsonLimits limits) : IJsonTypeInfoResolver
{
    // Null: the embedded IPS-25, loaded only when a document is read.
    private ScaleDefinition Scale => scale ?? ScaleDefinition.Ips25;

    private FidelityJsonLimits Limits => limits;

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        if (type == typeof(ReviewFacts))
        {
            return JsonMetadataServices.CreateValueInfo<ReviewFacts>(options, new FactsConverter(this));
        }

        if (type == typeof(FidelityReport))
        {
            return JsonMetadataServices.CreateValueInfo<FidelityReport>(options, new ReportConverter(this));
        }

        if (type == typeof(ReviewComparisonResult))
        {
            return JsonMetadataServices.CreateValueInfo<ReviewComparisonResult>(options, new ComparisonConverter(this));
        }

        return null;
    }

    /// <summary>The UTF-8 bytes of the value at the reader, after checking its size against the bound without copying it.</summary>
    private static JsonDocument Value(ref Utf8JsonReader reader, FidelityJsonLimits? limits)
    {
        if (limits is not null)
        {
            // The serializer hands a converter the whole value, so skipping a copy of the reader measures it.
            var probe = reader;
            probe.Skip();
            FactsLimitScan.CheckSize(probe.BytesConsumed - reader.TokenStartIndex, limits);
        }

        return JsonDocument.ParseValue(ref reader);
    }

    /// <summary>A facts document; errors keep the path inside the facts document (e.g. <c>$.items[2].facts</c>).</summary>
    private sealed class FactsConverter(FidelityJsonResolver owner) : JsonConverter<ReviewFacts>
    {
        public override ReviewFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Value(ref reader, owner.Limits);
            return FidelityJson.ReadFacts(JsonMarshal.GetRawUtf8Value(document.RootElement), owner.Scale, owner.Limits);
        }

        public override void Write(Utf8JsonWriter writer, ReviewFacts value, JsonSerializerOptions options) =>
            FidelityJson.WriteFactsTo(writer, value);
    }

    /// <summary>A report document, written in the scale's default language and read against the resolver's scale.</summary>
    private sealed class ReportConverter(FidelityJsonResolver owner) : JsonConverter<FidelityReport>
    {
        public override FidelityReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Value(ref reader, null);
            return FidelityJson.ReadReportDocument(JsonMarshal.GetRawUtf8Value(document.RootElement).ToArray(), owner.Scale);
        }

        public override void Write(Utf8JsonWriter writer, FidelityReport value, JsonSerializerOptions options) =>
            FidelityJson.WriteReportTo(writer, value, default);
    }

    /// <summary>
    /// A comparison document: both report documents (<c>before</c>, <c>after</c>) and the change between them
    /// (<see cref="FidelityJson.WriteComparison"/>); read back from the two reports, compared again.
    /// </summary>
    private sealed class ComparisonConverter(FidelityJsonResolver owner) : JsonConverter<ReviewComparisonResult>
    {
        public override ReviewComparisonResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Value(ref reader, null);
            return FidelityJson.ReadComparisonDocument(document.RootElement, owner.Scale);
        }

        public override void Write(Utf8JsonWriter writer, ReviewComparisonResult value, JsonSerializerOptions options) =>
            FidelityJson.WriteComparisonTo(writer, value, default);
    }
}
