using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 21, Competitive jobs (Vanlige jobber): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record CompetitiveJobsFacts : IItemFactsSource
{
    /// <summary>The item number, 21.</summary>
    public static int ItemNumber => 21;

    /// <summary>Participants' current jobs (<c>currentJobs</c>).</summary>
    public long? CurrentJobs { get; init; }

    /// <summary>Of these: competitive jobs with permanent status (<c>permanentCompetitiveJobs</c>).</summary>
    public long? PermanentCompetitiveJobs { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddCount(entries, "currentJobs", CurrentJobs);
        TypedFacts.AddCount(entries, "permanentCompetitiveJobs", PermanentCompetitiveJobs);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}
