using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>What a modifier does to the base rule's score.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModifierKind>))]
public enum ModifierKind
{
    /// <summary>The score is at most <see cref="ModifierDefinition.Score"/>.</summary>
    [JsonStringEnumMemberName("cap")]
    Cap = 0,

    /// <summary>The score is at least <see cref="ModifierDefinition.Score"/>.</summary>
    [JsonStringEnumMemberName("raise")]
    Raise = 1,

    /// <summary>The score is exactly <see cref="ModifierDefinition.Score"/>.</summary>
    [JsonStringEnumMemberName("fix")]
    Fix = 2,
}

/// <summary>A modifier applied after the base rule, when its condition holds.</summary>
public sealed record ModifierDefinition
{
    /// <summary>What the modifier does.</summary>
    public ModifierKind Kind { get; init; }

    /// <summary>When it applies.</summary>
    public required ConditionDefinition When { get; init; }

    /// <summary>The limit or fixed score.</summary>
    public int Score { get; init; }

    /// <summary>Why, in words (shown in the item's explanation).</summary>
    public LocalizedText Reason { get => reason; init => reason = value ?? new(); }

    private readonly LocalizedText reason = new();
}

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
