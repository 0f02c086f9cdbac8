using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Small helpers for readable reader errors.</summary>
internal static class FidelityJsonReading
{
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "the token " + token.ToString(),
    };

    public static JsonException Error(string path, string message) => new(message, path, null, null);
}

/// <summary>Maps the JSON documents to and from the library's types; reading checks what the types cannot.</summary>
internal static class FidelityJsonMapping
{
    public static FactsDocument ToDocument(ReviewFacts facts)
    {
        var items = new List<ItemFactsDocument?>(facts.Items.Length);
        foreach (var item in facts.Items)
        {
            if (item is null)
            {
                continue;
            }

            List<SpecialistFactsDocument?>? specialists = null;
            if (!item.Specialists.IsDefaultOrEmpty)
            {
                specialists = [];
                foreach (var specialist in item.Specialists)
                {
                    if (specialist is not null)
                    {
                        specialists.Add(new SpecialistFactsDocument { Label = specialist.Label ?? string.Empty, Facts = specialist.Facts.IsDefault ? [] : specialist.Facts });
                    }
                }
            }

            items.Add(new ItemFactsDocument
            {
                Item = item.Item,
                Facts = item.Programme.IsDefaultOrEmpty ? default : item.Programme,
                Specialists = specialists,
            });
        }

        return new FactsDocument
        {
            SchemaVersion = FidelityJson.SchemaVersion,
            Programme = facts.ProgrammeLabel ?? string.Empty,
            ReviewDate = facts.ReviewDate,
            ReviewPeriod = facts.ReviewPeriod,
            Items = items,
        };
    }

    public static ReviewFacts FromDocument(FactsDocument document)
    {
        var result = ImmutableArray.CreateBuilder<ItemFacts>(document.Items?.Count ?? 0);
        var list = document.Items ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var path = "$.items[" + FidelityJsonReading.Int(i) + "]";
            var item = list[i] ?? throw FidelityJsonReading.Error(path, "An item entry cannot be null; give {\"item\": n, \"facts\": {…}} or {\"item\": n, \"specialists\": […]}.");
            var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>();
            if (item.Specialists is { } given)
            {
                for (var s = 0; s < given.Count; s++)
                {
                    var specialist = given[s] ?? throw FidelityJsonReading.Error(path + ".specialists[" + FidelityJsonReading.Int(s) + "]", "A specialist entry cannot be null; give {\"label\": …, \"facts\": {…}}.");
                    specialists.Add(new SpecialistFacts { Label = specialist.Label, Facts = specialist.Facts.IsDefault ? [] : specialist.Facts });
                }
            }

            result.Add(new ItemFacts
            {
                Item = item.Item,
                Programme = item.Facts.IsDefault ? [] : item.Facts,
                Specialists = specialists.ToImmutable(),
            });
        }

