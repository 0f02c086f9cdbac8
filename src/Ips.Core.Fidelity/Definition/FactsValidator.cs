using System.Collections.Immutable;
using FluentValidation;
using Ips.Core.Fidelity.Facts;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>The part of <see cref="ItemValidator"/> that checks an item's declared facts: at least one, distinct ids, labels, sound bounds, elements and levels.</summary>
internal sealed class FactsValidator : AbstractValidator<ItemScope>
{
    public FactsValidator()
    {
        RuleFor(scope => scope).Custom((scope, context) =>
        {
            if (scope.Item is { } item)
            {
                CheckFacts(item, scope.Path, scope.Problems(context.AddFailure));
            }
        });
    }

    private static void CheckFacts(ItemDefinition item, string path, DefinitionProblems problems)
    {
        var facts = item.Facts;
        if (facts.IsEmpty)
        {
            problems.Problem(path + ".facts", ScaleProblemCodes.NoFacts, "The item declares no facts.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Length; i++)
        {
            var fact = facts[i];
            var factPath = path + ".facts[" + Int(i) + "]";
            if (problems.IsNull(fact, factPath))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(fact.Id) || !ids.Add(fact.Id))
            {
                problems.Problem(factPath + ".id", ScaleProblemCodes.DuplicateId, "Fact id '" + fact.Id + "' is empty or declared twice.");
            }

            problems.CheckCodeName(fact.CodeName, factPath + ".codeName");
            CheckColumn(item.Number, fact, factPath + ".column", columns, problems);
            problems.RequireText(fact.Label, factPath + ".label", "Fact '" + fact.Id + "' label");
            switch (fact.Kind)
            {
                case FactKind.Number:
                case FactKind.Count:
                    if (fact.Min is { } min && fact.Max is { } max && min > max)
                    {
                        problems.Problem(factPath, ScaleProblemCodes.BadRange, "Fact '" + fact.Id + "' has min " + Num(min) + " above max " + Num(max) + ".");
                    }

                    if ((fact.Min is { } a && !double.IsFinite(a)) || (fact.Max is { } b && !double.IsFinite(b)))
                    {
                        problems.Problem(factPath, ScaleProblemCodes.BadRange, "Fact '" + fact.Id + "' has a bound that is not a finite number.");
                    }

                    if (fact.Kind == FactKind.Count && (fact.Min is not { } countMin || countMin < 0))
                    {
                        problems.Problem(factPath + ".min", ScaleProblemCodes.BadRange, "Count fact '" + fact.Id + "' must have a min of 0 or more.");
                    }

                    break;
                case FactKind.Elements:
                    CheckOptions(problems, fact.Elements, factPath + ".elements", fact.Id, "element", 1);
                    break;
                case FactKind.Level:
                    CheckOptions(problems, fact.Levels, factPath + ".levels", fact.Id, "level", 2);
                    break;
                case FactKind.Flag:
                    break;
                default:
                    problems.Problem(factPath + ".kind", ScaleProblemCodes.UnknownKind, "Fact '" + fact.Id + "' has an unknown kind.");
                    break;
            }
        }
    }

    /// <summary>The longest column name (Stata's limit for a variable name).</summary>
    internal const int MaxColumnLength = 32;

    /// <summary>
    /// An explicit CSV column name is valid in R, Stata and pandas alike and carries its item's prefix (so names of
    /// different items never collide): <c>i</c>, the item number with at least two digits, <c>_</c>, then
    /// <c>[a-z0-9_]</c>, at most 32 characters; and no other fact of the item has it.
    /// </summary>
    private static void CheckColumn(int item, FactDefinition fact, string path, HashSet<string> columns, DefinitionProblems problems)
    {
        if (fact.Column is not { } column)
        {
            return;
        }

        var prefix = "i" + item.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "_";
        var valid = column.Length > prefix.Length && column.Length <= MaxColumnLength && column.StartsWith(prefix, StringComparison.Ordinal);
        for (var c = prefix.Length; valid && c < column.Length; c++)
        {
            valid = column[c] is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
        }

        if (!valid)
        {
            problems.Problem(path, ScaleProblemCodes.BadColumnName, "Fact '" + fact.Id + "' has the column name '" + (column.Length > 40 ? column[..40] + "…" : column) + "'; a column name is '" + prefix + "' then lower-case ASCII letters, digits or '_', at most " + Int(MaxColumnLength) + " characters (e.g. " + prefix + "contacts_per_week).");
        }
        else if (!columns.Add(column))
        {
            problems.Problem(path, ScaleProblemCodes.BadColumnName, "The column name '" + column + "' is given to two facts of item " + Int(item) + ".");
        }
    }

    private static void CheckOptions(DefinitionProblems problems, ImmutableArray<OptionDefinition> options, string path, string factId, string what, int minimum)
    {
        if (options.Length < minimum)
        {
            problems.Problem(path, ScaleProblemCodes.NoOptions, "Fact '" + factId + "' needs at least " + Int(minimum) + " " + what + (minimum == 1 ? "." : "s."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            if (problems.IsNull(options[i], path + "[" + Int(i) + "]"))
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(options[i].Id) || !ids.Add(options[i].Id))
            {
                problems.Problem(path + "[" + Int(i) + "].id", ScaleProblemCodes.DuplicateId, "Fact '" + factId + "' " + what + " id '" + options[i].Id + "' is empty or used twice.");
            }

            problems.RequireText(options[i].Label, path + "[" + Int(i) + "].label", "Fact '" + factId + "' " + what + " '" + options[i].Id + "' label");
        }
    }
}
