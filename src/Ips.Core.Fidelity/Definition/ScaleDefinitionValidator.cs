using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Definition;

/// <summary>Checks a scale definition is complete and consistent before the engine compiles it.</summary>
/// <remarks>
/// <para>
/// Run on every load (<see cref="ScaleDefinition.Load(string)"/>). It checks that: the definition has at least one
/// language and one item, items numbered 1 to their count, each in a known section; every item has a valid score range
/// (its own or the scale's <c>itemScores</c>), names and texts in every declared language, data sources, and one anchor
/// per score of its range; per-specialist items have a way to combine specialists' scores; every fact a rule, modifier, exclusion, constraint or measure refers to is declared on the
/// item with a fitting kind; band lists cover their value's whole domain without gaps or overlaps (a single shared
/// boundary point is allowed: the lower score wins there); element-count maps cover every count from 0 to the
/// number of elements exactly once; level maps give every level exactly one score; every score lies in its item's
/// range; the fidelity levels cover the scale's own total range (the sum of the items' lowest scores to the sum of
/// their highest) without gaps; policies and the UI labels a renderer needs are present in every declared language.
/// </para>
/// <para>
/// Each failure carries a stable error code (<c>Scale.…</c>), the path in the definition as its property name, and
/// the item number as its custom state. Messages are explicit culture-invariant English; FluentValidation's global
/// options are not touched. Thread-safe.
/// </para>
/// </remarks>
public sealed class ScaleDefinitionValidator : AbstractValidator<ScaleDefinition>
{
    /// <summary>The UI label ids every definition must provide in all its languages: every label the engine, the report and comparison renderers read.</summary>
    public static ImmutableArray<string> RequiredLabels { get; } =
    [
        // Reports (ReportRenderer).
        "reportTitle", "programmeLabel", "reviewDate", "reviewPeriod", "scale", "edition", "revision", "engineVersion",
        "language", "section", "items", "number", "item", "score", "anchor", "next", "now", "notRated", "invalid",
        "perSpecialist", "programme", "specialist", "excluded", "modifier", "derivedFact", "subtotal", "ratedItems",
        "total", "ratedSum", "possibleRange", "lowestPossible", "highestPossible", "level", "levelUndetermined",
        "missingAndErrors", "noMissingOrErrors", "missingFacts", "facts", "errors", "inputErrors", "policies", "yes", "no",

        // Comparisons (ReviewComparison).
        "comparisonTitle", "before", "after", "change", "daysBetween", "itemChanges", "crossedUp", "crossedDown",
        "statusChanges", "noScoreChanges", "unchangedItems", "sectionChanges", "levelUp", "levelDown", "unchanged",
        "factChanges", "noFactChanges", "notGiven", "differentProgrammes", "differentRevisions", "afterIsEarlier",

        // The engine's reason for a value it cannot compute.
        "undefinedValue",
    ];

    private static readonly ScaleDefinitionValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ScaleDefinitionValidator()
    {
        RuleFor(x => x.ScaleId).NotEmpty().OverridePropertyName("scaleId")
            .WithErrorCode(ScaleProblemCodes.MissingText).WithMessage("The scale id is empty.");
        RuleFor(x => x.Edition).NotEmpty().OverridePropertyName("edition")
            .WithErrorCode(ScaleProblemCodes.MissingText).WithMessage("The edition is empty.");
        RuleFor(x => x.Revision).NotEmpty().OverridePropertyName("revision")
            .WithErrorCode(ScaleProblemCodes.MissingText).WithMessage("The revision is empty.");
        RuleFor(x => x).Custom((definition, context) => new DefinitionChecks(definition, context).Run());
    }

