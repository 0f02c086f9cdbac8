using System.Collections.Immutable;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Which way a score, subtotal or level moved between two reviews.</summary>
public enum ChangeDirection
{
    /// <summary>The same score (or both not rated).</summary>
    Unchanged = 0,

    /// <summary>Higher after than before.</summary>
    Up = 1,

    /// <summary>Lower after than before.</summary>
    Down = 2,

    /// <summary>Not comparable: rated in one review only, or a level in one review only.</summary>
    NotComparable = 3,
}

/// <summary>How a fact differs between two reviews.</summary>
public enum FactChangeKind
{
    /// <summary>Given in both, with different values.</summary>
    Changed = 0,

    /// <summary>Given only in the later review.</summary>
    Added = 1,

    /// <summary>Given only in the earlier review.</summary>
    Removed = 2,
}

/// <summary>One item's result before and after.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Definition"/> gives the names and anchors for display.</remarks>
public sealed record ItemChange
{
    /// <summary>The item definition (names, anchors).</summary>
    public required ItemDefinition Definition { get; init; }

    /// <summary>The item number.</summary>
    public int Item => Definition.Number;

    /// <summary>The status in the earlier review.</summary>
    public ItemStatus StatusBefore { get; init; }

    /// <summary>The status in the later review.</summary>
    public ItemStatus StatusAfter { get; init; }

    /// <summary>The score in the earlier review, when rated.</summary>
    public int? ScoreBefore { get; init; }

    /// <summary>The score in the later review, when rated.</summary>
    public int? ScoreAfter { get; init; }

    /// <summary>After minus before, when rated in both; otherwise null.</summary>
    public int? Delta => ScoreBefore is { } before && ScoreAfter is { } after ? after - before : null;

    /// <summary>Up, down, unchanged, or not comparable (rated in one review only).</summary>
    public ChangeDirection Direction => Delta switch
    {
        > 0 => ChangeDirection.Up,
        < 0 => ChangeDirection.Down,
        0 => ChangeDirection.Unchanged,
        _ => ScoreBefore is null && ScoreAfter is null ? ChangeDirection.Unchanged : ChangeDirection.NotComparable,
    };

    /// <summary>Whether the status (rated, not rated, invalid) differs.</summary>
    public bool StatusChanged => StatusBefore != StatusAfter;

    /// <summary>Whether the item is rated in both and reached another anchor (every score is an anchor: any non-zero delta).</summary>
    public bool CrossedAnchor => Delta is { } delta && delta != 0;

    /// <summary>The anchor matched before, when rated.</summary>
    public AnchorDefinition? AnchorBefore => ScoreBefore is { } score ? Definition.FindAnchor(score) : null;

    /// <summary>The anchor matched after, when rated.</summary>
    public AnchorDefinition? AnchorAfter => ScoreAfter is { } score ? Definition.FindAnchor(score) : null;
}

/// <summary>A section's (or the whole review's) sums before and after.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SummaryChange
{
    /// <summary>The section, or null for the total.</summary>
    public SectionDefinition? Section { get; init; }

    /// <summary>The sums in the earlier review.</summary>
    public required ScoreSummary Before { get; init; }

    /// <summary>The sums in the later review.</summary>
    public required ScoreSummary After { get; init; }

    /// <summary>After minus before, of the rated sums.</summary>
    public int Delta => After.RatedSum - Before.RatedSum;

    /// <summary>Whether both reviews rated every item of the section (so <see cref="Delta"/> compares like with like).</summary>
    public bool BothComplete => Before.IsComplete && After.IsComplete;
}

/// <summary>One fact whose value differs between the reviews.</summary>
/// <param name="Item">The item number.</param>
/// <param name="Specialist">The specialist label on the per-specialist path, or null for a programme-level fact.</param>
/// <param name="FactId">The fact id.</param>
/// <param name="Before">The value in the earlier review, or null when not given there.</param>
/// <param name="After">The value in the later review, or null when not given there.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FactChange(int Item, string? Specialist, string FactId, FactValue? Before, FactValue? After)
{
    /// <summary>Changed, added or removed.</summary>
    public FactChangeKind Kind => Before is null ? FactChangeKind.Added : After is null ? FactChangeKind.Removed : FactChangeKind.Changed;
}

