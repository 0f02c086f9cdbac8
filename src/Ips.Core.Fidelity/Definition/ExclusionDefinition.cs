using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>For per-specialist items: which specialists are left out of the average, and why.</summary>
public sealed record ExclusionDefinition
{
    /// <summary>A specialist (or the programme) is left out when this holds.</summary>
    public required ConditionDefinition When { get; init; }

    /// <summary>Why, in words.</summary>
    public LocalizedText Reason { get => reason; init => reason = value ?? new(); }

    private readonly LocalizedText reason = new();

    /// <summary>Why the item is not rated when everyone is left out.</summary>
    public LocalizedText AllExcludedReason { get => allExcludedReason; init => allExcludedReason = value ?? new(); }

    private readonly LocalizedText allExcludedReason = new();
}
