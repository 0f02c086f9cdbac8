using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>The generic rule kinds every item's rule is built from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleKind>))]
public enum RuleKind
{
    /// <summary>Numeric bands over a value; with a shared boundary the lower score wins.</summary>
    [JsonStringEnumMemberName("bands")]
    Bands = 0,

    /// <summary>Discrete anchor points: the closest point wins, an exact tie takes the lower score.</summary>
    [JsonStringEnumMemberName("nearestAnchor")]
    NearestAnchor = 1,

    /// <summary>The number of checklist elements present, mapped to a score.</summary>
    [JsonStringEnumMemberName("elementCount")]
    ElementCount = 2,

    /// <summary>The observed practice (level id) mapped to a score.</summary>
    [JsonStringEnumMemberName("observedLevel")]
    ObservedLevel = 3,

    /// <summary>Ordered cases; the first whose condition holds decides.</summary>
    [JsonStringEnumMemberName("decisionList")]
    DecisionList = 4,
}

/// <summary>How a value is rounded before it is compared with bands (policy 1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Rounding>))]
public enum Rounding
{
    /// <summary>The value is compared as it is.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>The value is first rounded to a whole number, halves away from zero (64.5 → 65).</summary>
    [JsonStringEnumMemberName("wholeNumberHalfAwayFromZero")]
    WholeNumberHalfAwayFromZero = 1,
}

/// <summary>A rule: one of the generic <see cref="RuleKind"/>s with its parameters.</summary>
/// <remarks>
/// One flat record rather than a class hierarchy, so the definition stays plain data (JSON-friendly, no
/// polymorphism): <see cref="Kind"/> says which members are used. The validator checks that they are present.
/// </remarks>
public sealed record RuleDefinition
{
    /// <summary>The kind of rule.</summary>
    public RuleKind Kind { get; init; }

    /// <summary>For <see cref="RuleKind.Bands"/> and <see cref="RuleKind.NearestAnchor"/>: the value scored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValueDefinition? Value { get; init; }

    /// <summary>For <see cref="RuleKind.Bands"/>: rounding before comparison.</summary>
    public Rounding Rounding { get; init; }

    /// <summary>For <see cref="RuleKind.Bands"/>: the bands; together they cover the value's whole domain.</summary>
    public ImmutableArray<BandDefinition> Bands { get => bands; init => bands = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<BandDefinition> bands = [];

    /// <summary>For <see cref="RuleKind.NearestAnchor"/>: the anchor points.</summary>
    public ImmutableArray<AnchorPointDefinition> Points { get => points; init => points = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<AnchorPointDefinition> points = [];

    /// <summary>For <see cref="RuleKind.ElementCount"/> and <see cref="RuleKind.ObservedLevel"/>: the fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Fact { get; init; }

    /// <summary>For <see cref="RuleKind.ElementCount"/>: count ranges to scores, covering 0 to the number of elements.</summary>
    public ImmutableArray<CountScoreDefinition> Map { get => map; init => map = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<CountScoreDefinition> map = [];

    /// <summary>For <see cref="RuleKind.ObservedLevel"/>: each level id to its score (several levels may share a score).</summary>
    public ImmutableArray<LevelScoreDefinition> Levels { get => levels; init => levels = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<LevelScoreDefinition> levels = [];

    /// <summary>For <see cref="RuleKind.DecisionList"/>: the cases in order.</summary>
    public ImmutableArray<CaseDefinition> Cases { get => cases; init => cases = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<CaseDefinition> cases = [];

    /// <summary>For <see cref="RuleKind.DecisionList"/>: the outcome when no case matches.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OutcomeDefinition? Otherwise { get; init; }
}

/// <summary>A numeric band: a range of values and its score.</summary>
/// <remarks>Bounds are inclusive unless the exclusive flags are set; a missing bound is unbounded.</remarks>
public sealed record BandDefinition
{
    /// <summary>The lower bound, or null for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    /// <summary>Whether <see cref="Min"/> itself is outside the band.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MinExclusive { get; init; }

    /// <summary>The upper bound, or null for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    /// <summary>Whether <see cref="Max"/> itself is outside the band.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MaxExclusive { get; init; }

    /// <summary>The score for values in the band.</summary>
    public int Score { get; init; }

    /// <summary>Whether <paramref name="value"/> lies in the band.</summary>
    /// <param name="value">The (rounded) value.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(double value) =>
        (Min is not { } min || (MinExclusive ? value > min : value >= min))
        && (Max is not { } max || (MaxExclusive ? value < max : value <= max));
}

/// <summary>A discrete anchor point for <see cref="RuleKind.NearestAnchor"/>.</summary>
public sealed record AnchorPointDefinition
{
    /// <summary>The anchor's value.</summary>
    public double Value { get; init; }

    /// <summary>The score when this point is the closest.</summary>
    public int Score { get; init; }
}

/// <summary>A range of element counts and its score (inclusive).</summary>
public sealed record CountScoreDefinition
{
    /// <summary>The lowest count (inclusive).</summary>
    public int Min { get; init; }

    /// <summary>The highest count (inclusive).</summary>
    public int Max { get; init; }

    /// <summary>The score.</summary>
    public int Score { get; init; }
}

/// <summary>An observed practice and its score.</summary>
public sealed record LevelScoreDefinition
{
    /// <summary>The level id.</summary>
    public required string Level { get; init; }

    /// <summary>The score.</summary>
    public int Score { get; init; }
}

/// <summary>One case of a decision list: when the condition holds, the outcome decides.</summary>
public sealed record CaseDefinition
{
    /// <summary>The condition.</summary>
    public required ConditionDefinition When { get; init; }

    /// <summary>The outcome.</summary>
    public required OutcomeDefinition Then { get; init; }
}

/// <summary>What a decision-list case yields: a score, "not rated" with a reason, or another rule.</summary>
/// <remarks>Exactly one member is set.</remarks>
public sealed record OutcomeDefinition
{
    /// <summary>A fixed score.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Score { get; init; }

    /// <summary>The item is not rated, for this reason.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? NotRated { get; init; }

    /// <summary>Another rule decides.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RuleDefinition? Rule { get; init; }
}
