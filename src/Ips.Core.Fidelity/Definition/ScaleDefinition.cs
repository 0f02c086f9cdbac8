using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>A fidelity scale as data: its items, facts, rules, anchors, levels, policies and UI labels.</summary>
/// <remarks>
/// <para>
/// The IPS-25 scale ships as the embedded resource <c>Ips25/ips-25.v1.json</c> (<c>Ips25Scale.Definition</c> in the IPS-25 pack). Another
/// version or translation is just another JSON document given to <see cref="Load(string)"/>: the engine has no
/// item-specific code. Every document is validated on load by <see cref="ScaleDefinitionValidator"/>; a broken one
/// throws <see cref="ScaleDefinitionException"/> listing every problem.
/// </para>
/// <para>Immutable and thread-safe once loaded.</para>
/// </remarks>
public sealed partial record ScaleDefinition
{
    /// <summary>The scale id, e.g. <c>ips-25</c>.</summary>
    public required string ScaleId { get; init; }

    /// <summary>The edition(s) of the scale the definition follows.</summary>
    public required string Edition { get; init; }

    /// <summary>The edition in words, as reports show it, in every language of the definition; when absent, reports show <see cref="Edition"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? EditionName { get; init; }

    /// <summary>This definition's own revision (e.g. <c>2026.1</c>), stamped on every report.</summary>
    public required string Revision { get; init; }

    /// <summary>The scale's name.</summary>
    public LocalizedText Name { get => name; init => name = value ?? new(); }

    private readonly LocalizedText name = new();