/// <summary>The comparison of two reviews of one programme (<see cref="ReviewComparison.Compare"/>).</summary>
/// <remarks>
/// <para>
/// Per item: score and status before and after, the delta and direction, and whether it crossed an anchor; per section
/// and in total: the rated sums and their change; the level before and after; and every fact whose value moved
/// (programme-level facts by item and fact id, per-specialist facts also by specialist label).
/// </para>
/// <para>
/// <see cref="SameProgramme"/>, <see cref="SameRevision"/> and <see cref="InOrder"/> flag comparisons that may not mean
/// what they seem; the renderer prints a warning line for each. Reports of different scales or editions are refused
/// by <see cref="ReviewComparison.Compare"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record ReviewComparisonResult
{
    /// <summary>The earlier report.</summary>
    public required FidelityReport Before { get; init; }

    /// <summary>The later report.</summary>
    public required FidelityReport After { get; init; }

    /// <summary>The scale definition of the later report (names, anchors and labels for display).</summary>
    public ScaleDefinition Scale => After.Scale;

    /// <summary>Whether both reports carry the same programme label.</summary>
    public bool SameProgramme => string.Equals(Before.ProgrammeLabel, After.ProgrammeLabel, StringComparison.Ordinal);

    /// <summary>Whether both reports were scored with the same definition revision.</summary>
    public bool SameRevision => string.Equals(Before.Revision, After.Revision, StringComparison.Ordinal);

    /// <summary>Whether the later review is not dated before the earlier one.</summary>
    public bool InOrder => After.ReviewDate >= Before.ReviewDate;

    /// <summary>Days from the earlier review date to the later one (negative when out of order).</summary>
    public int DaysBetween => NodaTime.Period.Between(Before.ReviewDate, After.ReviewDate, NodaTime.PeriodUnits.Days).Days;

    /// <summary>Every item, in item order.</summary>
    public ImmutableArray<ItemChange> Items { get => items; init => items = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ItemChange> items = [];

    /// <summary>The sections, in section order.</summary>
    public ImmutableArray<SummaryChange> Sections { get => sections; init => sections = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<SummaryChange> sections = [];

    /// <summary>The total.</summary>
    public required SummaryChange Total { get; init; }

    /// <summary>The level before, or null when it was undetermined.</summary>
    public LevelDefinition? LevelBefore => Before.Level;

    /// <summary>The level after, or null when it is undetermined.</summary>
    public LevelDefinition? LevelAfter => After.Level;

    /// <summary>Up (a level with higher totals), down, unchanged, or not comparable (undetermined in either review).</summary>
    public ChangeDirection LevelDirection => (LevelBefore, LevelAfter) switch
    {
        (null, _) or (_, null) => ChangeDirection.NotComparable,
        var (b, a) when string.Equals(b.Id, a.Id, StringComparison.Ordinal) => ChangeDirection.Unchanged,
        var (b, a) => a.MinTotal > b.MinTotal ? ChangeDirection.Up : ChangeDirection.Down,
    };

    /// <summary>The facts whose values differ, in item order, programme facts before specialists, then by fact order.</summary>
    public ImmutableArray<FactChange> Facts { get => facts; init => facts = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactChange> facts = [];

    /// <summary>Items rated in both whose score went up.</summary>
    public ImmutableArray<ItemChange> CrossedUp => [.. Items.Where(static i => i.Direction == ChangeDirection.Up)];

    /// <summary>Items rated in both whose score went down.</summary>
    public ImmutableArray<ItemChange> CrossedDown => [.. Items.Where(static i => i.Direction == ChangeDirection.Down)];

    /// <summary>Items whose status (rated, not rated, invalid) changed.</summary>
    public ImmutableArray<ItemChange> StatusChanges => [.. Items.Where(static i => i.StatusChanged)];
}
