using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the scoring policies: at least one, distinct ids, texts.</summary>
internal sealed class PoliciesValidator : AbstractValidator<ScaleDefinition>
{
    public PoliciesValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, new DefinitionProblems(definition, context.AddFailure)));
    }

    private static void Check(ScaleDefinition definition, DefinitionProblems problems)
    {
        var policies = definition.Policies;
        if (policies.IsEmpty)
        {
            problems.Problem("policies", ScaleProblemCodes.NoPolicies, "The definition states no policies.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policies.Length; i++)
        {
            var path = "policies[" + Int(i) + "]";
            if (problems.IsNull(policies[i], path))
            {
                continue;
            }

            if (string.IsNullOrEmpty(policies[i].Id) || !ids.Add(policies[i].Id))
            {
                problems.Problem(path + ".id", ScaleProblemCodes.DuplicateId, "Policy id '" + policies[i].Id + "' is empty or used twice.");
            }

            problems.RequireText(policies[i].Text, path + ".text", "Policy '" + policies[i].Id + "' text");
        }
    }
}
