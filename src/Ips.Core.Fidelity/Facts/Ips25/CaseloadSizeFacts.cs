using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 1, Caseload size (Deltakerportefølje): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record CaseloadSizeFacts : IItemFactsSource
{
    /// <summary>The item number, 1.</summary>
    public static int ItemNumber => 1;

    /// <summary>Active participants (<c>activeParticipants</c>).</summary>
    public long? ActiveParticipants { get; init; }

    /// <summary>Full-time equivalents in IPS (<c>fullTimeEquivalents</c>).</summary>
    public double? FullTimeEquivalents { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddCount(entries, "activeParticipants", ActiveParticipants);
        TypedFacts.AddNumber(entries, "fullTimeEquivalents", FullTimeEquivalents);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 1 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, CaseloadSizeFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}
