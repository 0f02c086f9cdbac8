using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the fidelity levels: names, forward ranges, and every total of the scale's range covered exactly once.</summary>
/// <remarks>Run only when every score range is valid (<see cref="ScoreRangesValidator.AllValid"/>): the totals come from them.</remarks>
internal sealed class LevelsValidator : AbstractValidator<ScaleDefinition>
{
    public LevelsValidator()
    {
        RuleFor(definition => definition)
            .Custom((definition, context) => Check(definition, new DefinitionProblems(definition, context.AddFailure)))
            .When(ScoreRangesValidator.AllValid);
    }

    private static void Check(ScaleDefinition definition, DefinitionProblems problems)
    {
        var levels = definition.Levels;
        var lowest = definition.LowestTotal;
        var highest = definition.HighestTotal;
        var covered = new int[highest + 1];
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            var path = "levels[" + Int(i) + "]";
            if (problems.IsNull(level, path))
            {
                continue;
            }

            problems.RequireText(level.Name, path + ".name", "Level '" + level.Id + "' name");
            if (level.MinTotal > level.MaxTotal)
            {
                problems.Problem(path, ScaleProblemCodes.BadRange, "Level '" + level.Id + "' runs from " + Int(level.MinTotal) + " to " + Int(level.MaxTotal) + ".");
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
                problems.Problem("levels", ScaleProblemCodes.LevelGap, "No level covers the total " + Int(total) + " (levels must cover " + Int(lowest) + "–" + Int(highest) + ").");
                break;
            }

            if (covered[total] > 1)
            {
                problems.Problem("levels", ScaleProblemCodes.LevelOverlap, "More than one level covers the total " + Int(total) + ".");
                break;
            }
        }
    }
}
