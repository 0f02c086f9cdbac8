using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>A consistency check across an item's facts (e.g. distinct employers ≤ jobs held).</summary>
public sealed record ConstraintDefinition
{
    /// <summary>The stable error code reported when the check fails (e.g. <c>Ratio.DistinctEmployersExceedJobsHeld</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The condition the facts must meet.</summary>
    public required ConditionDefinition Require { get; init; }

    /// <summary>The rule in words.</summary>
    public LocalizedText Message { get => message; init => message = value ?? new(); }

    private readonly LocalizedText message = new();
}
