using FluentValidation;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the sections: at least one, distinct ids, names, item ranges that run forwards.</summary>
internal sealed class SectionsValidator : AbstractValidator<ScaleDefinition>
{
    public SectionsValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, new DefinitionProblems(definition, context.AddFailure)));
    }

    private static void Check(ScaleDefinition definition, DefinitionProblems problems)
    {
        var sections = definition.Sections;
        if (sections.IsEmpty)
        {
            problems.Problem("sections", ScaleProblemCodes.NoSections, "The definition has no sections.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            var section = sections[i];
            var path = "sections[" + Int(i) + "]";
            if (problems.IsNull(section, path))
            {
                continue;
            }

            if (string.IsNullOrEmpty(section.Id) || !ids.Add(section.Id))
            {
                problems.Problem(path + ".id", ScaleProblemCodes.DuplicateId, "Section id '" + section.Id + "' is empty or used twice.");
            }

            problems.RequireText(section.Name, path + ".name", "Section '" + section.Id + "' name");
            if (section.FirstItem > section.LastItem)
            {
                problems.Problem(path, ScaleProblemCodes.BadRange, "Section '" + section.Id + "' runs from item " + Int(section.FirstItem) + " to item " + Int(section.LastItem) + ".");
            }
        }
    }
}
