using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.Facts;

/// <summary>Where a fact's value came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactOrigin>))]
public enum FactOrigin
{
    /// <summary>Recorded or confirmed by the reviewer (the default).</summary>
    [JsonStringEnumMemberName("supplied")]
    Supplied = 0,

    /// <summary>Computed from programme records (<c>Ips.Core.Fidelity.Derivation</c>).</summary>
    [JsonStringEnumMemberName("derived")]
    Derived = 1,
}
