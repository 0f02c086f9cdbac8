using System.Globalization;
using System.Text;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>
/// A fact error in the words of a report's language, every word from the definition's labels: "Punkt 2, opplysning
/// 'employmentServicesTimePercent': verdien 120 bryter regelen: høyst 100 (Fact.AboveMaximum)." The error's own
/// <see cref="FactError.Message"/> stays invariant English for logs; ids and codes are never translated.
/// </summary>
internal static class FactErrorText
{
    /// <summary>The error as a sentence in <paramref name="language"/>.</summary>
    public static string Describe(FactError error, ScaleDefinition scale, ReportLanguage language)
    {
        var item = scale.FindItem(error.Item);
        var fact = error.FactId is null ? null : item?.FindFact(error.FactId);
        var text = new StringBuilder();
        if (error.Item > 0)
        {
            text.Append(scale.Label("item", language)).Append(' ').Append(RenderedText.Int(error.Item));
        }

        if (error.Specialist is not null)
        {
            Separate(text, ", ").Append(scale.Label("specialist", language)).Append(" '").Append(error.Specialist).Append('\'');
        }

        if (error.FactId is not null)
        {
            Separate(text, ", ").Append(scale.Label("fact", language)).Append(" '").Append(error.FactId).Append('\'');
        }

        if (error.Value is not null)
        {
            Separate(text, ": ").Append(scale.Label("value", language)).Append(' ').Append(Value(error.Value, fact, scale, language));
        }

        Separate(text, " ").Append(scale.Label("breaksRule", language)).Append(": ").Append(Rule(error, item, fact, scale, language))
            .Append(" (").Append(error.Code).Append(").");
        return text.ToString();
    }

    private static StringBuilder Separate(StringBuilder text, string separator) => text.Length == 0 ? text : text.Append(separator);

    /// <summary>A number in the report's format; anything else (ids, an element, a level) as given.</summary>
    private static string Value(string value, FactDefinition? fact, ScaleDefinition scale, ReportLanguage language) =>
        fact?.Kind is FactKind.Number or FactKind.Count && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? scale.FormatNumber(number, language)
            : value;

    private static string Rule(FactError error, ItemDefinition? item, FactDefinition? fact, ScaleDefinition scale, ReportLanguage language)
    {
        string L(string id) => scale.Label(id, language);
        switch (error.Code)
        {
            case FactErrorCodes.BelowMinimum or FactErrorCodes.AboveMaximum when fact is not null:
                return Domain(fact, scale, language);
            case FactErrorCodes.NotANumber:
                return L("ruleFiniteNumber");
            case FactErrorCodes.NotAWholeNumber:
                return L("ruleWholeNumber");
            case FactErrorCodes.WrongKind when fact is not null:
                return L(fact.Kind switch
                {
                    FactKind.Count => "ruleCountValue",
                    FactKind.Number => "ruleNumberValue",
                    FactKind.Elements => "ruleElementsValue",
                    FactKind.Level => "ruleLevelValue",
                    _ => "ruleFlagValue",
                });
            case FactErrorCodes.UnknownElement when fact is not null:
                return L("ruleOneOfElements") + " " + Ids(fact.Elements) + Hint(error.Value, fact.Elements, scale, language);
            case FactErrorCodes.DuplicateElement:
                return L("ruleEachElementOnce");
            case FactErrorCodes.UnknownLevel when fact is not null:
                return L("ruleOneOfLevels") + " " + Ids(fact.Levels) + Hint(error.Value, fact.Levels, scale, language);
            case FactErrorCodes.UnknownFact when item is not null:
                var ids = new string[item.Facts.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = item.Facts[i].Id;
                }

                return L("ruleDeclaredFact") + " " + string.Join(", ", ids) + Hint(error.FactId, ids, scale, language);
            case FactErrorCodes.DuplicateFact:
                return L("ruleEachFactOnce");
            case FactErrorCodes.UnknownItem:
                return error.Item > 0 || error.Value is not null
                    ? L("ruleItemOfScale") + " (1–" + RenderedText.Int(scale.Items.Length) + ")"
                    : L("ruleItemEntry");
            case FactErrorCodes.DuplicateItem:
                return L("ruleEachItemOnce");
            case FactErrorCodes.BothProgrammeAndSpecialists:
                return L("ruleProgrammeOrSpecialists");
            case FactErrorCodes.NotPerSpecialist:
                return L("ruleProgrammeFactsOnly");
            case FactErrorCodes.BadSpecialistLabel:
                return L(error.Specialist is null ? "ruleSpecialistLabel" : "ruleUniqueSpecialistLabels");
            case FactErrorCodes.MissingReview:
                return L("ruleReviewGiven");
        }

        // An item's own constraint speaks in its own words; a code the definition does not know keeps the rule as stored.
        if (item is not null)
        {
            foreach (var constraint in item.Constraints)
            {
                if (string.Equals(constraint.Code, error.Code, StringComparison.Ordinal))
                {
                    return constraint.Message.Get(language);
                }
            }
        }

        return error.Rule;
    }

    private static string Domain(FactDefinition fact, ScaleDefinition scale, ReportLanguage language)
    {
        var lower = fact.Min is { } min ? scale.Label(fact.MinExclusive ? "ruleGreaterThan" : "ruleAtLeast", language) + " " + scale.FormatNumber(min, language) : null;
        var upper = fact.Max is { } max ? scale.Label(fact.MaxExclusive ? "ruleLessThan" : "ruleAtMost", language) + " " + scale.FormatNumber(max, language) : null;
        return lower is not null && upper is not null ? lower + " " + scale.Label("ruleAnd", language) + " " + upper : lower ?? upper ?? scale.Label("ruleAnyNumber", language);
    }

    private static string Ids(System.Collections.Immutable.ImmutableArray<OptionDefinition> options)
    {
        var ids = OptionIds(options);
        return string.Join(", ", ids);
    }

    private static string[] OptionIds(System.Collections.Immutable.ImmutableArray<OptionDefinition> options)
    {
        var ids = new string[options.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = options[i].Id;
        }

        return ids;
    }

    private static string Hint(string? given, System.Collections.Immutable.ImmutableArray<OptionDefinition> options, ScaleDefinition scale, ReportLanguage language) =>
        Hint(given, OptionIds(options), scale, language);

    private static string Hint(string? given, string[] ids, ScaleDefinition scale, ReportLanguage language) =>
        NearMiss.Find(given, ids) is { } id ? " (" + scale.Label("didYouMean", language) + " '" + id + "'?)" : string.Empty;
}
