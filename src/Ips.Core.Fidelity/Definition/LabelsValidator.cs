using System.Collections.Immutable;
using FluentValidation;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the UI labels: every one of <see cref="ScaleDefinitionValidator.RequiredLabels"/>, in every language.</summary>
internal sealed class LabelsValidator : AbstractValidator<ScaleDefinition>
{
    public LabelsValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, new DefinitionProblems(definition, context.AddFailure)));
    }

    private static void Check(ScaleDefinition definition, DefinitionProblems problems)
    {
        var labels = definition.Labels ?? ImmutableDictionary<string, LocalizedText>.Empty;
        foreach (var id in ScaleDefinitionValidator.RequiredLabels)
        {
            if (!labels.TryGetValue(id, out var text))
            {
                problems.Problem("labels." + id, ScaleProblemCodes.MissingLabel, "The UI label '" + id + "' is missing.");
            }
            else
            {
                problems.RequireText(text, "labels." + id, "UI label '" + id + "'");
            }
        }
    }
}
