using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>Which whole score a value exactly halfway between two scores takes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TieRule>))]
public enum TieRule
{
    /// <summary>The lower score (<c>down</c>): 3.5 → 3.</summary>
    [JsonStringEnumMemberName("down")]
    Down = 0,

    /// <summary>The higher score (<c>up</c>): 3.5 → 4.</summary>
    [JsonStringEnumMemberName("up")]
    Up = 1,
}
