using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>The forms a condition takes.</summary>
public enum ConditionKind
{
    /// <summary>The condition is malformed (no form, or more than one).</summary>
    Invalid = 0,

    /// <summary>A comparison of two values (<see cref="ConditionDefinition.Value"/> op <see cref="ConditionDefinition.Than"/>).</summary>
    Compare = 1,

    /// <summary>A test on an observed level (at least, at most, equals).</summary>
    Level = 2,

    /// <summary>A test on a flag.</summary>
    Flag = 3,

    /// <summary>All sub-conditions hold.</summary>
    All = 4,

    /// <summary>At least one sub-condition holds.</summary>
    Any = 5,

    /// <summary>The sub-condition does not hold.</summary>
    Not = 6,
}

/// <summary>Comparison operators.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComparisonOperator>))]
public enum ComparisonOperator
{
    /// <summary>Less than.</summary>
    [JsonStringEnumMemberName("lt")]
    LessThan = 0,

    /// <summary>Less than or equal.</summary>
    [JsonStringEnumMemberName("le")]
    LessThanOrEqual = 1,

    /// <summary>Equal.</summary>
    [JsonStringEnumMemberName("eq")]
    Equal = 2,

    /// <summary>Not equal.</summary>
    [JsonStringEnumMemberName("ne")]
    NotEqual = 3,

    /// <summary>Greater than or equal.</summary>
    [JsonStringEnumMemberName("ge")]
    GreaterThanOrEqual = 4,

    /// <summary>Greater than.</summary>
    [JsonStringEnumMemberName("gt")]
    GreaterThan = 5,
}

/// <summary>A condition over an item's facts, as data.</summary>
/// <remarks>
/// <para>Exactly one form is used:</para>
/// <list type="bullet">
/// <item><c>{"value": {…}, "op": "lt", "than": {…}}</c> — compare two values (facts, fact × factor, ratios, element counts, constants);</item>
/// <item><c>{"level": "factId", "atLeast": "monthly"}</c> (or <c>atMost</c>, <c>equals</c>) — the observed practice;</item>
/// <item><c>{"flag": "factId", "is": true}</c>;</item>
/// <item><c>{"all": […]}</c>, <c>{"any": […]}</c>, <c>{"not": {…}}</c>.</item>
/// </list>
/// <para>
/// Conditions are three-valued: a condition that needs a missing fact is unknown; <c>all</c> is false as soon as one
/// part is false and <c>any</c> true as soon as one part is true (Kleene logic). A decision list that meets an
/// unknown case cannot decide, and the item is not rated with the missing facts named.
/// </para>
/// </remarks>
public sealed record ConditionDefinition
{
    /// <summary>Compare: the left value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValueDefinition? Value { get; init; }

    /// <summary>Compare: the operator.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ComparisonOperator? Op { get; init; }

    /// <summary>Compare: the right value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValueDefinition? Than { get; init; }

    /// <summary>Level test: the level fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; init; }

    /// <summary>Level test: holds when the observed level is this one or a later one in the fact's order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AtLeast { get; init; }

    /// <summary>Level test: holds when the observed level is this one or an earlier one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AtMost { get; init; }

    /// <summary>Level test: holds when the observed level is exactly this one.</summary>
    [JsonPropertyName("equals")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EqualTo { get; init; }

    /// <summary>Flag test: the flag fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Flag { get; init; }

    /// <summary>Flag test: the answer that makes the condition hold.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Is { get; init; }

    /// <summary>All of these hold.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<ConditionDefinition> All { get; init; }

    /// <summary>At least one of these holds.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<ConditionDefinition> Any { get; init; }

    /// <summary>This does not hold.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConditionDefinition? Not { get; init; }

    /// <summary>Which form the condition takes (<see cref="ConditionKind.Invalid"/> when none or several are used).</summary>
    [JsonIgnore]
    public ConditionKind Kind
    {
        get
        {
            var forms = 0;
            var kind = ConditionKind.Invalid;
            if (Value is not null || Op is not null || Than is not null)
            {
                forms++;
                kind = ConditionKind.Compare;
            }

            if (Level is not null || AtLeast is not null || AtMost is not null || EqualTo is not null)
            {
                forms++;
                kind = ConditionKind.Level;
            }

            if (Flag is not null || Is is not null)
            {
                forms++;
                kind = ConditionKind.Flag;
            }

            if (!All.IsDefault)
            {
                forms++;
                kind = ConditionKind.All;
            }

            if (!Any.IsDefault)
            {
                forms++;
                kind = ConditionKind.Any;
            }

            if (Not is not null)
            {
                forms++;
                kind = ConditionKind.Not;
            }

            return forms == 1 ? kind : ConditionKind.Invalid;
        }
    }
}

/// <summary>A numeric value in a rule: a fact (optionally × factor), a ratio of two facts × factor, an element count, or a constant.</summary>
/// <remarks>
/// <para>Exactly one of <see cref="Fact"/>, <see cref="Numerator"/>/<see cref="Denominator"/>, <see cref="CountOf"/> and <see cref="Constant"/> is set.</para>
/// <para>
/// A ratio is computed as numerator × factor ÷ denominator (multiplying first keeps 129 × 100 ÷ 200 exactly 64.5).
/// A zero denominator makes the value undefined and the item not rated. <see cref="Min"/>/<see cref="Max"/> state the
/// derived value's domain for the validator's band-coverage check (a ratio is otherwise taken as 0 to unbounded).
/// </para>
/// </remarks>
public sealed record ValueDefinition
{
    /// <summary>A number or count fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Fact { get; init; }

    /// <summary>Ratio: the numerator fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Numerator { get; init; }

    /// <summary>Ratio: the denominator fact id.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Denominator { get; init; }

    /// <summary>An elements fact id whose count of present elements is the value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CountOf { get; init; }

    /// <summary>A constant.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Constant { get; init; }

    /// <summary>A multiplier for a fact or a ratio (1 when absent).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Factor { get; init; }

    /// <summary>The lowest value the derived value can take (for coverage checks), if stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    /// <summary>The highest value the derived value can take (for coverage checks), if stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }
}
