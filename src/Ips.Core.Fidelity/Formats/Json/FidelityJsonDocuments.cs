using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using NodaTime;

namespace Ips.Core.Fidelity.Formats.Json;

// The JSON documents, as plain data the source generator reads and writes; FidelityJson maps them to and from the
// library's types. Property order here is the order in the JSON.

/// <summary>A review's facts: <c>{"schemaVersion": 1, "programme": …, "reviewDate": …, "items": […]}</c>.</summary>
internal sealed class FactsDocument
{
    public int SchemaVersion { get; set; }

    public required string Programme { get; set; }

    public required LocalDate ReviewDate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateInterval? ReviewPeriod { get; set; }

    public List<ItemFactsDocument?> Items { get; set; } = [];
}

/// <summary>One item's facts: <c>{"item": 1, "facts": {…}}</c> or <c>{"item": 17, "specialists": […]}</c>.</summary>
internal sealed class ItemFactsDocument
{
    public required int Item { get; set; }

    [JsonConverter(typeof(FactMapJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<FactEntry> Facts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<SpecialistFactsDocument?>? Specialists { get; set; }
}

/// <summary>One specialist's facts: <c>{"label": "ES-A", "facts": {…}}</c>.</summary>
internal sealed class SpecialistFactsDocument
{
    public required string Label { get; set; }

    [JsonConverter(typeof(FactMapJsonConverter))]
    public ImmutableArray<FactEntry> Facts { get; set; }
}

/// <summary>A scored report with its stamps and texts in the language it was written in.</summary>
internal sealed class ReportDocument
{
    public int SchemaVersion { get; set; }

    public required string ScaleId { get; set; }

    public required string Edition { get; set; }

    public required string Revision { get; set; }

    public required string EngineVersion { get; set; }

    public required ReportLanguage Language { get; set; }

    public required string Programme { get; set; }

    public required LocalDate ReviewDate { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateInterval? ReviewPeriod { get; set; }

    public required ScoreSummaryDocument Total { get; set; }

    public required LevelDocument? Level { get; set; }

    public required List<SectionDocument?> Sections { get; set; }

    public required List<ItemResultDocument?> Items { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ErrorDocument?>? InputErrors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<WarningDocument?>? Warnings { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<PolicyDocument?>? Policies { get; set; }
}

/// <summary>A <see cref="ScoreSummary"/>.</summary>
internal sealed class ScoreSummaryDocument
{
    public required int RatedSum { get; set; }

    public required int RatedCount { get; set; }

    public required int ItemCount { get; set; }

    public required int LowestPossible { get; set; }

    public required int HighestPossible { get; set; }
}

/// <summary>The level reached: id (re-attached on reading), and the name and range for display.</summary>
internal sealed class LevelDocument
{
    public required string Id { get; set; }

    public string? Name { get; set; }

    public int MinTotal { get; set; }

    public int MaxTotal { get; set; }
}

/// <summary>A section subtotal.</summary>
internal sealed class SectionDocument
{
    public required string Section { get; set; }

    public string? Name { get; set; }

    public required ScoreSummaryDocument Summary { get; set; }
}

/// <summary>One item's result; <c>name</c>, <c>anchor</c>, <c>nextAnchor</c> and <c>explanation</c> are for display and ignored on reading.</summary>
internal sealed class ItemResultDocument
{
    public required int Item { get; set; }

    public string? Section { get; set; }

    public string? Name { get; set; }

    public required ItemStatus Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Score { get; set; }

    public required ScoringPath Path { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MeasuredValue { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Anchor { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnchorDocument? NextAnchor { get; set; }

    [JsonConverter(typeof(FactMapJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<FactEntry> Facts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<SpecialistResultDocument?>? Specialists { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Ips.Core.Fidelity.Definition.SpecialistCombination? Combination { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ModifierDocument?>? Modifiers { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? MissingFacts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? DeterminedWithout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreRangeDocument? PossibleScores { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NotRatedReason { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ErrorDocument?>? Errors { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExplanationDocument? Explanation { get; set; }
}

/// <summary>An anchor for display: score and text.</summary>
internal sealed class AnchorDocument
{
    public int Score { get; set; }

    public string? Text { get; set; }
}

/// <summary>One specialist's result.</summary>
internal sealed class SpecialistResultDocument
{
    public required string Label { get; set; }

    public required ItemStatus Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Score { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Excluded { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? MeasuredValue { get; set; }

    [JsonConverter(typeof(FactMapJsonConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<FactEntry> Facts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? MissingFacts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? DeterminedWithout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreRangeDocument? PossibleScores { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ModifierDocument?>? Modifiers { get; set; }
}

/// <summary>The scores a not-rated result can still take (policy 4): lowest and highest, inclusive.</summary>
internal sealed class ScoreRangeDocument
{
    public int Min { get; set; }

    public int Max { get; set; }
}

/// <summary>A modifier that changed a score; the reason is re-attached from the definition by index.</summary>
internal sealed class ModifierDocument
{
    public required int Index { get; set; }

    public required int ScoreBefore { get; set; }

    public required int ScoreAfter { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A <see cref="FactError"/>.</summary>
internal sealed class ErrorDocument
{
    public required string Code { get; set; }

    public required int Item { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FactId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Specialist { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Value { get; set; }

    public required string Rule { get; set; }

    public required string Message { get; set; }
}

/// <summary>A plausibility warning; its message in the document's language (the definition's own is re-attached by code on reading).</summary>
internal sealed class WarningDocument
{
    public required string Code { get; set; }

    public required int Item { get; set; }

    public required string FactId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Specialist { get; set; }

    public required double Value { get; set; }

    public required double Limit { get; set; }

    public required string Path { get; set; }

    public string? Message { get; set; }
}

/// <summary>A policy for display (the definition's own policies are used on reading).</summary>
internal sealed class PolicyDocument
{
    public string? Id { get; set; }

    public string? Text { get; set; }
}

/// <summary>An <see cref="ItemExplanation"/> for display (recomputed on reading).</summary>
internal sealed class ExplanationDocument
{
    public string? Heading { get; set; }

    public string? Status { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NextStep { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Modifiers { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Specialists { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Facts { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NotRated { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DeterminedWithout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Errors { get; set; }
}
