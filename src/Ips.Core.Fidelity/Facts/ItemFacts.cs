using System.Collections.Immutable;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>What the reviewer recorded for one item: either programme-level facts, or one fact set per specialist.</summary>
/// <remarks>
/// <para>
/// Give <see cref="Programme"/> for facts about the programme as a whole, or <see cref="Specialists"/> for items the
/// scale rates per employment specialist (policy 2). Giving both is invalid input: the engine reports
/// <c>Item.BothProgrammeAndSpecialists</c> for the item. Giving neither leaves the item not rated.
/// </para>
/// <para>Immutable. Default arrays (as left by a JSON reader when a property is absent) count as empty.</para>
/// </remarks>
public sealed record ItemFacts
{
    /// <summary>The item number (1–25).</summary>
    public required int Item { get; init; }

    /// <summary>Facts about the programme as a whole.</summary>
    public ImmutableArray<FactEntry> Programme { get => programme; init => programme = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactEntry> programme = [];

    /// <summary>Facts per employment specialist.</summary>
    public ImmutableArray<SpecialistFacts> Specialists { get => specialists; init => specialists = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<SpecialistFacts> specialists = [];

    /// <summary>Programme-level facts for <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts ForProgramme(int item, params IEnumerable<FactEntry> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return new ItemFacts { Item = item, Programme = [.. facts] };
    }

    /// <summary>Per-specialist facts for <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="specialists">One fact set per specialist.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts ForSpecialists(int item, params IEnumerable<SpecialistFacts> specialists)
    {
        ArgumentNullException.ThrowIfNull(specialists);
        return new ItemFacts { Item = item, Specialists = [.. specialists] };
    }

    /// <summary>Per-specialist facts built from typed fact records (namespace <c>Ips.Core.Fidelity.Ips25</c>).</summary>
    /// <typeparam name="T">The typed fact record for the item.</typeparam>
    /// <param name="specialists">Each specialist's label and facts.</param>
    /// <returns>The item facts; the item number is taken from the typed records.</returns>
    public static ItemFacts ForSpecialists<T>(params IEnumerable<(string Label, T Facts)> specialists)
        where T : IItemFactsSource
    {
        ArgumentNullException.ThrowIfNull(specialists);
        var builder = ImmutableArray.CreateBuilder<SpecialistFacts>();
        foreach (var (label, facts) in specialists)
        {
            ArgumentNullException.ThrowIfNull(facts);
            builder.Add(new SpecialistFacts { Label = label, Facts = facts.ToFactEntries() });
        }

        return new ItemFacts { Item = T.ItemNumber, Specialists = builder.ToImmutable() };
    }
}