        return new ReviewFacts
        {
            ProgrammeLabel = document.Programme,
            ReviewDate = document.ReviewDate,
            ReviewPeriod = document.ReviewPeriod,
            Items = result.ToImmutable(),
        };
    }

    public static ReportDocument ToDocument(FidelityReport report, ReportLanguage language)
    {
        var scale = report.Scale;
        var sections = new List<SectionDocument?>(report.Sections.Length);
        foreach (var section in report.Sections)
        {
            sections.Add(new SectionDocument
            {
                Section = section.SectionId,
                Name = section.Section.Name.Get(language),
                Summary = ToDocument(section.Summary),
            });
        }

        var items = new List<ItemResultDocument?>(report.Items.Length);
        foreach (var item in report.Items)
        {
            items.Add(ToDocument(item, scale, language));
        }

        var policies = new List<PolicyDocument?>(report.Policies.Length);
        foreach (var policy in report.Policies)
        {
            policies.Add(new PolicyDocument { Id = policy.Id, Text = policy.Text.Get(language) });
        }

        return new ReportDocument
        {
            SchemaVersion = FidelityJson.SchemaVersion,
            ScaleId = report.ScaleId,
            Edition = report.Edition,
            Revision = report.Revision,
            EngineVersion = report.EngineVersion,
            Language = language,
            Programme = report.ProgrammeLabel,
            ReviewDate = report.ReviewDate,
            ReviewPeriod = report.ReviewPeriod,
            Total = ToDocument(report.Total),
            Level = report.Level is { } level
                ? new LevelDocument { Id = level.Id, Name = level.Name.Get(language), MinTotal = level.MinTotal, MaxTotal = level.MaxTotal }
                : null,
            Sections = sections,
            Items = items,
            InputErrors = Errors(report.InputErrors),
            Warnings = Warnings(report.Warnings, scale, language),
            Policies = policies,
        };
    }

    public static FidelityReport FromDocument(ReportDocument document, ScaleDefinition scale)
    {
        Require(string.Equals(document.ScaleId, scale.ScaleId, StringComparison.Ordinal), "$.scaleId", "The report was scored with scale '" + document.ScaleId + "', but the definition given is '" + scale.ScaleId + "'.");
        Require(string.Equals(document.Edition, scale.Edition, StringComparison.Ordinal), "$.edition", "The report was scored with edition '" + document.Edition + "', but the definition given is edition '" + scale.Edition + "'.");
        Require(string.Equals(document.Revision, scale.Revision, StringComparison.Ordinal), "$.revision", "The report was scored with definition revision '" + document.Revision + "', but the definition given is revision '" + scale.Revision + "'.");

        var language = document.Language;
        Require(scale.SupportsLanguage(language), "$.language", "The report is in language '" + language.Code + "', which the definition given has no texts in.");
        var items = new ItemResult?[scale.Items.Length];
        for (var i = 0; i < document.Items.Count; i++)
        {
            var path = "$.items[" + FidelityJsonReading.Int(i) + "]";
            var item = document.Items[i] ?? throw FidelityJsonReading.Error(path, "An item result cannot be null.");
            var index = IndexOfItem(scale, item.Item);
            Require(index >= 0, path + ".item", "Item " + FidelityJsonReading.Int(item.Item) + " is not an item of scale '" + scale.ScaleId + "' revision '" + scale.Revision + "'.");
            Require(items[index] is null, path + ".item", "Item " + FidelityJsonReading.Int(item.Item) + " is given twice.");
            items[index] = FromDocument(item, scale.Items[index], scale, language, path);
        }

        for (var i = 0; i < items.Length; i++)
        {
            Require(items[i] is not null, "$.items", "Item " + FidelityJsonReading.Int(scale.Items[i].Number) + " is missing: a report has one result per item of the scale.");
        }

        var sections = new SectionTotal?[scale.Sections.Length];
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var path = "$.sections[" + FidelityJsonReading.Int(i) + "]";
            var section = document.Sections[i] ?? throw FidelityJsonReading.Error(path, "A section subtotal cannot be null.");
            var index = -1;
            for (var s = 0; s < scale.Sections.Length; s++)
            {
                if (string.Equals(scale.Sections[s].Id, section.Section, StringComparison.Ordinal))
                {
                    index = s;
                }
            }

            Require(index >= 0, path + ".section", "'" + section.Section + "' is not a section of the scale.");
            Require(sections[index] is null, path + ".section", "Section '" + section.Section + "' is given twice.");
            sections[index] = new SectionTotal { Section = scale.Sections[index], Summary = FromDocument(section.Summary) };
        }

        for (var i = 0; i < sections.Length; i++)
        {
            Require(sections[i] is not null, "$.sections", "Section '" + scale.Sections[i].Id + "' is missing.");
        }

        LevelDefinition? level = null;
        if (document.Level is { } levelDocument)
        {
            foreach (var candidate in scale.Levels)
            {
                if (string.Equals(candidate.Id, levelDocument.Id, StringComparison.Ordinal))
                {
                    level = candidate;
                }
            }

            Require(level is not null, "$.level.id", "'" + levelDocument.Id + "' is not a level of the scale.");
        }

        return new FidelityReport
        {
            Scale = scale,
            EngineVersion = document.EngineVersion,
            ProgrammeLabel = document.Programme,
            ReviewDate = document.ReviewDate,
            ReviewPeriod = document.ReviewPeriod,
            Items = [.. items!],
            Sections = [.. sections!],
            Total = FromDocument(document.Total),
            Level = level,
            InputErrors = FromDocument(document.InputErrors, "$.inputErrors"),
            Warnings = FromDocument(document.Warnings, scale, "$.warnings"),
        };
    }

    private static ItemResultDocument ToDocument(ItemResult item, ScaleDefinition scale, ReportLanguage language)
    {
        var explanation = item.Explain(scale, language);
        List<SpecialistResultDocument?>? specialists = null;
        if (!item.Specialists.IsDefaultOrEmpty)
        {
            specialists = [];
            foreach (var specialist in item.Specialists)
            {
                specialists.Add(new SpecialistResultDocument
                {
                    Label = specialist.Label,
                    Status = specialist.Status,
                    Score = specialist.Score,
                    Excluded = specialist.Excluded,
                    Reason = specialist.Reason?.Get(language),
                    MeasuredValue = Finite(specialist.MeasuredValue),
                    Facts = specialist.Facts.IsDefaultOrEmpty ? default : specialist.Facts,
                    MissingFacts = Strings(specialist.MissingFacts),
                    DeterminedWithout = Strings(specialist.DeterminedWithout),
                    PossibleScores = Range(specialist.PossibleScores),
                    Modifiers = Modifiers(specialist.Modifiers, language),
                });
            }
        }

        var next = item.NextAnchor;
        return new ItemResultDocument
        {
            Item = item.Item,
            Section = item.Definition.Section,
            Name = item.Definition.Name.Get(language),
            Status = item.Status,
            Score = item.Score,
            Path = item.Path,
            MeasuredValue = Finite(item.MeasuredValue),
            Anchor = item.MatchedAnchor?.Text.Get(language),
            NextAnchor = next is null ? null : new AnchorDocument { Score = next.Score, Text = next.Text.Get(language) },
            Facts = item.Facts.IsDefaultOrEmpty ? default : item.Facts,
            Specialists = specialists,
            Combination = item.Combination,
            Modifiers = Modifiers(item.Modifiers, language),
            MissingFacts = Strings(item.MissingFacts),
            DeterminedWithout = Strings(item.DeterminedWithout),
            PossibleScores = Range(item.PossibleScores),
            NotRatedReason = item.NotRatedReason?.Get(language),
            Errors = Errors(item.Errors),
            Explanation = new ExplanationDocument
            {
                Heading = explanation.Heading,
                Status = explanation.Status,
                NextStep = explanation.NextStep,
                Path = explanation.Path,
                Modifiers = Strings(explanation.Modifiers),
                Specialists = Strings(explanation.Specialists),
                Facts = Strings(explanation.Facts),
                NotRated = explanation.NotRated,
                DeterminedWithout = explanation.DeterminedWithout,
                Errors = Strings(explanation.Errors),
            },
        };
    }

    private static ItemResult FromDocument(ItemResultDocument item, ItemDefinition definition, ScaleDefinition scale, ReportLanguage language, string path)
    {
        var range = scale.ScoresOf(definition);
        CheckScore(item.Status, item.Score, range, path);
        var specialists = ImmutableArray.CreateBuilder<SpecialistResult>();
        if (item.Specialists is { } given)
        {
            for (var s = 0; s < given.Count; s++)
            {
                var at = path + ".specialists[" + FidelityJsonReading.Int(s) + "]";
                var specialist = given[s] ?? throw FidelityJsonReading.Error(at, "A specialist result cannot be null.");
                Require(specialist.Status != ItemStatus.Invalid, at + ".status", "A specialist result is rated or notRated, not invalid.");
                if (specialist.Excluded)
                {
                    Require(specialist.Score is null, at + ".score", "A specialist left out of the average has no score.");
                }
                else
                {
                    CheckScore(specialist.Status, specialist.Score, range, at);
                }

                specialists.Add(new SpecialistResult
                {
                    Label = specialist.Label,
                    Status = specialist.Status,
                    Score = specialist.Score,
                    Excluded = specialist.Excluded,
                    Reason = Reason(specialist.Reason, definition, scale, language),
                    MeasuredValue = specialist.MeasuredValue,
                    Facts = specialist.Facts.IsDefault ? [] : specialist.Facts,
                    MissingFacts = Strings(specialist.MissingFacts, at + ".missingFacts"),
                    DeterminedWithout = Strings(specialist.DeterminedWithout, at + ".determinedWithout"),
                    PossibleScores = Range(specialist.PossibleScores, range, at + ".possibleScores"),
                    Modifiers = FromDocument(specialist.Modifiers, definition, at + ".modifiers"),
                });
            }
        }

        return new ItemResult
        {
            Definition = definition,
            Status = item.Status,
            Score = item.Score,
            Path = item.Path,
            Facts = item.Facts.IsDefault ? [] : item.Facts,
            Specialists = specialists.ToImmutable(),

            // The combination is the definition's; a report read back is stamped from it, as when it was scored.
            Combination = item.Status == ItemStatus.Rated && item.Path == ScoringPath.PerSpecialist ? scale.CombinationOf(definition) : null,
            Modifiers = FromDocument(item.Modifiers, definition, path + ".modifiers"),
            MeasuredValue = item.MeasuredValue,
            MissingFacts = Strings(item.MissingFacts, path + ".missingFacts"),
            DeterminedWithout = Strings(item.DeterminedWithout, path + ".determinedWithout"),
            PossibleScores = Range(item.PossibleScores, range, path + ".possibleScores"),
            NotRatedReason = Reason(item.NotRatedReason, definition, scale, language),
            Errors = FromDocument(item.Errors, path + ".errors"),
        };
    }

    private static void CheckScore(ItemStatus status, int? score, ScoreRange range, string path)
    {
        if (status == ItemStatus.Rated)
        {
            Require(score is { } given && range.Contains(given), path + ".score", "A rated result needs a score from " + range + ".");
        }
        else
        {
            Require(score is null, path + ".score", "Only a rated result has a score.");
        }
    }

    private static ScoreSummaryDocument ToDocument(ScoreSummary summary) => new()
    {
        RatedSum = summary.RatedSum,
        RatedCount = summary.RatedCount,
        ItemCount = summary.ItemCount,
        LowestPossible = summary.LowestPossible,
        HighestPossible = summary.HighestPossible,
    };

    private static ScoreSummary FromDocument(ScoreSummaryDocument summary) => new()
    {
        RatedSum = summary.RatedSum,
        RatedCount = summary.RatedCount,
        ItemCount = summary.ItemCount,
        LowestPossible = summary.LowestPossible,
        HighestPossible = summary.HighestPossible,
    };

    private static List<ModifierDocument?>? Modifiers(ImmutableArray<AppliedModifier> modifiers, ReportLanguage language)
    {
        if (modifiers.IsDefaultOrEmpty)
        {
            return null;
        }

        var list = new List<ModifierDocument?>(modifiers.Length);
        foreach (var modifier in modifiers)
        {
            list.Add(new ModifierDocument { Index = modifier.Index, ScoreBefore = modifier.ScoreBefore, ScoreAfter = modifier.ScoreAfter, Reason = modifier.Reason.Get(language) });
        }

        return list;
    }

    private static ImmutableArray<AppliedModifier> FromDocument(List<ModifierDocument?>? modifiers, ItemDefinition definition, string path)
    {
        if (modifiers is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<AppliedModifier>(modifiers.Count);
        for (var i = 0; i < modifiers.Count; i++)
        {
            var at = path + "[" + FidelityJsonReading.Int(i) + "]";
            var modifier = modifiers[i] ?? throw FidelityJsonReading.Error(at, "A modifier cannot be null.");
            Require(modifier.Index >= 0 && modifier.Index < definition.Modifiers.Length, at + ".index", "Item " + FidelityJsonReading.Int(definition.Number) + " has no modifier " + FidelityJsonReading.Int(modifier.Index) + ".");
            result.Add(new AppliedModifier(modifier.Index, modifier.ScoreBefore, modifier.ScoreAfter, definition.Modifiers[modifier.Index].Reason));
        }

        return result.MoveToImmutable();
    }

    private static List<WarningDocument?>? Warnings(ImmutableArray<FactWarning> warnings, ScaleDefinition scale, ReportLanguage language)
    {
        if (warnings.IsDefaultOrEmpty)
        {
            return null;
        }

        var list = new List<WarningDocument?>(warnings.Length);
        foreach (var warning in warnings)
        {
            list.Add(new WarningDocument
            {
                Code = warning.Code,
                Item = warning.Item,
                FactId = warning.FactId,
                Specialist = warning.Specialist,
                Value = warning.Value,
                Limit = warning.Limit,
                Path = warning.Path,
                Message = WarningText.Message(warning, scale, language),
            });
        }

        return list;
    }

    /// <summary>Warnings read back, each re-attached to the definition's check by its code.</summary>
    private static ImmutableArray<FactWarning> FromDocument(List<WarningDocument?>? warnings, ScaleDefinition scale, string path)
    {
        if (warnings is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<FactWarning>(warnings.Count);
        for (var i = 0; i < warnings.Count; i++)
        {
            var at = path + "[" + FidelityJsonReading.Int(i) + "]";
            var warning = warnings[i] ?? throw FidelityJsonReading.Error(at, "A warning cannot be null.");
            var check = scale.FindWarning(warning.Code);
            Require(check is not null, at + ".code", "'" + warning.Code + "' is not a warning of scale '" + scale.ScaleId + "' revision '" + scale.Revision + "'.");
            Require(double.IsFinite(warning.Value) && double.IsFinite(warning.Limit), at, "A warning's value and limit are finite numbers.");
            result.Add(new FactWarning(warning.Code, warning.Item, warning.FactId, warning.Specialist, warning.Value, warning.Limit, warning.Path, check!.Message));
        }

        return result.MoveToImmutable();
    }

    private static List<ErrorDocument?>? Errors(ImmutableArray<FactError> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            return null;
        }

        var list = new List<ErrorDocument?>(errors.Length);
        foreach (var error in errors)
        {
            list.Add(new ErrorDocument
            {
                Code = error.Code,
                Item = error.Item,
                FactId = error.FactId,
                Specialist = error.Specialist,
                Value = error.Value,
                Rule = error.Rule,
                Message = error.Message,
            });
        }

        return list;
    }

    private static ImmutableArray<FactError> FromDocument(List<ErrorDocument?>? errors, string path)
    {
        if (errors is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<FactError>(errors.Count);
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i] ?? throw FidelityJsonReading.Error(path + "[" + FidelityJsonReading.Int(i) + "]", "An error cannot be null.");
            result.Add(new FactError(error.Code, error.Item, error.FactId, error.Specialist, error.Value, error.Rule, error.Message));
        }

        return result.MoveToImmutable();
    }

    private static ScoreRangeDocument? Range(ScoreRange? range) =>
        range is null ? null : new ScoreRangeDocument { Min = range.Min, Max = range.Max };

    /// <summary>A possible-scores range read back: within the item's range, lowest below highest (a determined item is rated instead).</summary>
    private static ScoreRange? Range(ScoreRangeDocument? document, ScoreRange scores, string path)
    {
        if (document is null)
        {
            return null;
        }

        Require(document.Min < document.Max && scores.Contains(document.Min) && scores.Contains(document.Max), path, "Possible scores run from a lower to a higher score of the item's range " + scores.ToString() + ".");
        return document.Min == scores.Min && document.Max == scores.Max ? scores : new ScoreRange(document.Min, document.Max);
    }

    private static List<string?>? Strings(ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? null : [.. values];

    private static ImmutableArray<string> Strings(List<string?>? values, string path)
    {
        if (values is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            result.Add(values[i] ?? throw FidelityJsonReading.Error(path + "[" + FidelityJsonReading.Int(i) + "]", "A fact id cannot be null."));
        }

        return result.MoveToImmutable();
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>
    /// Re-attaches a reason given as text in the document's language to the definition's text (an exclusion reason, a
    /// "cannot be rated" outcome, the undefined-value label); a text the definition does not hold is kept as given, in both languages.
    /// </summary>
    private static LocalizedText? Reason(string? text, ItemDefinition definition, ScaleDefinition scale, ReportLanguage language)
    {
        if (text is null)
        {
            return null;
        }

        var candidates = new List<LocalizedText>();
        if (definition.Exclude is { } exclude)
        {
            candidates.Add(exclude.Reason);
            candidates.Add(exclude.AllExcludedReason);
        }

        foreach (var modifier in definition.Modifiers)
        {
            candidates.Add(modifier.Reason);
        }

        CollectNotRated(definition.Rule, candidates, 0);
        if (scale.Labels.TryGetValue("undefinedValue", out var undefined))
        {
            candidates.Add(undefined);
        }

        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate.Get(language), text, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        // Not a text of the definition: keep it as given, in every language the scale has.
        var texts = new KeyValuePair<string, string>[scale.Languages.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = new(scale.Languages[i].Code, text);
        }

        return new LocalizedText(texts);
    }

    private static void CollectNotRated(RuleDefinition? rule, List<LocalizedText> into, int depth)
    {
        if (rule is null || depth > 16)
        {
            return;
        }

        foreach (var @case in rule.Cases)
        {
            Collect(@case.Then, into, depth);
        }

        Collect(rule.Otherwise, into, depth);
    }

    private static void Collect(OutcomeDefinition? outcome, List<LocalizedText> into, int depth)
    {
        if (outcome is null)
        {
            return;
        }

        if (outcome.NotRated is { } text)
        {
            into.Add(text);
        }

        CollectNotRated(outcome.Rule, into, depth + 1);
    }

    private static int IndexOfItem(ScaleDefinition scale, int number)
    {
        for (var i = 0; i < scale.Items.Length; i++)
        {
            if (scale.Items[i].Number == number)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            throw FidelityJsonReading.Error(path, message);
        }
    }
}
