using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 24, Community-based services (Tjenester som er basert i lokalsamfunnet): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record CommunityBasedServicesFacts : IItemFactsSource
{
    /// <summary>The item number, 24.</summary>
    public static int ItemNumber => 24;

    /// <summary>Share of scheduled hours spent in the community (%) (<c>communityHoursPercent</c>).</summary>
    public double? CommunityHoursPercent { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddNumber(entries, "communityHoursPercent", CommunityHoursPercent);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 24 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, CommunityBasedServicesFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}