    /// <summary>Validates <paramref name="definition"/> and returns every problem (empty when it is sound).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The problems.</returns>
    public static ImmutableArray<ScaleDefinitionProblem> Check(ScaleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var result = Instance.Validate(definition);
        var problems = ImmutableArray.CreateBuilder<ScaleDefinitionProblem>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            problems.Add(new ScaleDefinitionProblem(failure.CustomState as int?, failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
        }

        return problems.MoveToImmutable();
    }

    private static void Add(ValidationContext<ScaleDefinition> context, int? item, string path, string code, string message) =>
        context.AddFailure(new ValidationFailure(path, message) { ErrorCode = code, CustomState = item });

    /// <summary>The cross-cutting checks, one pass over the definition.</summary>
    private sealed class DefinitionChecks(ScaleDefinition definition, ValidationContext<ScaleDefinition> context) : IRuleValidationContext
    {
        private int? currentItem;

        // The item being checked, whose declared facts rules, modifiers and conditions refer to.
        private ItemDefinition? currentItemDefinition;

        // The score range of the item being checked; null while outside an item or when the item has none.
        private ScoreRange? currentRange;

        public void Run()
        {
            CheckLanguages();
            RequireText(definition.Name, "name", "The scale name");
            CheckSections();
            var rangesValid = CheckScoreRanges();
            if (rangesValid)
            {
                CheckLevels();
            }

            CheckPolicies();
            CheckLabels();
            CheckItems();
        }

        /// <summary>Reports a null array entry (JSON allows <c>null</c> elements) so that the caller can skip it.</summary>
        public bool IsNull<T>(T? entry, string path)
            where T : class
        {
            if (entry is not null)
            {
                return false;
            }

            Problem(path, ScaleProblemCodes.NullEntry, "The entry at " + path + " is null.");
            return true;
        }

        /// <summary>Reports every null entry of <paramref name="entries"/>; true when there is none.</summary>
        public bool HasNoNullEntry<T>(ImmutableArray<T> entries, string path)
            where T : class
        {
            var clean = true;
            for (var i = 0; i < entries.Length; i++)
            {
                clean &= !IsNull(entries[i], path + "[" + Int(i) + "]");
            }

            return clean;
        }

        private static string Num(double value) => Ips.Core.Fidelity.Localization.FidelityNumberFormat.FormatInvariant(value);

        private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public void Problem(string path, string code, string message) => Add(context, currentItem, path, code, message);

        public void RequireText(Ips.Core.Fidelity.Localization.LocalizedText? text, string path, string what)
        {
            if (text is null)
            {
                Problem(path, ScaleProblemCodes.MissingText, what + " is missing.");
                return;
            }

            // Every declared language, so a translation is complete or refused.
            var missing = new List<string>();
            foreach (var language in definition.Languages)
            {
                if (language is not null && Ips.Core.Fidelity.Localization.ReportLanguage.TryFromCode(language.Code, out var code) && !text.HasText(code))
                {
                    missing.Add(code.Code);
                }
            }

            if (missing.Count > 0)
            {
                // One missing language is pinned to its own path (name.en); several to the text itself.
                Problem(missing.Count == 1 ? path + "." + missing[0] : path, ScaleProblemCodes.MissingText, what + " has no " + string.Join(" or ", missing) + " text.");
            }
        }

        private void CheckLanguages()
        {
            var languages = definition.Languages;
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < languages.Length; i++)
            {
                var language = languages[i];
                var path = "languages[" + Int(i) + "]";
                if (IsNull(language, path))
                {
                    continue;
                }

                if (!Ips.Core.Fidelity.Localization.ReportLanguage.TryFromCode(language.Code, out var code) || !string.Equals(code.Code, language.Code, StringComparison.Ordinal))
                {
                    Problem(path + ".code", ScaleProblemCodes.BadLanguage, "A language code is lower-case letters, optionally with a subtag (e.g. nb, en, nn).");
                }

                if (!codes.Add(language.Code))
                {
                    Problem(path + ".code", ScaleProblemCodes.DuplicateLanguage, "The language " + language.Code + " is listed twice.");
                }

                if (string.IsNullOrEmpty(language.DecimalSeparator) || string.IsNullOrEmpty(language.GroupSeparator)
                    || string.Equals(language.DecimalSeparator, language.GroupSeparator, StringComparison.Ordinal))
                {
                    Problem(path, ScaleProblemCodes.BadNumberFormat, "The language " + language.Code + " needs a decimal and a group separator that differ.");
                }
            }

            if (languages.IsEmpty)
            {
                Problem("languages", ScaleProblemCodes.MissingLanguage, "The definition lists no languages; it needs at least one.");
            }
        }

        private void CheckSections()
        {
            var sections = definition.Sections;
            if (sections.IsEmpty)
            {
                Problem("sections", ScaleProblemCodes.NoSections, "The definition has no sections.");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < sections.Length; i++)
            {
                var section = sections[i];
                var path = "sections[" + Int(i) + "]";
                if (IsNull(section, path))
                {
                    continue;
                }

                if (string.IsNullOrEmpty(section.Id) || !ids.Add(section.Id))
                {
                    Problem(path + ".id", ScaleProblemCodes.DuplicateId, "Section id '" + section.Id + "' is empty or used twice.");
                }

                RequireText(section.Name, path + ".name", "Section '" + section.Id + "' name");
                if (section.FirstItem > section.LastItem)
                {
                    Problem(path, ScaleProblemCodes.BadRange, "Section '" + section.Id + "' runs from item " + Int(section.FirstItem) + " to item " + Int(section.LastItem) + ".");
                }
            }
        }

        /// <summary>The scale's and the items' score ranges and specialist combinations; true when every item has a valid range.</summary>
        private bool CheckScoreRanges()
        {
            var valid = true;
            if (definition.ItemScores is { } scaleRange && !scaleRange.IsValid)
            {
                Problem("itemScores", ScaleProblemCodes.BadScoreRange, "The score range " + scaleRange + " is not 0 ≤ min < max ≤ " + Int(ScoreRange.Limit) + ".");
                valid = false;
            }

            CheckCombination(definition.SpecialistScores, "specialistScores");
            var items = definition.Items;
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                if (item is null)
                {
                    continue;
                }

                var path = "items[" + Int(i) + "]";
                currentItem = item.Number;
                if (item.Scores is { } itemRange && !itemRange.IsValid)
                {
                    Problem(path + ".scores", ScaleProblemCodes.BadScoreRange, "The score range " + itemRange + " is not 0 ≤ min < max ≤ " + Int(ScoreRange.Limit) + ".");
                    valid = false;
                }
                else if (item.Scores is null && definition.ItemScores is null)
                {
                    Problem(path + ".scores", ScaleProblemCodes.MissingScoreRange, "Item " + Int(item.Number) + " has no score range, and the scale states no itemScores.");
                    valid = false;
                }

                CheckCombination(item.SpecialistScores, path + ".specialistScores");
                if (item.PerSpecialist && definition.CombinationOf(item) is null)
                {
                    Problem(path + ".specialistScores", ScaleProblemCodes.MissingCombination, "Item " + Int(item.Number) + " is rated per specialist, but neither it nor the scale says how specialists' scores combine (specialistScores).");
                }
            }

            currentItem = null;
            return valid;
        }

