using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts;

/// <summary>A typed fact record for one IPS-25 item (namespace <c>Ips.Core.Fidelity.Facts.Ips25</c>).</summary>
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
