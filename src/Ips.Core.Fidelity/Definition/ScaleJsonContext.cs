using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>Source-generated JSON metadata for scale definitions (no reflection; trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ScaleDefinition))]
internal sealed partial class ScaleJsonContext : JsonSerializerContext
{
}
