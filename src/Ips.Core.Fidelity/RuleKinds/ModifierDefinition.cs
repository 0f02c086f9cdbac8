using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

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
