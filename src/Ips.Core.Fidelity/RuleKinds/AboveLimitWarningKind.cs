using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="WarningKind.AboveLimit"/>: a value above the check's limit (FTE above 1 for one specialist, more than 40 employer contacts a week).</summary>
internal sealed class AboveLimitWarningKind : WarningKindBase
{
    public static AboveLimitWarningKind Instance { get; } = new();

    private AboveLimitWarningKind()
    {
    }

    public override WarningKind Kind => WarningKind.AboveLimit;

    public override string Name => "aboveLimit";

    public override void Validate(WarningDefinition warning, IRuleValidationContext context, string path)
    {
        if (warning.Limit is null)
        {
            context.Problem(path + ".limit", ProblemCodes.BadWarningLimit, "Warning '" + warning.Code + "' of kind aboveLimit has no limit.");
            return;
        }

        CheckPositiveLimit(warning, context, path);
    }

    public override double LimitFor(WarningDefinition warning, int reviewPeriodDays) => warning.Limit ?? double.NaN;

    public override bool Warns(double value, double limit) => value > limit;

    public override string Describe(WarningDefinition warning) => "a value above " + Num(warning.Limit ?? double.NaN);
}
