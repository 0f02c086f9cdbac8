using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 16, Individualised job search (Individuelt tilpasset jobbsøk): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record IndividualisedJobSearchFacts : IItemFactsSource
{
    /// <summary>The item number, 16.</summary>
    public static int ItemNumber => 16;

    /// <summary>Share of employer contacts that follow participants' preferences (%) (<c>contactsFollowingPreferencesPercent</c>).</summary>
    public double? ContactsFollowingPreferencesPercent { get; init; }

    /// <summary>Contacts are consistent with the current job-search plan (<c>consistentWithJobSearchPlan</c>).</summary>
    public bool? ConsistentWithJobSearchPlan { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddNumber(entries, "contactsFollowingPreferencesPercent", ContactsFollowingPreferencesPercent);
        TypedFacts.AddFlag(entries, "consistentWithJobSearchPlan", ConsistentWithJobSearchPlan);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 16 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, IndividualisedJobSearchFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}