        private void CheckCombination(SpecialistCombination? combination, string path)
        {
            if (combination is null)
            {
                return;
            }

            if (!Enum.IsDefined(combination.Combine))
            {
                Problem(path + ".combine", ScaleProblemCodes.UnknownKind, "The combination method is unknown; use mean or median.");
            }

            if (!Enum.IsDefined(combination.Ties))
            {
                Problem(path + ".ties", ScaleProblemCodes.UnknownKind, "The tie rule is unknown; use down or up.");
            }
        }

        private void CheckLevels()
        {
            var levels = definition.Levels;
            var lowest = definition.LowestTotal;
            var highest = definition.HighestTotal;
            var covered = new int[highest + 1];
            for (var i = 0; i < levels.Length; i++)
            {
                var level = levels[i];
                var path = "levels[" + Int(i) + "]";
                if (IsNull(level, path))
                {
                    continue;
                }

                RequireText(level.Name, path + ".name", "Level '" + level.Id + "' name");
                if (level.MinTotal > level.MaxTotal)
                {
                    Problem(path, ScaleProblemCodes.BadRange, "Level '" + level.Id + "' runs from " + Int(level.MinTotal) + " to " + Int(level.MaxTotal) + ".");
                }

                for (var total = Math.Max(level.MinTotal, lowest); total <= Math.Min(level.MaxTotal, highest); total++)
                {
                    covered[total]++;
                }
            }

            for (var total = lowest; total <= highest; total++)
            {
                if (covered[total] == 0)
                {
                    Problem("levels", ScaleProblemCodes.LevelGap, "No level covers the total " + Int(total) + " (levels must cover " + Int(lowest) + "–" + Int(highest) + ").");
                    break;
                }

                if (covered[total] > 1)
                {
                    Problem("levels", ScaleProblemCodes.LevelOverlap, "More than one level covers the total " + Int(total) + ".");
                    break;
                }
            }
        }

