using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the items: at least one, numbered 1 to their count, each checked by <see cref="ItemValidator"/>.</summary>
internal sealed class ItemsValidator : AbstractValidator<ScaleDefinition>
{
    public ItemsValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) =>
        {
            if (definition.Items.IsEmpty)
            {
                new DefinitionProblems(definition, context.AddFailure).Problem("items", ScaleProblemCodes.ItemCount, "The definition has no items.");
            }
        });

        RuleForEach(definition => ItemScope.All(definition)).SetValidator(new ItemValidator()).OverridePropertyName("items");

        RuleFor(definition => definition).Custom((definition, context) =>
        {
            var problems = new DefinitionProblems(definition, context.AddFailure);
            var items = definition.Items;
            var numbered = new HashSet<int>();
            foreach (var item in items)
            {
                if (item is not null && item.Number >= 1 && item.Number <= items.Length)
                {
                    numbered.Add(item.Number);
                }
            }

            for (var number = 1; number <= items.Length; number++)
            {
                if (!numbered.Contains(number))
                {
                    problems.Problem("items", ScaleProblemCodes.MissingItem, "Item " + Int(number) + " is missing.");
                }
            }
        });
    }
}
