using System.Text.Json;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Source-generated JSON metadata for facts and report documents (no reflection; trimming- and AOT-safe).</summary>
/// <remarks>Use it through <see cref="FidelityJson"/>, which adds the encoder, the schema-version check and the mapping.</remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(DateIntervalJsonConverter),
        typeof(StrictEnumConverter<ItemStatus>),
        typeof(StrictEnumConverter<ScoringPath>),
        typeof(ReportLanguageJsonConverter),
    ])]
[JsonSerializable(typeof(FactsDocument))]
[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class FidelityJsonContext : JsonSerializerContext
{
}

/// <summary>Enums as their camelCase names only (<c>"notRated"</c>, <c>"perSpecialist"</c>, <c>"nb"</c>): a number or an unknown name is a <see cref="JsonException"/>.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public StrictEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
