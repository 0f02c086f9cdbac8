using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using NodaTime;

namespace Ips.Core.Fidelity.Results;

/// <summary>A rated sum with the lowest and highest totals still possible (policy 4).</summary>
/// <remarks>
/// <see cref="LowestPossible"/> and <see cref="HighestPossible"/> add, for every item not rated, the lowest and highest
/// of the scores it can still take (<see cref="ItemResult.PossibleScores"/>), and for every invalid item the ends of its
/// range (e.g. 1 and 5); nothing is imputed. With every item rated, both equal <see cref="RatedSum"/>.
/// </remarks>
public sealed record ScoreSummary
{
    /// <summary>The sum of rated items' scores.</summary>
    public int RatedSum { get; init; }

    /// <summary>How many items were rated.</summary>
    public int RatedCount { get; init; }

    /// <summary>How many items there are.</summary>
    public int ItemCount { get; init; }

    /// <summary>The lowest total still possible.</summary>
    public int LowestPossible { get; init; }

    /// <summary>The highest total still possible.</summary>
    public int HighestPossible { get; init; }

    /// <summary>Whether every item was rated.</summary>
    [JsonIgnore]
    public bool IsComplete => RatedCount == ItemCount;
}

/// <summary>The subtotal of one section.</summary>
public sealed record SectionTotal
{
    /// <summary>The section definition (names, item range).</summary>
    [JsonIgnore]
    public required SectionDefinition Section { get; init; }

    /// <summary>The section id.</summary>
    public string SectionId => Section.Id;

    /// <summary>The section's sums.</summary>
    public required ScoreSummary Summary { get; init; }
}

/// <summary>The result of scoring one review: every item's result, subtotals, total and level, with version stamps.</summary>
/// <remarks>
/// <para>
/// Stamps (<see cref="ScaleId"/>, <see cref="Edition"/>, <see cref="Revision"/>, <see cref="EngineVersion"/>) make a
/// report reproducible. <see cref="Level"/> is given only when every possible total falls in the same level (policy
/// 4): a complete review always has one; an incomplete one has one only when the missing items cannot change it.
/// </para>
/// <para>Immutable and thread-safe. Texts are produced on demand by <c>Explain</c> (<see cref="Ips.Core.Fidelity.Presentation.ExplanationExtensions"/>).</para>
/// </remarks>
public sealed record FidelityReport
{
    /// <summary>The scale definition the report was scored with.</summary>
    [JsonIgnore]
    public required ScaleDefinition Scale { get; init; }

    /// <summary>The scale id (e.g. <c>ips-25</c>).</summary>
    public string ScaleId => Scale.ScaleId;

    /// <summary>The scale edition(s).</summary>
    public string Edition => Scale.Edition;

    /// <summary>The definition revision.</summary>
    public string Revision => Scale.Revision;

    /// <summary>The engine version (the assembly's informational version).</summary>
    public required string EngineVersion { get; init; }

    /// <summary>The opaque programme label, as given.</summary>
    public required string ProgrammeLabel { get; init; }

    /// <summary>The review date.</summary>
    public LocalDate ReviewDate { get; init; }

    /// <summary>The review period, if given.</summary>
    public DateInterval? ReviewPeriod { get; init; }

    /// <summary>The policies the scores follow (id and text).</summary>
    public ImmutableArray<PolicyDefinition> Policies => Scale.Policies;

    /// <summary>The item results, in item order (always one per item).</summary>
    public ImmutableArray<ItemResult> Items { get => items.IsDefault ? [] : items; init => items = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<ItemResult> items;

    /// <summary>The section subtotals, in section order.</summary>
    public ImmutableArray<SectionTotal> Sections { get => sections.IsDefault ? [] : sections; init => sections = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<SectionTotal> sections;

    /// <summary>The total.</summary>
    public required ScoreSummary Total { get; init; }

    /// <summary>The fidelity level, or null when the missing items could still change it.</summary>
    public LevelDefinition? Level { get; init; }

    /// <summary>Whether every item was rated.</summary>
    public bool IsComplete => Total.IsComplete;

    /// <summary>Problems with the input not tied to a scale item (e.g. an item number that does not exist).</summary>
    public ImmutableArray<FactError> InputErrors { get => inputErrors.IsDefault ? [] : inputErrors; init => inputErrors = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<FactError> inputErrors;

    /// <summary>
    /// Plausibility warnings, found by the scale's declared checks (<see cref="ScaleDefinition.Warnings"/>), in item
    /// order: values that are allowed but odd. They never change a score; facts of an invalid item are not checked.
    /// </summary>
    public ImmutableArray<FactWarning> Warnings { get => warnings.IsDefault ? [] : warnings; init => warnings = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<FactWarning> warnings;

    /// <summary>The result for item <paramref name="number"/>.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such item.</exception>
    public ItemResult Item(int number)
    {
        // Items are in item order, usually numbered without gaps: try the position first.
        var items = Items;
        if (!items.IsEmpty && (uint)(number - items[0].Item) < (uint)items.Length && items[number - items[0].Item] is var candidate && candidate.Item == number)
        {
            return candidate;
        }

        foreach (var item in items)
        {
            if (item.Item == number)
            {
                return item;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(number), number, "The scale has no item with this number.");
    }
}
