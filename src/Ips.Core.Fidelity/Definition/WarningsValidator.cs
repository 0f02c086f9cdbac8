using FluentValidation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>
/// The part of <see cref="ScaleDefinitionValidator"/> that checks the plausibility checks (<c>warnings</c>): a unique
/// code, a registered kind, at least one fact, each a number or count declared on an item of the scale (on a
/// per-specialist item when scoped to specialists), the kind's own limit (<see cref="RuleKindRegistry"/>), and a
/// message in every language using only the placeholders <c>{value}</c> and <c>{limit}</c>.
/// </summary>
internal sealed class WarningsValidator : AbstractValidator<ScaleDefinition>
{
    public WarningsValidator()
    {
        RuleFor(definition => definition).Custom((definition, context) => Check(definition, context.AddFailure));
    }

    private static void Check(ScaleDefinition definition, Action<FluentValidation.Results.ValidationFailure> add)
    {
        var warnings = definition.Warnings;
        var problems = new DefinitionProblems(definition, add);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < warnings.Length; i++)
        {
            var path = "warnings[" + Int(i) + "]";
            if (problems.IsNull(warnings[i], path))
            {
                continue;
            }

            var warning = warnings[i];
            if (string.IsNullOrWhiteSpace(warning.Code))
            {
                problems.Problem(path + ".code", ScaleProblemCodes.MissingText, "The warning has no code.");
            }
            else if (!codes.Add(warning.Code))
            {
                problems.Problem(path + ".code", ScaleProblemCodes.DuplicateId, "Warning code '" + warning.Code + "' is used twice.");
            }
            else if (!IsStableCode(warning.Code))
            {
                problems.Problem(path + ".code", ScaleProblemCodes.BadWarningCode, "Warning code '" + warning.Code + "' must start with an ASCII letter and hold only ASCII letters, digits, '.', '_' or '-', at most 100 characters.");
            }

            if (RuleKindRegistry.Find(warning.Kind) is { } kind)
            {
                kind.Validate(warning, problems, path);
            }
            else
            {
                problems.Problem(path + ".kind", ScaleProblemCodes.UnknownKind, "Warning '" + warning.Code + "' has an unknown kind.");
            }

            CheckFacts(definition, warning, path, add);
            problems.RequireText(warning.Message, path + ".message", "Warning '" + warning.Code + "' message");
            CheckPlaceholders(warning, path, problems);
        }
    }

    /// <summary>Codes go as they are into reports and the scores CSV's <c>warnings</c> column (joined by <c>;</c>), so they are plain ASCII.</summary>
    private static bool IsStableCode(string code)
    {
        if (code.Length > 100 || !char.IsAsciiLetter(code[0]))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckFacts(ScaleDefinition definition, WarningDefinition warning, string path, Action<FluentValidation.Results.ValidationFailure> add)
    {
        var facts = warning.Facts;
        if (facts.IsEmpty)
        {
            new DefinitionProblems(definition, add).Problem(path + ".facts", ScaleProblemCodes.NoWarningFacts, "Warning '" + warning.Code + "' names no fact.");
            return;
        }

        for (var f = 0; f < facts.Length; f++)
        {
            var factPath = path + ".facts[" + Int(f) + "]";
            var reference = facts[f];
            if (reference is null)
            {
                new DefinitionProblems(definition, add).IsNull(reference, factPath);
                continue;
            }

            var item = definition.FindItem(reference.Item);
            if (item is null)
            {
                new DefinitionProblems(definition, add).Problem(factPath + ".item", ScaleProblemCodes.UnknownWarningItem, "Warning '" + warning.Code + "' names item " + Int(reference.Item) + ", which the scale does not have.");
                continue;
            }

            // Problems about one item's fact carry that item's number.
            var problems = new DefinitionProblems(definition, add, item.Number, item);
            problems.RequireFact(reference.Fact, factPath + ".fact", "warning '" + warning.Code + "'", FactKind.Number, FactKind.Count);
            if (warning.Scope == WarningScope.PerSpecialist && !item.PerSpecialist)
            {
                problems.Problem(factPath, ScaleProblemCodes.WarningScopeMismatch, "Warning '" + warning.Code + "' checks specialists' facts, but item " + Int(item.Number) + " is not rated per specialist.");
            }
        }
    }

    private static void CheckPlaceholders(WarningDefinition warning, string path, DefinitionProblems problems)
    {
        foreach (var (code, text) in warning.Message.Texts)
        {
            for (var open = text.IndexOf('{', StringComparison.Ordinal); open >= 0; open = text.IndexOf('{', open + 1))
            {
                var close = text.IndexOf('}', open);
                var placeholder = close < 0 ? text[open..] : text[open..(close + 1)];
                if (Array.IndexOf(WarningKindBase.Placeholders, placeholder) < 0)
                {
                    problems.Problem(path + ".message." + code, ScaleProblemCodes.BadPlaceholder, "Warning '" + warning.Code + "' message uses " + placeholder + "; only {value} and {limit} are filled in.");
                }
            }
        }
    }
}
