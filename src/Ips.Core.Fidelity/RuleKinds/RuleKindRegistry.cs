using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// The rule kinds, modifier kinds and plausibility-check kinds the engine knows, one registration line each. The definition validator, the
/// scoring compiler and the documentation dispatch through here; adding a kind is one file and one line below.
/// </summary>
internal static class RuleKindRegistry
{
    private static readonly RuleKindBase[] Rules =
    [
        BandsRuleKind.Instance,
        NearestAnchorRuleKind.Instance,
        ElementCountRuleKind.Instance,
        ObservedLevelRuleKind.Instance,
        DecisionListRuleKind.Instance,
    ];

    private static readonly ModifierKindBase[] Modifiers =
    [
        CapModifierKind.Instance,
        RaiseModifierKind.Instance,
        FixModifierKind.Instance,
    ];

    private static readonly WarningKindBase[] Warnings =
    [
        LooksLikeFractionWarningKind.Instance,
        AboveLimitWarningKind.Instance,
        AboveReviewPeriodWarningKind.Instance,
    ];

    /// <summary>Every rule kind, one per <see cref="RuleKind"/> value.</summary>
    public static IReadOnlyList<RuleKindBase> RuleKinds => Rules;

    /// <summary>Every modifier kind, one per <see cref="ModifierKind"/> value.</summary>
    public static IReadOnlyList<ModifierKindBase> ModifierKinds => Modifiers;

    /// <summary>Every plausibility-check kind, one per <see cref="WarningKind"/> value.</summary>
    public static IReadOnlyList<WarningKindBase> WarningKinds => Warnings;

    /// <summary>The registered plausibility-check kind for <paramref name="kind"/>, or null when none is.</summary>
    public static WarningKindBase? Find(WarningKind kind)
    {
        foreach (var candidate in Warnings)
        {
            if (candidate.Kind == kind)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The registered kind for <paramref name="kind"/>, or null when none is.</summary>
    public static RuleKindBase? Find(RuleKind kind)
    {
        foreach (var candidate in Rules)
        {
            if (candidate.Kind == kind)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The registered modifier kind for <paramref name="kind"/>, or null when none is.</summary>
    public static ModifierKindBase? Find(ModifierKind kind)
    {
        foreach (var candidate in Modifiers)
        {
            if (candidate.Kind == kind)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The modifier kind that applies <paramref name="kind"/>: an unregistered value behaves as <see cref="ModifierKind.Fix"/>,
    /// as it always has (the validator does not refuse it, and the JSON reader only reads the registered names).
    /// </summary>
    public static ModifierKindBase ModifierOf(ModifierKind kind) => Find(kind) ?? FixModifierKind.Instance;

    /// <summary>Checks <paramref name="rule"/>: that it is present and of a registered kind, then the kind's own checks.</summary>
    public static void Validate(RuleDefinition? rule, IRuleValidationContext context, string path)
    {
        if (rule is null)
        {
            context.Problem(path, ProblemCodes.MissingRule, "The rule is missing.");
            return;
        }

        if (Find(rule.Kind) is { } kind)
        {
            kind.Validate(rule, context, path);
        }
        else
        {
            context.Problem(path + ".kind", ProblemCodes.UnknownKind, "Unknown rule kind.");
        }
    }

    /// <summary>Compiles a validated <paramref name="rule"/> by its kind.</summary>
    public static CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context) =>
        (Find(rule.Kind) ?? throw context.Malformed("Unknown rule kind")).Compile(rule, context);

    /// <summary>Writes <paramref name="rule"/> in plain words, by its kind.</summary>
    public static void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        if (Find(rule.Kind) is { } kind)
        {
            kind.Describe(rule, writer, indent);
        }
        else
        {
            writer.Line($"{indent}Rule kind `{rule.Kind}`.");
        }
    }

    /// <summary>The name of <paramref name="kind"/> in the JSON definition and the docs (the enum name for an unregistered value).</summary>
    public static string NameOf(RuleKind kind) => Find(kind)?.Name ?? kind.ToString();
}
