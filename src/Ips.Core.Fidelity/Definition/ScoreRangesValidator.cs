using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the scale's and the items' score ranges and how specialists' scores combine.</summary>
internal sealed class ScoreRangesValidator : AbstractValidator<ScaleDefinition>
{
    public ScoreRangesValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, context.AddFailure));
    }

    /// <summary>Whether the scale's range (if stated) and every item's range are valid: only then can the levels be checked against the totals.</summary>
    public static bool AllValid(ScaleDefinition definition)
    {
        if (definition.ItemScores is { IsValid: false })
        {
            return false;
        }

        foreach (var item in definition.Items)
        {
            if (item is not null && (item.Scores is { IsValid: false } || (item.Scores is null && definition.ItemScores is null)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(ScaleDefinition definition, Action<FluentValidation.Results.ValidationFailure> add)
    {
        var scale = new DefinitionProblems(definition, add);
        if (definition.ItemScores is { } scaleRange && !scaleRange.IsValid)
        {
            scale.Problem("itemScores", ScaleProblemCodes.BadScoreRange, "The score range " + scaleRange + " is not 0 ≤ min < max ≤ " + Int(ScoreRange.Limit) + ".");
        }

        CheckCombination(scale, definition.SpecialistScores, "specialistScores");
        var items = definition.Items;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            if (item is null)
            {
                continue;
            }

            var path = "items[" + Int(i) + "]";
            var problems = new DefinitionProblems(definition, add, item.Number);
            if (item.Scores is { } itemRange && !itemRange.IsValid)
            {
                problems.Problem(path + ".scores", ScaleProblemCodes.BadScoreRange, "The score range " + itemRange + " is not 0 ≤ min < max ≤ " + Int(ScoreRange.Limit) + ".");
            }
            else if (item.Scores is null && definition.ItemScores is null)
            {
                problems.Problem(path + ".scores", ScaleProblemCodes.MissingScoreRange, "Item " + Int(item.Number) + " has no score range, and the scale states no itemScores.");
            }

            CheckCombination(problems, item.SpecialistScores, path + ".specialistScores");
            if (item.PerSpecialist && definition.CombinationOf(item) is null)
            {
                problems.Problem(path + ".specialistScores", ScaleProblemCodes.MissingCombination, "Item " + Int(item.Number) + " is rated per specialist, but neither it nor the scale says how specialists' scores combine (specialistScores).");
            }
        }
    }

    private static void CheckCombination(DefinitionProblems problems, SpecialistCombination? combination, string path)
    {
        if (combination is null)
        {
            return;
        }

        if (!Enum.IsDefined(combination.Combine))
        {
            problems.Problem(path + ".combine", ScaleProblemCodes.UnknownKind, "The combination method is unknown; use mean or median.");
        }

        if (!Enum.IsDefined(combination.Ties))
        {
            problems.Problem(path + ".ties", ScaleProblemCodes.UnknownKind, "The tie rule is unknown; use down or up.");
        }
    }
}
