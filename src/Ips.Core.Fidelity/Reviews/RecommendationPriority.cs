namespace Ips.Core.Fidelity.Reviews;

/// <summary>How urgent a recommendation is. JSON names: <c>high</c>, <c>medium</c>, <c>low</c>.</summary>
public enum RecommendationPriority
{
    /// <summary>Act first: the gap costs the most fidelity or the most participants.</summary>
    High = 0,

    /// <summary>Act within the period to the next review.</summary>
    Medium = 1,

    /// <summary>Worth doing when the others are in hand.</summary>
    Low = 2,
}
