using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>Where a fact's value came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactOrigin>))]
public enum FactOrigin
{
    /// <summary>Recorded or confirmed by the reviewer (the default).</summary>
    [JsonStringEnumMemberName("supplied")]
    Supplied = 0,

    /// <summary>Computed from programme records (<c>Ips.Core.Fidelity.Ips25</c>).</summary>
    [JsonStringEnumMemberName("derived")]
    Derived = 1,
}