    /// <summary>The languages the texts are written in (at least one); the first is the default. Every text of the definition has all of them.</summary>
    public ImmutableArray<LanguageDefinition> Languages { get => languages; init => languages = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<LanguageDefinition> languages = [];

    /// <summary>The default language: the first one the definition lists (used when a caller names none).</summary>
    /// <exception cref="InvalidOperationException">The definition lists no language (a validated definition always has one).</exception>
    [JsonIgnore]
    public ReportLanguage DefaultLanguage => Languages.IsEmpty || Languages[0] is null
        ? throw new InvalidOperationException("The scale definition '" + ScaleId + "' lists no languages.")
        : Languages[0].Language;

    /// <summary>The score range of every item that states none of its own (e.g. 1–5 for IPS-25).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreRange? ItemScores { get; init; }

    /// <summary>How per-specialist scores combine for every per-specialist item that states no combination of its own.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpecialistCombination? SpecialistScores { get; init; }

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<SectionDefinition> Sections { get => sections; init => sections = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<SectionDefinition> sections = [];

    /// <summary>The fidelity levels by total score.</summary>
    public ImmutableArray<LevelDefinition> Levels { get => levels; init => levels = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<LevelDefinition> levels = [];

    /// <summary>The engine policies this definition is scored under (shown in every report).</summary>
    public ImmutableArray<PolicyDefinition> Policies { get => policies; init => policies = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<PolicyDefinition> policies = [];

    /// <summary>UI strings a renderer needs ("Item", "Score", "Not rated", …), keyed by label id.</summary>
    public ImmutableDictionary<string, LocalizedText> Labels { get => labels; init => labels = value ?? ImmutableDictionary<string, LocalizedText>.Empty; }

    private readonly ImmutableDictionary<string, LocalizedText> labels = ImmutableDictionary<string, LocalizedText>.Empty;

    /// <summary>The items, in number order.</summary>
    public ImmutableArray<ItemDefinition> Items { get => items; init => items = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ItemDefinition> items = [];

    /// <summary>
    /// The plausibility checks: values that are allowed but odd (a percentage given as a fraction, more than 40
    /// employer contacts a week). Each that holds is a warning on the report; warnings never change a score.
    /// </summary>
    public ImmutableArray<WarningDefinition> Warnings { get => warnings; init => warnings = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<WarningDefinition> warnings = [];

    /// <summary>The edition as a report in <paramref name="language"/> shows it: <see cref="EditionName"/> when given, else <see cref="Edition"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string EditionIn(ReportLanguage language) => EditionName is { } text && text.HasText(language) ? text.Get(language) : Edition;

    /// <summary>The plausibility check with code <paramref name="code"/>, or null.</summary>
    /// <param name="code">The warning code.</param>
    /// <returns>The check or null.</returns>
    public WarningDefinition? FindWarning(string? code)
    {
        foreach (var warning in Warnings)
        {
            if (string.Equals(warning?.Code, code, StringComparison.Ordinal))
            {
                return warning;
            }
        }

        return null;
    }

    /// <summary>The lowest possible total: the sum of every item's lowest score.</summary>
    [JsonIgnore]
    public int LowestTotal => SumOfScores(lowest: true);

    /// <summary>The highest possible total: the sum of every item's highest score.</summary>
    [JsonIgnore]
    public int HighestTotal => SumOfScores(lowest: false);

    /// <summary>The score range of <paramref name="item"/>: its own, else the scale's <see cref="ItemScores"/>.</summary>
    /// <param name="item">An item of this definition.</param>
    /// <returns>The range.</returns>
    /// <exception cref="InvalidOperationException">Neither states a range (a validated definition always does).</exception>
    public ScoreRange ScoresOf(ItemDefinition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return FindScores(item)
            ?? throw new InvalidOperationException("Item " + item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of '" + ScaleId + "' has no score range, and the scale states no itemScores.");
    }

    /// <summary>How the specialists' scores of <paramref name="item"/> combine: its own, else the scale's <see cref="SpecialistScores"/>; null when neither states one.</summary>
    /// <param name="item">An item of this definition.</param>
    /// <returns>The combination, or null.</returns>
    public SpecialistCombination? CombinationOf(ItemDefinition item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.SpecialistScores ?? SpecialistScores;
    }

    /// <summary>The item numbered <paramref name="number"/>, or null.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The item definition or null.</returns>
    public ItemDefinition? FindItem(int number)
    {
        foreach (var item in Items)
        {
            if (item?.Number == number)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The section with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The section id.</param>
    /// <returns>The section or null.</returns>
    public SectionDefinition? FindSection(string id)
    {
        foreach (var section in Sections)
        {
            if (string.Equals(section?.Id, id, StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The level whose range contains <paramref name="total"/>, or null.</summary>
    /// <param name="total">A total score.</param>
    /// <returns>The level or null.</returns>
    public LevelDefinition? FindLevel(int total)
    {
        foreach (var level in Levels)
        {
            if (total >= level.MinTotal && total <= level.MaxTotal)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>The declared language <paramref name="language"/>, or null when the definition has no texts in it.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The language definition or null.</returns>
    public LanguageDefinition? FindLanguage(ReportLanguage language)
    {
        foreach (var candidate in Languages)
        {
            if (string.Equals(candidate.Code, language.Code, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Formats <paramref name="value"/> as this definition writes numbers in <paramref name="language"/> (up to two decimals), whatever the thread culture.</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language; one the definition lacks gets the built-in format (Norwegian for <c>nb</c>, else English).</param>
    /// <returns>The formatted number.</returns>
    public string FormatNumber(double value, ReportLanguage language) =>
        value.ToString("#,0.##", FindLanguage(language)?.NumberFormat ?? FidelityNumberFormat.Fallback);

    /// <summary>Whether the definition has texts in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see langword="true"/> when declared.</returns>
    public bool SupportsLanguage(ReportLanguage language) => FindLanguage(language) is not null;

    /// <summary>The language, or an exception naming the languages the definition has.</summary>
    /// <param name="language">The language.</param>
    /// <param name="parameterName">The caller's parameter name, for the exception.</param>
    /// <returns>The language definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The definition has no texts in <paramref name="language"/>.</exception>
    public LanguageDefinition RequireLanguage(ReportLanguage language, string parameterName = "language") =>
        FindLanguage(language) ?? throw new ArgumentOutOfRangeException(parameterName, language.Code, "The scale definition '" + ScaleId + "' has no texts in this language; it has: " + string.Join(", ", LanguageCodes()) + ".");

    /// <summary>The UI label <paramref name="id"/> in <paramref name="language"/>, or the id itself when absent.</summary>
    /// <param name="id">The label id, e.g. <c>notRated</c>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Label(string id, ReportLanguage language) =>
        Labels.TryGetValue(id, out var text) ? text.Get(language) : id;

    /// <summary>The item's own range, else the scale's; null when neither states one (only in a definition that is not valid).</summary>
    internal ScoreRange? FindScores(ItemDefinition item) => item.Scores ?? ItemScores;

    private int SumOfScores(bool lowest)
    {
        var sum = 0;
        foreach (var item in Items)
        {
            if (item is not null && FindScores(item) is { } range)
            {
                sum += lowest ? range.Min : range.Max;
            }
        }

        return sum;
    }

    private IEnumerable<string> LanguageCodes()
    {
        foreach (var language in Languages)
        {
            yield return language.Code;
        }
    }
}

/// <summary>A section of the scale (Staffing, Organisation, Services).</summary>
public sealed record SectionDefinition
{
    /// <summary>The section id, e.g. <c>staffing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The section's name.</summary>
    public LocalizedText Name { get => name; init => name = value ?? new(); }

    private readonly LocalizedText name = new();

    /// <summary>The first item number in the section.</summary>
    public int FirstItem { get; init; }

    /// <summary>The last item number in the section (inclusive).</summary>
    public int LastItem { get; init; }
}

/// <summary>A fidelity level: a range of totals and its name.</summary>
public sealed record LevelDefinition
{
    /// <summary>The level id, e.g. <c>good</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The level's name.</summary>
    public LocalizedText Name { get => name; init => name = value ?? new(); }

    private readonly LocalizedText name = new();

    /// <summary>The lowest total in the level (inclusive).</summary>
    public int MinTotal { get; init; }

    /// <summary>The highest total in the level (inclusive).</summary>
    public int MaxTotal { get; init; }
}

/// <summary>An engine policy (rounding, per-specialist averaging, …) stated in the definition and shown in reports.</summary>
public sealed record PolicyDefinition
{
    /// <summary>The policy id, e.g. <c>roundingToAnchors</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The policy in words.</summary>
    public LocalizedText Text { get => text; init => text = value ?? new(); }

    private readonly LocalizedText text = new();
}
