using System.Runtime.InteropServices;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>One item's score and status, without explanation (see <see cref="FidelityEngine.ScoreOnly(Facts.ReviewFacts, Span{ItemScore})"/>).</summary>
/// <remarks>The same status and score as <see cref="ItemResult.Status"/> and <see cref="ItemResult.Score"/> for the same facts.</remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct ItemScore
{
    private readonly int score;
    private readonly byte status;
    private readonly bool rated;

    // The scores a not-rated item can still take (policy 4), when narrower than its range; both 0 for "its whole range".
    private readonly byte possibleLow;
    private readonly byte possibleHigh;

    /// <summary>Creates an item score.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="status">Rated, not rated or invalid.</param>
    /// <param name="score">The score when rated; null otherwise.</param>
    public ItemScore(int item, ItemStatus status, int? score)
    {
        Item = item;
        this.status = (byte)status;
        rated = score.HasValue;
        this.score = score.GetValueOrDefault();
    }

    /// <summary>A not-rated item that can still take only <paramref name="low"/>–<paramref name="high"/> (scores are at most <see cref="ScoreRange.Limit"/>, so a byte holds them).</summary>
    internal ItemScore(int item, int low, int high)
        : this(item, ItemStatus.NotRated, null)
    {
        possibleLow = (byte)low;
        possibleHigh = (byte)high;
    }

    /// <summary>Whether <see cref="PossibleLow"/> and <see cref="PossibleHigh"/> narrow the item's range.</summary>
    internal bool HasPossibleRange => possibleHigh != 0;

    /// <summary>The lowest score a not-rated item can still take, when <see cref="HasPossibleRange"/>.</summary>
    internal int PossibleLow => possibleLow;

    /// <summary>The highest score a not-rated item can still take, when <see cref="HasPossibleRange"/>.</summary>
    internal int PossibleHigh => possibleHigh;

    /// <summary>The item number.</summary>
    public int Item { get; }

    /// <summary>Rated, not rated, or invalid.</summary>
    public ItemStatus Status => (ItemStatus)status;

    /// <summary>The score (in the item's range), when rated.</summary>
    public int? Score => rated ? score : null;

    /// <summary>Whether the item has a score.</summary>
    public bool IsRated => rated && Status == ItemStatus.Rated;
}

/// <summary>The scores-only summary of one review: the totals, the possible range and the level (no item texts, no allocation).</summary>
/// <remarks>
/// Equal, member for member, to the report's <see cref="FidelityReport.Total"/> and <see cref="FidelityReport.Level"/>
/// for the same facts.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct ReviewScores
{
    /// <summary>The sum of rated items' scores.</summary>
    public int RatedSum { get; init; }

    /// <summary>How many items were rated.</summary>
    public int RatedCount { get; init; }

    /// <summary>How many items the scale has.</summary>
    public int ItemCount { get; init; }

    /// <summary>The lowest total still possible (each unrated item at the lowest score it can still take).</summary>
    public int LowestPossible { get; init; }

    /// <summary>The highest total still possible (each unrated item at the highest score it can still take).</summary>
    public int HighestPossible { get; init; }

    /// <summary>The fidelity level, or null when the unrated items could still change it.</summary>
    public LevelDefinition? Level { get; init; }

    /// <summary>The level id (e.g. <c>good</c>), or null.</summary>
    public string? LevelId => Level?.Id;

    /// <summary>Whether every item was rated.</summary>
    public bool IsComplete => RatedCount == ItemCount;
}
