using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// One plausibility-check kind, whole: it validates its part of a <see cref="WarningDefinition"/>, gives the limit a
/// review is checked against, judges a value and describes itself for the item reference. The kinds are listed in
/// <see cref="RuleKindRegistry"/>; the facts a check names are resolved by the definition's validator.
/// </summary>
internal abstract class WarningKindBase
{
    /// <summary>The placeholders a warning message may use.</summary>
    public static readonly string[] Placeholders = ["{value}", "{limit}"];

    /// <summary>The kind this type implements.</summary>
    public abstract WarningKind Kind { get; }

    /// <summary>The kind's name in the JSON definition and the docs (e.g. <c>aboveLimit</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Checks the kind's own members (the limit).</summary>
    public abstract void Validate(WarningDefinition warning, IRuleValidationContext context, string path);

    /// <summary>The limit a review is checked against, or NaN when the check does not apply to it.</summary>
    /// <param name="warning">The validated check.</param>
    /// <param name="reviewPeriodDays">The length of the review's period in days (both ends counted), or 0 when it states none.</param>
    public abstract double LimitFor(WarningDefinition warning, int reviewPeriodDays);

    /// <summary>Whether <paramref name="value"/> (finite, within the fact's domain) is implausible against <paramref name="limit"/>.</summary>
    public abstract bool Warns(double value, double limit);

    /// <summary>What the check looks for, in plain English, for the item reference.</summary>
    public abstract string Describe(WarningDefinition warning);

    /// <summary>A limit, when given, must be a finite number greater than 0.</summary>
    protected static void CheckPositiveLimit(WarningDefinition warning, IRuleValidationContext context, string path)
    {
        if (warning.Limit is { } limit && !(double.IsFinite(limit) && limit > 0))
        {
            context.Problem(path + ".limit", ProblemCodes.BadWarningLimit, "Warning '" + warning.Code + "' has limit " + Num(limit) + "; it must be a finite number greater than 0.");
        }
    }
}
