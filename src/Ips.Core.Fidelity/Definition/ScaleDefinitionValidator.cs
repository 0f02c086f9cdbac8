using System.Collections.Immutable;
using FluentValidation;

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
/// <para>
/// It is composed of one FluentValidation validator per part (languages, sections, score ranges, levels, policies,
/// labels, items; each item's anchors and facts; the plausibility checks), included in the order their problems are reported. Rules and modifiers are
/// checked by their rule kinds (<c>RuleKinds</c>), which see the item only through its declared facts and score range.
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
        "determinedWithout", "possibleScores", "warnings",

        // Fact errors in a report's language (FactErrorText).
        "fact", "value", "breaksRule", "didYouMean", "ruleAtLeast", "ruleAtMost", "ruleGreaterThan", "ruleLessThan",
        "ruleAnd", "ruleAnyNumber", "ruleFiniteNumber", "ruleWholeNumber", "ruleCountValue", "ruleNumberValue",
        "ruleElementsValue", "ruleLevelValue", "ruleFlagValue", "ruleOneOfElements", "ruleEachElementOnce",
        "ruleOneOfLevels", "ruleDeclaredFact", "ruleEachFactOnce", "ruleItemOfScale", "ruleItemEntry", "ruleEachItemOnce",
        "ruleProgrammeOrSpecialists", "ruleProgrammeFactsOnly", "ruleSpecialistLabel", "ruleUniqueSpecialistLabels",
        "ruleReviewGiven",

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

        // One validator per part, in the order their problems are reported.
        Include(new LanguagesValidator());
        RuleFor(x => x).Custom((definition, context) => new DefinitionProblems(definition, context.AddFailure).RequireText(definition.Name, "name", "The scale name"));
        Include(new SectionsValidator());
        Include(new ScoreRangesValidator());
        Include(new LevelsValidator());
        Include(new PoliciesValidator());
        Include(new LabelsValidator());
        Include(new ItemsValidator());
        Include(new WarningsValidator());
        RuleFor(x => x).Custom((definition, context) =>
        {
            if (definition.EditionName is { } editionName)
            {
                new DefinitionProblems(definition, context.AddFailure).RequireText(editionName, "editionName", "The edition name");
            }
        });
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
}
