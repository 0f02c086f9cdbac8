using System.Text.Json;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Reviews;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Source-generated JSON metadata for review record documents (no reflection; trimming- and AOT-safe).</summary>
/// <remarks>Use it through <see cref="ReviewRecordJson"/>, which adds the encoder, the schema-version check and the validation.</remarks>
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
        typeof(StrictEnumConverter<Ips.Core.Fidelity.Definition.DataSource>),
        typeof(StrictEnumConverter<ReviewerRole>),
        typeof(StrictEnumConverter<RecommendationPriority>),
        typeof(StrictEnumConverter<ActionStatus>),
    ])]
[JsonSerializable(typeof(ReviewRecordDocument))]
internal sealed partial class ReviewRecordJsonContext : JsonSerializerContext
{
}