        private void CheckPolicies()
        {
            var policies = definition.Policies;
            if (policies.IsEmpty)
            {
                Problem("policies", ScaleProblemCodes.NoPolicies, "The definition states no policies.");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < policies.Length; i++)
            {
                var path = "policies[" + Int(i) + "]";
                if (IsNull(policies[i], path))
                {
                    continue;
                }

                if (string.IsNullOrEmpty(policies[i].Id) || !ids.Add(policies[i].Id))
                {
                    Problem(path + ".id", ScaleProblemCodes.DuplicateId, "Policy id '" + policies[i].Id + "' is empty or used twice.");
                }

                RequireText(policies[i].Text, path + ".text", "Policy '" + policies[i].Id + "' text");
            }
        }

        private void CheckLabels()
        {
            var labels = definition.Labels ?? ImmutableDictionary<string, Ips.Core.Fidelity.Localization.LocalizedText>.Empty;
            foreach (var id in RequiredLabels)
            {
                if (!labels.TryGetValue(id, out var text))
                {
                    Problem("labels." + id, ScaleProblemCodes.MissingLabel, "The UI label '" + id + "' is missing.");
                }
                else
                {
                    RequireText(text, "labels." + id, "UI label '" + id + "'");
                }
            }
        }

        private void CheckItems()
        {
            var items = definition.Items;
            if (items.IsEmpty)
            {
                Problem("items", ScaleProblemCodes.ItemCount, "The definition has no items.");
            }

            var seen = new HashSet<int>();
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                var path = "items[" + Int(i) + "]";
                currentItem = null;
                currentRange = null;
                if (IsNull(item, path))
                {
                    continue;
                }

                currentItem = item.Number;
                currentRange = definition.FindScores(item);
                if (currentRange is { IsValid: false })
                {
                    currentRange = null;
                }

                if (item.Number < 1 || item.Number > items.Length)
                {
                    Problem(path + ".number", ScaleProblemCodes.ItemNumber, "Item number " + Int(item.Number) + " is outside 1–" + Int(items.Length) + ".");
                }
                else if (!seen.Add(item.Number))
                {
                    Problem(path + ".number", ScaleProblemCodes.DuplicateItem, "Item number " + Int(item.Number) + " is used twice.");
                }

                CheckItem(item, path);
            }

