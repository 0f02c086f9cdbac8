using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 19, Diversity of job types (Stor bredde i type jobber): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record JobTypeDiversityFacts : IItemFactsSource
{
    /// <summary>The item number, 19.</summary>
    public static int ItemNumber => 19;

    /// <summary>Jobs held by participants in the past year (<c>jobsHeld</c>).</summary>
    public long? JobsHeld { get; init; }

    /// <summary>Distinct job types among them (ISCO-08) (<c>distinctJobTypes</c>).</summary>
    public long? DistinctJobTypes { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddCount(entries, "jobsHeld", JobsHeld);
        TypedFacts.AddCount(entries, "distinctJobTypes", DistinctJobTypes);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}
