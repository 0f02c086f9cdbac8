using System.Collections.Immutable;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>A typed fact record for one IPS-25 item (namespace <c>Ips.Core.Fidelity.Ips25</c>).</summary>
public interface IItemFactsSource
{
    /// <summary>The item the record describes.</summary>
    static abstract int ItemNumber { get; }

    /// <summary>The facts that were set, as generic entries (unset properties are left out).</summary>
    /// <returns>The entries, in declaration order.</returns>
    ImmutableArray<FactEntry> ToFactEntries();

    /// <summary>The facts as programme-level <see cref="ItemFacts"/>.</summary>
    /// <returns>The item facts.</returns>
    ItemFacts ToItemFacts();
}