            currentItem = null;
            currentRange = null;
            for (var number = 1; number <= items.Length; number++)
            {
                if (!seen.Contains(number))
                {
                    Problem("items", ScaleProblemCodes.MissingItem, "Item " + Int(number) + " is missing.");
                }
            }
        }

        private void CheckItem(ItemDefinition item, string path)
        {
            var section = definition.FindSection(item.Section);
            if (section is null)
            {
                Problem(path + ".section", ScaleProblemCodes.UnknownSection, "Item " + Int(item.Number) + " is in unknown section '" + item.Section + "'.");
            }
            else if (item.Number < section.FirstItem || item.Number > section.LastItem)
            {
                Problem(path + ".section", ScaleProblemCodes.SectionRange, "Item " + Int(item.Number) + " is outside section '" + section.Id + "' (items " + Int(section.FirstItem) + "–" + Int(section.LastItem) + ").");
            }

            CheckCodeName(item.CodeName, path + ".codeName");
            RequireText(item.Name, path + ".name", "The item name");
            if (item.DataSources.IsEmpty)
            {
                Problem(path + ".dataSources", ScaleProblemCodes.NoDataSources, "The item names no data sources.");
            }

            CheckAnchors(item, path);
            CheckFacts(item, path);
            currentItemDefinition = item;
            RuleKindRegistry.Validate(item.Rule, this, path + ".rule");
            var modifiers = item.Modifiers;
            for (var i = 0; i < modifiers.Length; i++)
            {
                var modifierPath = path + ".modifiers[" + Int(i) + "]";
                if (IsNull(modifiers[i], modifierPath))
                {
                    continue;
                }

                RuleKindRegistry.ModifierOf(modifiers[i].Kind).Validate(modifiers[i], this, modifierPath);
            }

            if (item.Exclude is { } exclude)
            {
                if (!item.PerSpecialist)
                {
                    Problem(path + ".exclude", ScaleProblemCodes.ExcludeNotPerSpecialist, "Only per-specialist items can exclude specialists.");
                }

                CompiledCondition.Validate(exclude.When, this, path + ".exclude.when");
                RequireText(exclude.Reason, path + ".exclude.reason", "The exclusion reason");
                RequireText(exclude.AllExcludedReason, path + ".exclude.allExcludedReason", "The all-excluded reason");
            }

            var constraints = item.Constraints;
            for (var i = 0; i < constraints.Length; i++)
            {
                var constraintPath = path + ".constraints[" + Int(i) + "]";
                if (IsNull(constraints[i], constraintPath))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(constraints[i].Code))
                {
                    Problem(constraintPath + ".code", ScaleProblemCodes.MissingText, "The constraint has no error code.");
                }

                CompiledCondition.Validate(constraints[i].Require, this, constraintPath + ".require");
                RequireText(constraints[i].Message, constraintPath + ".message", "The constraint message");
            }

            if (item.Measure is { } measure)
            {
                CompiledValue.Validate(measure.Value, this, path + ".measure.value", allowConstant: false);
                RequireText(measure.Unit, path + ".measure.unit", "The measure unit");
            }
        }

        private void CheckAnchors(ItemDefinition item, string path)
        {
            if (currentRange is not { } range)
            {
                return;
            }

            var anchors = item.Anchors;
            var found = new int[range.Max + 1];
            for (var i = 0; i < anchors.Length; i++)
            {
                var anchorPath = path + ".anchors[" + Int(i) + "]";
                if (IsNull(anchors[i], anchorPath))
                {
                    continue;
                }

                var score = anchors[i].Score;
                if (!range.Contains(score))
                {
                    Problem(path + ".anchors", ScaleProblemCodes.ScoreOutOfRange, "Anchor score " + Int(score) + " is outside " + range + ".");
                    continue;
                }

                found[score]++;
                RequireText(anchors[i].Text, anchorPath + ".text", "Anchor " + Int(score));
            }

            for (var score = range.Min; score <= range.Max; score++)
            {
                if (found[score] == 0)
                {
                    Problem(path + ".anchors", ScaleProblemCodes.MissingAnchor, "Anchor " + Int(score) + " is missing.");
                }
                else if (found[score] > 1)
                {
                    Problem(path + ".anchors", ScaleProblemCodes.DuplicateAnchor, "Anchor " + Int(score) + " is given " + Int(found[score]) + " times.");
                }
            }
        }

        private void CheckFacts(ItemDefinition item, string path)
        {
            var facts = item.Facts;
            if (facts.IsEmpty)
            {
                Problem(path + ".facts", ScaleProblemCodes.NoFacts, "The item declares no facts.");
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < facts.Length; i++)
            {
                var fact = facts[i];
                var factPath = path + ".facts[" + Int(i) + "]";
                if (IsNull(fact, factPath))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(fact.Id) || !ids.Add(fact.Id))
                {
                    Problem(factPath + ".id", ScaleProblemCodes.DuplicateId, "Fact id '" + fact.Id + "' is empty or declared twice.");
                }

                CheckCodeName(fact.CodeName, factPath + ".codeName");
                RequireText(fact.Label, factPath + ".label", "Fact '" + fact.Id + "' label");
                switch (fact.Kind)
                {
                    case Ips.Core.Fidelity.Facts.FactKind.Number:
                    case Ips.Core.Fidelity.Facts.FactKind.Count:
                        if (fact.Min is { } min && fact.Max is { } max && min > max)
                        {
                            Problem(factPath, ScaleProblemCodes.BadRange, "Fact '" + fact.Id + "' has min " + Num(min) + " above max " + Num(max) + ".");
                        }

                        if ((fact.Min is { } a && !double.IsFinite(a)) || (fact.Max is { } b && !double.IsFinite(b)))
                        {
                            Problem(factPath, ScaleProblemCodes.BadRange, "Fact '" + fact.Id + "' has a bound that is not a finite number.");
                        }

                        if (fact.Kind == Ips.Core.Fidelity.Facts.FactKind.Count && (fact.Min is not { } countMin || countMin < 0))
                        {
                            Problem(factPath + ".min", ScaleProblemCodes.BadRange, "Count fact '" + fact.Id + "' must have a min of 0 or more.");
                        }

                        break;
                    case Ips.Core.Fidelity.Facts.FactKind.Elements:
                        CheckOptions(fact.Elements, factPath + ".elements", fact.Id, "element", 1);
                        break;
                    case Ips.Core.Fidelity.Facts.FactKind.Level:
                        CheckOptions(fact.Levels, factPath + ".levels", fact.Id, "level", 2);
                        break;
                    case Ips.Core.Fidelity.Facts.FactKind.Flag:
                        break;
                    default:
                        Problem(factPath + ".kind", ScaleProblemCodes.UnknownKind, "Fact '" + fact.Id + "' has an unknown kind.");
                        break;
                }
            }
        }

        /// <summary>A code name, when given, is a C# identifier: a letter or underscore, then letters, digits or underscores; not a keyword.</summary>
        private void CheckCodeName(string? codeName, string path)
        {
            if (codeName is null || IsCSharpIdentifier(codeName))
            {
                return;
            }

            Problem(path, ScaleProblemCodes.BadCodeName, "The codeName '" + codeName + "' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword).");
        }

        private static bool IsCSharpIdentifier(string name)
        {
            if (name.Length == 0 || CSharpKeywords.Contains(name))
            {
                return false;
            }

            for (var i = 0; i < name.Length; i++)
            {
                var category = char.GetUnicodeCategory(name[i]);
                var letter = category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                    or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                    or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.LetterNumber;
                var part = letter || name[i] == '_' || category is System.Globalization.UnicodeCategory.DecimalDigitNumber
                    or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                    or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.Format;
                if (i == 0 ? !(letter || name[i] == '_') : !part)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The C# reserved keywords (contextual keywords are valid identifiers).</summary>
        private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

        private void CheckOptions(ImmutableArray<OptionDefinition> options, string path, string factId, string what, int minimum)
        {
            if (options.Length < minimum)
            {
                Problem(path, ScaleProblemCodes.NoOptions, "Fact '" + factId + "' needs at least " + Int(minimum) + " " + what + (minimum == 1 ? "." : "s."));
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < options.Length; i++)
            {
                if (IsNull(options[i], path + "[" + Int(i) + "]"))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(options[i].Id) || !ids.Add(options[i].Id))
                {
                    Problem(path + "[" + Int(i) + "].id", ScaleProblemCodes.DuplicateId, "Fact '" + factId + "' " + what + " id '" + options[i].Id + "' is empty or used twice.");
                }

                RequireText(options[i].Label, path + "[" + Int(i) + "].label", "Fact '" + factId + "' " + what + " '" + options[i].Id + "' label");
            }
        }

        public void CheckScore(int score, string path)
        {
            if (currentRange is { } range && !range.Contains(score))
            {
                Problem(path, ScaleProblemCodes.ScoreOutOfRange, "Score " + Int(score) + " is outside " + range + ".");
            }
        }

        public DeclaredFact? RequireFact(string? id, string path, string role, params ReadOnlySpan<Ips.Core.Fidelity.Facts.FactKind> kinds)
        {
            if (string.IsNullOrEmpty(id))
            {
                Problem(path, ScaleProblemCodes.MissingFactReference, "The " + role + " names no fact.");
                return null;
            }

            var fact = currentItemDefinition?.FindFact(id);
            if (fact is null)
            {
                Problem(path, ScaleProblemCodes.UndeclaredFact, "The " + role + " refers to fact '" + id + "', which the item does not declare.");
                return null;
            }

            foreach (var kind in kinds)
            {
                if (fact.Kind == kind)
                {
                    return Declared(fact);
                }
            }

            Problem(path, ScaleProblemCodes.FactKindMismatch, "The " + role + " needs fact '" + id + "' to be of kind " + string.Join(" or ", kinds.ToArray()) + ", not " + fact.Kind + ".");
            return null;
        }

        private static DeclaredFact Declared(FactDefinition fact) =>
            new(fact.Id, fact.Kind, fact.Min, fact.MinExclusive, fact.Max, fact.MaxExclusive, fact.Elements.Length, [.. fact.Levels.Select(level => level?.Id)]);
    }
}
