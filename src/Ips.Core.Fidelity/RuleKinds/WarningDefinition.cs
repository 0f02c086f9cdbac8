using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>The generic plausibility checks a scale can declare (its <c>warnings</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WarningKind>))]
public enum WarningKind
{
    /// <summary>A percentage greater than 0 and at most <see cref="WarningDefinition.Limit"/> (1 unless stated): it looks like a fraction (0.92 for 92 %).</summary>
    [JsonStringEnumMemberName("looksLikeFraction")]
    LooksLikeFraction = 0,

    /// <summary>A value above <see cref="WarningDefinition.Limit"/> (e.g. more than 40 employer contacts a week).</summary>
    [JsonStringEnumMemberName("aboveLimit")]
    AboveLimit = 1,

    /// <summary>A number of days above the length of the review's period (the check is skipped when the review states no period).</summary>
    [JsonStringEnumMemberName("aboveReviewPeriod")]
    AboveReviewPeriod = 2,
}

/// <summary>Which fact sets of an item a plausibility check looks at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WarningScope>))]
public enum WarningScope
{
    /// <summary>Programme facts and every specialist's facts.</summary>
    [JsonStringEnumMemberName("any")]
    Any = 0,

    /// <summary>Programme facts only (e.g. the FTE of a whole team).</summary>
    [JsonStringEnumMemberName("programme")]
    Programme = 1,

    /// <summary>Each specialist's facts only (e.g. the FTE of one specialist, at most 1); the item must be per specialist.</summary>
    [JsonStringEnumMemberName("perSpecialist")]
    PerSpecialist = 2,
}

/// <summary>
/// A plausibility check: values that are allowed but odd, such as a percentage given as a fraction. A check that
/// holds adds a warning to the report and never changes a score.
/// </summary>
/// <remarks>
/// One flat record, like <see cref="RuleDefinition"/>: <see cref="Kind"/> says how the value is judged. The message
/// may name the value and the limit as <c>{value}</c> and <c>{limit}</c>; they are written in the report's language.
/// </remarks>
public sealed record WarningDefinition
{
    /// <summary>The stable warning code (e.g. <c>Warning.PercentLooksLikeFraction</c>), unique in the scale.</summary>
    public required string Code { get; init; }

    /// <summary>How the value is judged.</summary>
    public WarningKind Kind { get; init; }

    /// <summary>The facts the check looks at: number or count facts of the scale's items.</summary>
    public ImmutableArray<WarningFactDefinition> Facts { get => facts; init => facts = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<WarningFactDefinition> facts = [];

    /// <summary>Which fact sets are checked: programme facts, specialists' facts, or both.</summary>
    public WarningScope Scope { get; init; }

    /// <summary>The bound: required for <see cref="WarningKind.AboveLimit"/>; for <see cref="WarningKind.LooksLikeFraction"/> the highest value taken for a fraction (1 when absent); not used by <see cref="WarningKind.AboveReviewPeriod"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Limit { get; init; }

    /// <summary>The warning in words, in every language of the scale.</summary>
    public LocalizedText Message { get => message; init => message = value ?? new(); }

    private readonly LocalizedText message = new();
}

/// <summary>A fact a plausibility check looks at: an item number and one of its fact ids.</summary>
public sealed record WarningFactDefinition
{
    /// <summary>The item number.</summary>
    public int Item { get; init; }

    /// <summary>The fact id, declared on the item as a number or count.</summary>
    public required string Fact { get; init; }
}
