using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>One fact as given: the fact id declared on the item and its value.</summary>
/// <param name="Id">The fact id (camelCase English, as declared in the scale definition).</param>
/// <param name="Value">The value as given.</param>
public readonly record struct FactEntry(string Id, FactValue Value)
{
    /// <summary>Where the value came from: supplied by a reviewer (the default) or derived from records.</summary>
    /// <remarks>The engine ignores it when scoring; results carry the entries as given, so a report shows it per fact.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public FactOrigin Origin { get; init; }
}
