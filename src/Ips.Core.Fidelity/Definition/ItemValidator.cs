using FluentValidation;
using Ips.Core.Fidelity.RuleKinds;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>
/// The part of <see cref="ItemsValidator"/> that checks one item: its number, section, names and data sources; its
/// anchors (<see cref="AnchorsValidator"/>) and facts (<see cref="FactsValidator"/>); then its rule and modifiers, which the rule kinds check
/// (<see cref="RuleKindRegistry"/>), its exclusion, constraints and measure.
/// </summary>
internal sealed class ItemValidator : AbstractValidator<ItemScope>
{
    public ItemValidator()
    {
        RuleFor(scope => scope).Custom((scope, context) => CheckItem(scope, scope.Problems(context.AddFailure)));
        Include(new AnchorsValidator());
        Include(new FactsValidator());
        RuleFor(scope => scope).Custom((scope, context) => CheckRules(scope, scope.Problems(context.AddFailure)));
    }

    private static void CheckItem(ItemScope scope, DefinitionProblems problems)
    {
        var path = scope.Path;
        if (problems.IsNull(scope.Item, path))
        {
            return;
        }

        var item = scope.Item;
        var definition = scope.Definition;
        var count = definition.Items.Length;
        if (item.Number < 1 || item.Number > count)
        {
            problems.Problem(path + ".number", ScaleProblemCodes.ItemNumber, "Item number " + Int(item.Number) + " is outside 1–" + Int(count) + ".");
        }
        else if (!scope.SeenNumbers.Add(item.Number))
        {
            problems.Problem(path + ".number", ScaleProblemCodes.DuplicateItem, "Item number " + Int(item.Number) + " is used twice.");
        }

        var section = definition.FindSection(item.Section);
        if (section is null)
        {
            problems.Problem(path + ".section", ScaleProblemCodes.UnknownSection, "Item " + Int(item.Number) + " is in unknown section '" + item.Section + "'.");
        }
        else if (item.Number < section.FirstItem || item.Number > section.LastItem)
        {
            problems.Problem(path + ".section", ScaleProblemCodes.SectionRange, "Item " + Int(item.Number) + " is outside section '" + section.Id + "' (items " + Int(section.FirstItem) + "–" + Int(section.LastItem) + ").");
        }

        problems.CheckCodeName(item.CodeName, path + ".codeName");
        problems.RequireText(item.Name, path + ".name", "The item name");
        if (item.DataSources.IsEmpty)
        {
            problems.Problem(path + ".dataSources", ScaleProblemCodes.NoDataSources, "The item names no data sources.");
        }
    }

    private static void CheckRules(ItemScope scope, DefinitionProblems problems)
    {
        if (scope.Item is not { } item)
        {
            return;
        }

        var path = scope.Path;
        RuleKindRegistry.Validate(item.Rule, problems, path + ".rule");
        var modifiers = item.Modifiers;
        for (var i = 0; i < modifiers.Length; i++)
        {
            var modifierPath = path + ".modifiers[" + Int(i) + "]";
            if (problems.IsNull(modifiers[i], modifierPath))
            {
                continue;
            }

            RuleKindRegistry.ModifierOf(modifiers[i].Kind).Validate(modifiers[i], problems, modifierPath);
        }

        if (item.Exclude is { } exclude)
        {
            if (!item.PerSpecialist)
            {
                problems.Problem(path + ".exclude", ScaleProblemCodes.ExcludeNotPerSpecialist, "Only per-specialist items can exclude specialists.");
            }

            CompiledCondition.Validate(exclude.When, problems, path + ".exclude.when");
            problems.RequireText(exclude.Reason, path + ".exclude.reason", "The exclusion reason");
            problems.RequireText(exclude.AllExcludedReason, path + ".exclude.allExcludedReason", "The all-excluded reason");
        }

        var constraints = item.Constraints;
        for (var i = 0; i < constraints.Length; i++)
        {
            var constraintPath = path + ".constraints[" + Int(i) + "]";
            if (problems.IsNull(constraints[i], constraintPath))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(constraints[i].Code))
            {
                problems.Problem(constraintPath + ".code", ScaleProblemCodes.MissingText, "The constraint has no error code.");
            }

            CompiledCondition.Validate(constraints[i].Require, problems, constraintPath + ".require");
            problems.RequireText(constraints[i].Message, constraintPath + ".message", "The constraint message");
        }

        if (item.Measure is { } measure)
        {
            CompiledValue.Validate(measure.Value, problems, path + ".measure.value", allowConstant: false);
            problems.RequireText(measure.Unit, path + ".measure.unit", "The measure unit");
        }
    }
}
