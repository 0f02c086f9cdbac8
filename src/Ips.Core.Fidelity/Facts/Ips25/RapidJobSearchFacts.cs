using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 15, Rapid job search (Rask oppstart av jobbsøk): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record RapidJobSearchFacts : IItemFactsSource
{
    /// <summary>The item number, 15.</summary>
    public static int ItemNumber => 15;

    /// <summary>Mean days from entry to first in-person employer contact (<c>meanDaysToFirstEmployerContact</c>).</summary>
    public double? MeanDaysToFirstEmployerContact { get; init; }

    /// <summary>The programme tracks employer contacts (<c>employerContactsTracked</c>).</summary>
    public bool? EmployerContactsTracked { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddNumber(entries, "meanDaysToFirstEmployerContact", MeanDaysToFirstEmployerContact);
        TypedFacts.AddFlag(entries, "employerContactsTracked", EmployerContactsTracked);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}
