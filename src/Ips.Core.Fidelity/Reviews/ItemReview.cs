using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>What the reviewers recorded for one item: the data sources used, the evidence, the justification, each reviewer's rating and the consensus.</summary>
/// <remarks>
/// <para>
/// <see cref="Consensus"/> is the score the reviewers agreed on together, recorded as they agreed it; it is never
/// computed from <see cref="Ratings"/> (no averaging). When the ratings differ, a consensus is required
/// (<see cref="ReviewRecordErrorCodes.ConsensusMissing"/>).
/// </para>
/// <para>Immutable; checked as part of a <see cref="ReviewRecord"/> by <see cref="ReviewRecordValidator"/>.</para>
/// </remarks>
public sealed record ItemReview
{
    /// <summary>The item number.</summary>
    public required int Item { get; init; }

    /// <summary>The data sources actually used for this item (codes MIS, DOC, INT, OBS, ISP in JSON), normally among those the item declares.</summary>
    public ImmutableArray<DataSource> Sources { get => sources; init => sources = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<DataSource> sources = [];

    /// <summary>The evidence notes: what the reviewers saw, read and heard (no participant identities).</summary>
    public ImmutableArray<string> Evidence { get => evidence; init => evidence = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<string> evidence = [];

    /// <summary>Why the item got its rating, in the reviewers' words; null when not written.</summary>
    public string? Justification { get; init; }

    /// <summary>Each reviewer's own rating, at most one per reviewer.</summary>
    public ImmutableArray<ReviewerRating> Ratings { get => ratings; init => ratings = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ReviewerRating> ratings = [];

    /// <summary>The consensus score the reviewers recorded; null when they recorded none (the item is then not rated by consensus).</summary>
    public int? Consensus { get; init; }

    /// <summary>The rating of reviewer <paramref name="reviewerId"/>, or null.</summary>
    /// <param name="reviewerId">A reviewer id.</param>
    /// <returns>The score the reviewer gave, or null when they gave none.</returns>
    public int? RatingOf(string reviewerId)
    {
        foreach (var rating in Ratings)
        {
            if (rating is not null && string.Equals(rating.Reviewer, reviewerId, StringComparison.Ordinal))
            {
                return rating.Score;
            }
        }

        return null;
    }
}
