using FluentValidation;
using Ips.Core.Fidelity.Localization;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ScaleDefinitionValidator"/> that checks the declared languages: valid, distinct codes with number formats, at least one.</summary>
internal sealed class LanguagesValidator : AbstractValidator<ScaleDefinition>
{
    public LanguagesValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, new DefinitionProblems(definition, context.AddFailure)));
    }

    private static void Check(ScaleDefinition definition, DefinitionProblems problems)
    {
        var languages = definition.Languages;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < languages.Length; i++)
        {
            var language = languages[i];
            var path = "languages[" + Int(i) + "]";
            if (problems.IsNull(language, path))
            {
                continue;
            }

            if (!ReportLanguage.TryFromCode(language.Code, out var code) || !string.Equals(code.Code, language.Code, StringComparison.Ordinal))
            {
                problems.Problem(path + ".code", ScaleProblemCodes.BadLanguage, "A language code is lower-case letters, optionally with a subtag (e.g. nb, en, nn).");
            }

            if (!codes.Add(language.Code))
            {
                problems.Problem(path + ".code", ScaleProblemCodes.DuplicateLanguage, "The language " + language.Code + " is listed twice.");
            }

            if (string.IsNullOrEmpty(language.DecimalSeparator) || string.IsNullOrEmpty(language.GroupSeparator)
                || string.Equals(language.DecimalSeparator, language.GroupSeparator, StringComparison.Ordinal))
            {
                problems.Problem(path, ScaleProblemCodes.BadNumberFormat, "The language " + language.Code + " needs a decimal and a group separator that differ.");
            }
        }

        if (languages.IsEmpty)
        {
            problems.Problem("languages", ScaleProblemCodes.MissingLanguage, "The definition lists no languages; it needs at least one.");
        }
    }
}
