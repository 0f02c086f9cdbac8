using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>A recommendation of the review, with the actions the programme plans for it (together, the action plan).</summary>
/// <remarks>Immutable.</remarks>
public sealed record Recommendation
{
    /// <summary>The item the recommendation is about, or null for the programme as a whole.</summary>
    public int? Item { get; init; }

    /// <summary>The recommendation, in the reviewers' words.</summary>
    public required string Text { get; init; }

    /// <summary>How urgent it is.</summary>
    public RecommendationPriority Priority { get; init; }

    /// <summary>The planned actions (may be empty until the programme has made its plan).</summary>
    public ImmutableArray<PlannedAction> Actions { get => actions; init => actions = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<PlannedAction> actions = [];
}
