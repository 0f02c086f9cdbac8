using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ItemValidator"/> that checks an item's anchors: one per score of its (valid) range, each with a text in every language.</summary>
internal sealed class AnchorsValidator : AbstractValidator<ItemScope>
{
    public AnchorsValidator()
    {
        RuleFor(scope => scope).Custom((scope, context) =>
        {
            if (scope.Item is { } item)
            {
                CheckAnchors(item, scope.Path, scope.Problems(context.AddFailure));
            }
        });
    }

    private static void CheckAnchors(ItemDefinition item, string path, DefinitionProblems problems)
    {
        if (problems.Range is not { } range)
        {
            return;
        }

        var anchors = item.Anchors;
        var found = new int[range.Max + 1];
        for (var i = 0; i < anchors.Length; i++)
        {
            var anchorPath = path + ".anchors[" + Int(i) + "]";
            if (problems.IsNull(anchors[i], anchorPath))
            {
                continue;
            }

            var score = anchors[i].Score;
            if (!range.Contains(score))
            {
                problems.Problem(path + ".anchors", ScaleProblemCodes.ScoreOutOfRange, "Anchor score " + Int(score) + " is outside " + range + ".");
                continue;
            }

            found[score]++;
            problems.RequireText(anchors[i].Text, anchorPath + ".text", "Anchor " + Int(score));
        }

        for (var score = range.Min; score <= range.Max; score++)
        {
            if (found[score] == 0)
            {
                problems.Problem(path + ".anchors", ScaleProblemCodes.MissingAnchor, "Anchor " + Int(score) + " is missing.");
            }
            else if (found[score] > 1)
            {
                problems.Problem(path + ".anchors", ScaleProblemCodes.DuplicateAnchor, "Anchor " + Int(score) + " is given " + Int(found[score]) + " times.");
            }
        }
    }
}
