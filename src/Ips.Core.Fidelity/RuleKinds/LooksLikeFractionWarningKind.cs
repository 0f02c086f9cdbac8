using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// <see cref="WarningKind.LooksLikeFraction"/>: a percentage greater than 0 and at most the limit (1 unless stated)
/// reads as a fraction (0.92 meant as 92 %). It warns for each such value, whether the review's other percentages are
/// above 1 or all of them look like fractions; 0 is the same in both units and never warns.
/// </summary>
internal sealed class LooksLikeFractionWarningKind : WarningKindBase
{
    public static LooksLikeFractionWarningKind Instance { get; } = new();

    private LooksLikeFractionWarningKind()
    {
    }

    public override WarningKind Kind => WarningKind.LooksLikeFraction;

    public override string Name => "looksLikeFraction";

    public override void Validate(WarningDefinition warning, IRuleValidationContext context, string path) =>
        CheckPositiveLimit(warning, context, path);

    public override double LimitFor(WarningDefinition warning, int reviewPeriodDays) => warning.Limit ?? 1;

    public override bool Warns(double value, double limit) => value > 0 && value <= limit;

    public override string Describe(WarningDefinition warning) =>
        "a value greater than 0 and at most " + Num(warning.Limit ?? 1) + " (a fraction where a percentage belongs)";
}
