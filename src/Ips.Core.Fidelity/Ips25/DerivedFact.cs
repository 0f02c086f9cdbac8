using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>One fact computed from records, with its provenance.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Specialist">The specialist's opaque label (e.g. <c>ES 2</c>) for a per-specialist fact; null for a programme fact.</param>
/// <param name="Entry">The fact id and value, marked <see cref="FactOrigin.Derived"/>.</param>
/// <param name="Provenance">Which records it was computed from.</param>
public sealed record DerivedFact(int Item, string? Specialist, FactEntry Entry, FactProvenance Provenance)
{
    /// <summary>The fact id.</summary>
    public string FactId => Entry.Id;

    /// <summary>The value.</summary>
    public FactValue Value => Entry.Value;
}
