using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>One item of the scale: what is recorded (facts), how it is scored (rule, modifiers), and the anchors.</summary>
public sealed record ItemDefinition
{
    /// <summary>The item number (1 to the number of items).</summary>
    public int Number { get; init; }

    /// <summary>The id of the section the item belongs to.</summary>
    public required string Section { get; init; }

    /// <summary>
    /// The C# name of the item's typed fact record, without the <c>Facts</c> suffix (e.g. <c>CaseloadSize</c> →
    /// <c>CaseloadSizeFacts</c>), for the Ips.Core.Fidelity source generator; optional, and a C# identifier when given.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CodeName { get; init; }

    /// <summary>The item's name.</summary>
    public LocalizedText Name { get => name; init => name = value ?? new(); }

    private readonly LocalizedText name = new();

    /// <summary>Where reviewers find the evidence.</summary>
    public ImmutableArray<DataSource> DataSources { get => dataSources; init => dataSources = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<DataSource> dataSources = [];

    /// <summary>Whether the manual rates this item per employment specialist (policy 2).</summary>
    public bool PerSpecialist { get; init; }

    /// <summary>The item's own score range, when it differs from the scale's <see cref="ScaleDefinition.ItemScores"/>; see <see cref="ScaleDefinition.ScoresOf"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreRange? Scores { get; init; }

    /// <summary>The item's own way of combining specialists' scores, when it differs from the scale's <see cref="ScaleDefinition.SpecialistScores"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpecialistCombination? SpecialistScores { get; init; }

    /// <summary>The facts reviewers record for this item.</summary>
    public ImmutableArray<FactDefinition> Facts { get => facts; init => facts = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<FactDefinition> facts = [];

    /// <summary>Checks across facts (e.g. distinct employers ≤ jobs held); a failed check makes the item invalid.</summary>
    public ImmutableArray<ConstraintDefinition> Constraints { get => constraints; init => constraints = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ConstraintDefinition> constraints = [];

    /// <summary>The value shown as "now …" in explanations (e.g. contacts a week), if the item has one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeasureDefinition? Measure { get; init; }

    /// <summary>The base rule.</summary>
    public required RuleDefinition Rule { get; init; }

    /// <summary>Modifiers applied after the base rule, in order (caps and the like).</summary>
    public ImmutableArray<ModifierDefinition> Modifiers { get => modifiers; init => modifiers = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ModifierDefinition> modifiers = [];

    /// <summary>For per-specialist items: which specialists are left out of the average.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExclusionDefinition? Exclude { get; init; }

    /// <summary>The anchors, one per score of the item's range, in score order.</summary>
    public ImmutableArray<AnchorDefinition> Anchors { get => anchors; init => anchors = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<AnchorDefinition> anchors = [];

    /// <summary>The declared fact with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns>The fact definition or null.</returns>
    public FactDefinition? FindFact(string id)
    {
        foreach (var fact in Facts)
        {
            if (string.Equals(fact?.Id, id, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>The anchor for <paramref name="score"/>, or null.</summary>
    /// <param name="score">A score 1–5.</param>
    /// <returns>The anchor or null.</returns>
    public AnchorDefinition? FindAnchor(int score)
    {
        foreach (var anchor in Anchors)
        {
            if (anchor.Score == score)
            {
                return anchor;
            }
        }

        return null;
    }
}

/// <summary>The evidence sources named per item.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DataSource>))]
public enum DataSource
{
    /// <summary>Management information system / agency data.</summary>
    [JsonStringEnumMemberName("MIS")]
    ManagementInformationSystem = 0,

    /// <summary>Document and chart review.</summary>
    [JsonStringEnumMemberName("DOC")]
    DocumentReview = 1,

    /// <summary>Interviews.</summary>
    [JsonStringEnumMemberName("INT")]
    Interview = 2,

    /// <summary>Observation.</summary>
    [JsonStringEnumMemberName("OBS")]
    Observation = 3,

    /// <summary>Individual service plan.</summary>
    [JsonStringEnumMemberName("ISP")]
    IndividualServicePlan = 4,
}

/// <summary>A fact an item declares: its id, kind, domain and labels.</summary>
/// <remarks>
/// Numbers and counts have a domain (<see cref="Min"/>/<see cref="Max"/>, inclusive unless the exclusive flags say
/// otherwise); counts must also be whole and non-negative. Elements and levels list their ids; levels are ordered
/// from the least to the most developed practice, so conditions can say "at least monthly".
/// </remarks>
public sealed record FactDefinition
{
    /// <summary>The fact id (camelCase English), unique within the item.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of value.</summary>
    public FactKind Kind { get; init; }

    /// <summary>
    /// For level and elements facts: the C# name of the enum the source generator makes for the fact, when it is not
    /// simply the PascalCase id (e.g. <c>IpsPhases</c> for <c>phasesPerformed</c>); optional, and a C# identifier when given.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CodeName { get; init; }

    /// <summary>
    /// The fact's column name in the analysis CSVs (e.g. <c>i17_contacts_per_week</c>), when the name derived from the
    /// id by <c>CsvColumnNames</c> would read badly; optional. When given: <c>i</c>, the item number with at least two
    /// digits, <c>_</c>, then only <c>[a-z0-9_]</c>, at most 32 characters, and no other column's name. The derived name
    /// is still read as a deprecated alias.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Column { get; init; }

    /// <summary>The unit, for display (e.g. <c>percent</c>, <c>days</c>, <c>fte</c>), if any.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>The lowest allowed value, if bounded below.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Min { get; init; }

    /// <summary>Whether <see cref="Min"/> itself is excluded (e.g. FTE must be greater than 0).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MinExclusive { get; init; }

    /// <summary>The highest allowed value, if bounded above.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Max { get; init; }

    /// <summary>Whether <see cref="Max"/> itself is excluded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool MaxExclusive { get; init; }

    /// <summary>The fact's label.</summary>
    public LocalizedText Label { get => label; init => label = value ?? new(); }

    private readonly LocalizedText label = new();

    /// <summary>For <see cref="FactKind.Elements"/>: the checklist elements.</summary>
    public ImmutableArray<OptionDefinition> Elements { get => elements; init => elements = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<OptionDefinition> elements = [];

    /// <summary>For <see cref="FactKind.Level"/>: the practices, in order from least to most developed.</summary>
    public ImmutableArray<OptionDefinition> Levels { get => levels; init => levels = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<OptionDefinition> levels = [];

    /// <summary>The position of level <paramref name="id"/> in <see cref="Levels"/>, or -1.</summary>
    /// <param name="id">A level id.</param>
    /// <returns>The index or -1.</returns>
    public int IndexOfLevel(string? id) => IndexOf(Levels, id);

    /// <summary>The position of element <paramref name="id"/> in <see cref="Elements"/>, or -1.</summary>
    /// <param name="id">An element id.</param>
    /// <returns>The index or -1.</returns>
    public int IndexOfElement(string? id) => IndexOf(Elements, id);

    private static int IndexOf(ImmutableArray<OptionDefinition> options, string? id)
    {
        if (id is null)
        {
            return -1;
        }

        for (var i = 0; i < options.Length; i++)
        {
            if (string.Equals(options[i]?.Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A checklist element or a practice level: an id and its label.</summary>
public sealed record OptionDefinition
{
    /// <summary>The id (camelCase English).</summary>
    public required string Id { get; init; }

    /// <summary>The label.</summary>
    public LocalizedText Label { get => label; init => label = value ?? new(); }

    private readonly LocalizedText label = new();
}

/// <summary>An anchor: a score and what it means, in the project's own words.</summary>
public sealed record AnchorDefinition
{
    /// <summary>The score (1–5).</summary>
    public int Score { get; init; }

    /// <summary>The anchor text.</summary>
    public LocalizedText Text { get => text; init => text = value ?? new(); }

    private readonly LocalizedText text = new();
}

/// <summary>The value an item reports as its current measurement, with the unit to print after it.</summary>
public sealed record MeasureDefinition
{
    /// <summary>The value (a fact, a ratio, or a count of elements).</summary>
    public required ValueDefinition Value { get; init; }

    /// <summary>The unit text printed after the number (e.g. "a week", "%").</summary>
    public LocalizedText Unit { get => unit; init => unit = value ?? new(); }

    private readonly LocalizedText unit = new();
}
