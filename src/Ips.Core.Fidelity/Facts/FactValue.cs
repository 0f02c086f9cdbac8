using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>One recorded value: a number, a count, a set of elements, a level or a flag.</summary>
/// <remarks>
/// <para>
/// A small immutable value: <see cref="Kind"/> says which member is meaningful; the others are null (or, for
/// <see cref="Elements"/>, the default array). The JSON shape is <c>{"kind":"count","number":10}</c>,
/// <c>{"kind":"elements","elements":["a","b"]}</c>, <c>{"kind":"level","level":"weekly"}</c>,
/// <c>{"kind":"flag","flag":true}</c>.
/// </para>
/// <para>
/// Values are not checked on construction: any value can be recorded, and the engine reports what is wrong with it
/// against the fact's declared domain (NaN, a negative count, 101 %, an unknown element) instead of throwing.
/// </para>
/// </remarks>
public readonly record struct FactValue
{
    // A narrow layout (24 bytes, was 40): a review holds about a hundred facts, so their size is much of the memory
    // the engine walks. `reference` is the level (a string), the elements' array (a string[]) or, when a value has
    // both set, a LevelAndElements; `number` counts only when the HasNumber bit is set (else 0), so the
    // record's field-wise equality is the same as comparing the public members.
    private const int HasNumber = 1;
    private const int HasFlag = 2;
    private const int FlagTrue = 4;

    private readonly object? reference;
    private readonly double number;
    private readonly FactKind kind;
    private readonly byte presence;

    /// <summary>Which member carries the value.</summary>
    public FactKind Kind { get => kind; init => kind = value; }

    /// <summary>The number for <see cref="FactKind.Number"/> and <see cref="FactKind.Count"/>; otherwise null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Number
    {
        get => (presence & HasNumber) != 0 ? number : null;
        init
        {
            number = value ?? 0;
            presence = (byte)(value is null ? presence & ~HasNumber : presence | HasNumber);
        }
    }

    /// <summary>The element ids for <see cref="FactKind.Elements"/>; otherwise the default (empty) array.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<string> Elements
    {
        get => reference switch
        {
            string[] array => ImmutableCollectionsMarshal.AsImmutableArray(array),
            LevelAndElements both => both.Elements,
            _ => default,
        };
        init => reference = Combine(value, Level);
    }

    /// <summary>The level id for <see cref="FactKind.Level"/>; otherwise null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level
    {
        get => reference switch
        {
            string level => level,
            LevelAndElements both => both.Level,
            _ => null,
        };
        init => reference = Combine(Elements, value);
    }

    /// <summary>The answer for <see cref="FactKind.Flag"/>; otherwise null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Flag
    {
        get => (presence & HasFlag) != 0 ? (presence & FlagTrue) != 0 : null;
        init => presence = (byte)((presence & HasNumber) | (value switch { true => HasFlag | FlagTrue, false => HasFlag, null => 0 }));
    }

    /// <summary>A real number (percent, days, FTE, a rate).</summary>
    /// <param name="value">The number; out-of-domain values are reported by the engine, not rejected here.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromNumber(double value) => new() { Kind = FactKind.Number, Number = value };

    /// <summary>A count of things.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromCount(long value) => new() { Kind = FactKind.Count, Number = value };

    /// <summary>A set of elements present.</summary>
    /// <param name="elementIds">The ids of the elements present.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromElements(params IEnumerable<string> elementIds)
    {
        ArgumentNullException.ThrowIfNull(elementIds);
        return new() { Kind = FactKind.Elements, Elements = [.. elementIds] };
    }

    /// <summary>The practice observed.</summary>
    /// <param name="levelId">The level id.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromLevel(string levelId)
    {
        ArgumentNullException.ThrowIfNull(levelId);
        return new() { Kind = FactKind.Level, Level = levelId };
    }

    /// <summary>A yes/no observation.</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The fact value.</returns>
    public static FactValue FromFlag(bool value) => new() { Kind = FactKind.Flag, Flag = value };

    /// <summary>Culture-invariant text of the value as given, for messages (<c>10</c>, <c>64.5</c>, <c>[a, b]</c>, <c>weekly</c>, <c>true</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        FactKind.Number or FactKind.Count => Number is { } n ? Ips.Core.Fidelity.Localization.FidelityNumberFormat.FormatInvariant(n) : "(no number)",
        FactKind.Elements => Elements.IsDefault ? "[]" : "[" + string.Join(", ", Elements) + "]",
        FactKind.Level => Level ?? "(no level)",
        FactKind.Flag => Flag switch { true => "true", false => "false", null => "(no flag)" },
        _ => "(unknown kind)",
    };

    /// <summary>One reference for both members; each combination has one representation, so equality is field-wise.</summary>
    private static object? Combine(ImmutableArray<string> elements, string? level) =>
        elements.IsDefault ? level
        : level is null ? ImmutableCollectionsMarshal.AsArray(elements)
        : new LevelAndElements(level, elements);

    /// <summary>A value with both a level and elements set (never built by this library; kept for exactness).</summary>
    private sealed record LevelAndElements(string Level, ImmutableArray<string> Elements);
}
