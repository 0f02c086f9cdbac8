using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 20, Diversity of employers (Stor bredde i typer arbeidsgivere): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record EmployerDiversityFacts : IItemFactsSource
{
    /// <summary>The item number, 20.</summary>
    public static int ItemNumber => 20;

    /// <summary>Jobs held by participants in the past year (<c>jobsHeld</c>).</summary>
    public long? JobsHeld { get; init; }

    /// <summary>Distinct employers among them (<c>distinctEmployers</c>).</summary>
    public long? DistinctEmployers { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddCount(entries, "jobsHeld", JobsHeld);
        TypedFacts.AddCount(entries, "distinctEmployers", DistinctEmployers);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}
