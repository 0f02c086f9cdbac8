using System.Collections.Immutable;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>Writes the machine-readable description of a scale (<see cref="FidelityInterop.DescribeScale"/>).</summary>
internal static class ScaleDescriptionWriter
{
    public static void Write(Utf8JsonWriter writer, ScaleDefinition scale, ReportLanguage? language)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FidelityInterop.SchemaVersion);
        writer.WriteString("scaleId", scale.ScaleId);
        writer.WriteString("edition", scale.Edition);
        writer.WriteString("revision", scale.Revision);
        InteropWriter.Text(writer, "name", scale.Name, language);
        writer.WriteStartArray("languages");
        foreach (var declared in scale.Languages)
        {
            writer.WriteStartObject();
            writer.WriteString("code", declared.Code);
            writer.WriteString("name", declared.Name);
            writer.WriteString("decimalSeparator", declared.DecimalSeparator);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (language is { } one)
        {
            writer.WriteString("language", one.Code);
        }

        writer.WriteNumber("itemCount", scale.Items.Length);
        if (scale.ItemScores is { } scores)
        {
            writer.WriteNumber("lowestScore", scores.Min);
            writer.WriteNumber("highestScore", scores.Max);
        }

        if (scale.SpecialistScores is { } combination)
        {
            WriteCombination(writer, combination);
        }

        writer.WriteNumber("lowestTotal", scale.LowestTotal);
        writer.WriteNumber("highestTotal", scale.HighestTotal);

        writer.WriteStartArray("sections");
        foreach (var section in scale.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("id", section.Id);
            InteropWriter.Text(writer, "name", section.Name, language);
            writer.WriteNumber("firstItem", section.FirstItem);
            writer.WriteNumber("lastItem", section.LastItem);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("levels");
        foreach (var level in scale.Levels)
        {
            writer.WriteStartObject();
            writer.WriteString("id", level.Id);
            InteropWriter.Text(writer, "name", level.Name, language);
            writer.WriteNumber("minTotal", level.MinTotal);
            writer.WriteNumber("maxTotal", level.MaxTotal);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("policies");
        foreach (var policy in scale.Policies)
        {
            writer.WriteStartObject();
            writer.WriteString("id", policy.Id);
            InteropWriter.Text(writer, "text", policy.Text, language);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartObject("labels");
        foreach (var id in scale.Labels.Keys.Order(StringComparer.Ordinal))
        {
            InteropWriter.Text(writer, id, scale.Labels[id], language);
        }

        writer.WriteEndObject();

        writer.WriteStartArray("items");
        foreach (var item in scale.Items)
        {
            WriteItem(writer, scale, item, language);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The fact ids the item's rule, modifiers or exclusion read: without one of them the item may not be rated.</summary>
    internal static ImmutableHashSet<string> RequiredFacts(ItemDefinition item)
    {
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        Visit(item.Rule, ids);
        foreach (var modifier in item.Modifiers)
        {
            Visit(modifier.When, ids);
        }

        if (item.Exclude is { } exclude)
        {
            Visit(exclude.When, ids);
        }

        return ids.ToImmutable();
    }

    private static void WriteItem(Utf8JsonWriter writer, ScaleDefinition scale, ItemDefinition item, ReportLanguage? language)
    {
        var required = RequiredFacts(item);
        writer.WriteStartObject();
        writer.WriteNumber("number", item.Number);
        writer.WriteString("section", item.Section);
        InteropWriter.Text(writer, "name", item.Name, language);
        writer.WriteStartArray("dataSources");
        foreach (var source in item.DataSources)
        {
            writer.WriteStringValue(source switch
            {
                DataSource.ManagementInformationSystem => "MIS",
                DataSource.DocumentReview => "DOC",
                DataSource.Interview => "INT",
                DataSource.Observation => "OBS",
                DataSource.IndividualServicePlan => "ISP",
                _ => "?",
            });
        }

        writer.WriteEndArray();
        writer.WriteBoolean("perSpecialist", item.PerSpecialist);
        var scores = scale.ScoresOf(item);
        writer.WriteNumber("lowestScore", scores.Min);
        writer.WriteNumber("highestScore", scores.Max);
        if (item.PerSpecialist && scale.CombinationOf(item) is { } combination)
        {
            WriteCombination(writer, combination);
        }

        if (item.Measure is { } measure)
        {
            writer.WriteStartObject("measure");
            if (measure.Value.Fact is { } fact)
            {
                writer.WriteString("fact", fact);
            }

            InteropWriter.Text(writer, "unit", measure.Unit, language);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("facts");
        foreach (var fact in item.Facts)
        {
            WriteFact(writer, scale, item, fact, required.Contains(fact.Id), language);
        }

        writer.WriteEndArray();

        WriteWarnings(writer, scale, item, language);

        writer.WriteStartArray("anchors");
        foreach (var anchor in item.Anchors)
        {
            writer.WriteStartObject();
            writer.WriteNumber("score", anchor.Score);
            InteropWriter.Text(writer, "text", anchor.Text, language);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The plausibility checks that look at the item's facts, one entry per check and fact (a warning never changes a score).</summary>
    private static void WriteWarnings(Utf8JsonWriter writer, ScaleDefinition scale, ItemDefinition item, ReportLanguage? language)
    {
        writer.WriteStartArray("warnings");
        foreach (var warning in scale.Warnings)
        {
            foreach (var fact in warning.Facts)
            {
                if (fact.Item != item.Number)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("code", warning.Code);
                writer.WriteString("fact", fact.Fact);
                writer.WriteString("kind", warning.Kind switch
                {
                    WarningKind.LooksLikeFraction => "looksLikeFraction",
                    WarningKind.AboveLimit => "aboveLimit",
                    WarningKind.AboveReviewPeriod => "aboveReviewPeriod",
                    _ => "?",
                });
                writer.WriteString("scope", warning.Scope switch
                {
                    WarningScope.Programme => "programme",
                    WarningScope.PerSpecialist => "perSpecialist",
                    _ => "any",
                });
                if (warning.Limit is { } limit)
                {
                    InteropWriter.Number(writer, "limit", limit);
                }

                InteropWriter.Text(writer, "message", warning.Message, language);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteFact(Utf8JsonWriter writer, ScaleDefinition scale, ItemDefinition item, FactDefinition fact, bool required, ReportLanguage? language)
    {
        writer.WriteStartObject();
        writer.WriteString("id", fact.Id);

        // The fact's column in the analysis CSVs (the definition's name, or the one derived from the id).
        writer.WriteString("column", Csv.FactsCsv.ColumnName(item.Number, fact.Id, scale));
        writer.WriteString("kind", fact.Kind switch
        {
            FactKind.Number => "number",
            FactKind.Count => "count",
            FactKind.Elements => "elements",
            FactKind.Level => "level",
            FactKind.Flag => "flag",
            _ => "?",
        });
        if (fact.Unit is { } unit)
        {
            writer.WriteString("unit", unit);
        }

        if (fact.Min is { } min)
        {
            InteropWriter.Number(writer, "min", min);
            writer.WriteBoolean("minExclusive", fact.MinExclusive);
        }

        if (fact.Max is { } max)
        {
            InteropWriter.Number(writer, "max", max);
            writer.WriteBoolean("maxExclusive", fact.MaxExclusive);
        }

        writer.WriteBoolean("required", required);
        InteropWriter.Text(writer, "label", fact.Label, language);
        if (fact.Kind == FactKind.Elements)
        {
            WriteOptions(writer, "elements", fact.Elements, language);
        }

        if (fact.Kind == FactKind.Level)
        {
            WriteOptions(writer, "levels", fact.Levels, language);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, string name, ImmutableArray<OptionDefinition> options, ReportLanguage? language)
    {
        writer.WriteStartArray(name);
        foreach (var option in options)
        {
            writer.WriteStartObject();
            writer.WriteString("id", option.Id);
            InteropWriter.Text(writer, "label", option.Label, language);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Visit(RuleDefinition? rule, ImmutableHashSet<string>.Builder ids)
    {
        if (rule is null)
        {
            return;
        }

        Visit(rule.Value, ids);
        Add(rule.Fact, ids);
        foreach (var @case in rule.Cases)
        {
            Visit(@case.When, ids);
            Visit(@case.Then.Rule, ids);
        }

        Visit(rule.Otherwise?.Rule, ids);
    }

    private static void Visit(ConditionDefinition? condition, ImmutableHashSet<string>.Builder ids)
    {
        if (condition is null)
        {
            return;
        }

        Visit(condition.Value, ids);
        Visit(condition.Than, ids);
        Add(condition.Level, ids);
        Add(condition.Flag, ids);
        foreach (var part in condition.All.IsDefault ? [] : condition.All)
        {
            Visit(part, ids);
        }

        foreach (var part in condition.Any.IsDefault ? [] : condition.Any)
        {
            Visit(part, ids);
        }

        Visit(condition.Not, ids);
    }

    private static void Visit(ValueDefinition? value, ImmutableHashSet<string>.Builder ids)
    {
        if (value is null)
        {
            return;
        }

        Add(value.Fact, ids);
        Add(value.Numerator, ids);
        Add(value.Denominator, ids);
        Add(value.CountOf, ids);
    }

    private static void Add(string? id, ImmutableHashSet<string>.Builder ids)
    {
        if (id is not null)
        {
            ids.Add(id);
        }
    }

    private static void WriteCombination(Utf8JsonWriter writer, SpecialistCombination combination)
    {
        writer.WriteStartObject("specialistScores");
        writer.WriteString("combine", combination.CombineId);
        writer.WriteString("ties", combination.TiesId);
        writer.WriteEndObject();
    }
}
