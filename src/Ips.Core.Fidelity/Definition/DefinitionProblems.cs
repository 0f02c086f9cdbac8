using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using FluentValidation.Results;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.RuleKinds;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.Definition;

/// <summary>
/// Where the part validators of <see cref="ScaleDefinitionValidator"/> record problems, with the checks they share
/// (null entries, texts in every language, code names, scores in range, fact references).
/// </summary>
/// <remarks>
/// Each problem is a FluentValidation failure whose property name is the path in the definition, whose error code is
/// one of <see cref="ScaleProblemCodes"/> and whose custom state is the item number. Within an item it is also the
/// context the rule kinds validate against (<see cref="IRuleValidationContext"/>).
/// </remarks>
internal sealed class DefinitionProblems : IRuleValidationContext
{
    private readonly ScaleDefinition definition;
    private readonly Action<ValidationFailure> add;
    private readonly int? item;
    private readonly ItemDefinition? itemDefinition;
    private readonly ScoreRange? range;

    /// <param name="definition">The definition validated (its languages are the ones every text needs).</param>
    /// <param name="add">Adds a failure to the validation context.</param>
    /// <param name="item">The item number the problems belong to, if any.</param>
    /// <param name="itemDefinition">The item whose declared facts rules refer to, if any.</param>
    /// <param name="range">The item's valid score range, if any.</param>
    public DefinitionProblems(ScaleDefinition definition, Action<ValidationFailure> add, int? item = null, ItemDefinition? itemDefinition = null, ScoreRange? range = null)
    {
        this.definition = definition;
        this.add = add;
        this.item = item;
        this.itemDefinition = itemDefinition;
        this.range = range;
    }

    /// <summary>The item's valid score range, if any (scores outside it are refused).</summary>
    public ScoreRange? Range => range;

    public void Problem(string path, string code, string message) =>
        add(new ValidationFailure(path, message) { ErrorCode = code, CustomState = item });

    public bool IsNull<T>([NotNullWhen(false)] T? entry, string path)
        where T : class
    {
        if (entry is not null)
        {
            return false;
        }

        Problem(path, ScaleProblemCodes.NullEntry, "The entry at " + path + " is null.");
        return true;
    }

    public bool HasNoNullEntry<T>(ImmutableArray<T> entries, string path)
        where T : class
    {
        var clean = true;
        for (var i = 0; i < entries.Length; i++)
        {
            clean &= !IsNull(entries[i], path + "[" + Int(i) + "]");
        }

        return clean;
    }

    public void RequireText(LocalizedText? text, string path, string what)
    {
        if (text is null)
        {
            Problem(path, ScaleProblemCodes.MissingText, what + " is missing.");
            return;
        }

        // Every declared language, so a translation is complete or refused.
        var missing = new List<string>();
        foreach (var language in definition.Languages)
        {
            if (language is not null && ReportLanguage.TryFromCode(language.Code, out var code) && !text.HasText(code))
            {
                missing.Add(code.Code);
            }
        }

        if (missing.Count > 0)
        {
            // One missing language is pinned to its own path (name.en); several to the text itself.
            Problem(missing.Count == 1 ? path + "." + missing[0] : path, ScaleProblemCodes.MissingText, what + " has no " + string.Join(" or ", missing) + " text.");
        }
    }

    /// <summary>A code name, when given, is a C# identifier: a letter or underscore, then letters, digits or underscores; not a keyword.</summary>
    public void CheckCodeName(string? codeName, string path)
    {
        if (codeName is null || CSharpIdentifier.IsValid(codeName))
        {
            return;
        }

        Problem(path, ScaleProblemCodes.BadCodeName, "The codeName '" + codeName + "' is not a C# identifier (a letter or underscore, then letters, digits or underscores; not a keyword).");
    }

    public void CheckScore(int score, string path)
    {
        if (range is { } valid && !valid.Contains(score))
        {
            Problem(path, ScaleProblemCodes.ScoreOutOfRange, "Score " + Int(score) + " is outside " + valid + ".");
        }
    }

    public DeclaredFact? RequireFact(string? id, string path, string role, params ReadOnlySpan<FactKind> kinds)
    {
        if (string.IsNullOrEmpty(id))
        {
            Problem(path, ScaleProblemCodes.MissingFactReference, "The " + role + " names no fact.");
            return null;
        }

        var fact = itemDefinition?.FindFact(id);
        if (fact is null)
        {
            Problem(path, ScaleProblemCodes.UndeclaredFact, "The " + role + " refers to fact '" + id + "', which the item does not declare.");
            return null;
        }

        foreach (var kind in kinds)
        {
            if (fact.Kind == kind)
            {
                return Declared(fact);
            }
        }

        Problem(path, ScaleProblemCodes.FactKindMismatch, "The " + role + " needs fact '" + id + "' to be of kind " + string.Join(" or ", kinds.ToArray()) + ", not " + fact.Kind + ".");
        return null;
    }

    private static DeclaredFact Declared(FactDefinition fact) =>
        new(fact.Id, fact.Kind, fact.Min, fact.MinExclusive, fact.Max, fact.MaxExclusive, fact.Elements.Length, [.. fact.Levels.Select(level => level?.Id)]);
}
