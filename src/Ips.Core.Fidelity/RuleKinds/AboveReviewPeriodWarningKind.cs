using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// <see cref="WarningKind.AboveReviewPeriod"/>: a number of days (a mean, say) longer than the review's period,
/// which facts about that period cannot show. A review that states no period is not checked.
/// </summary>
internal sealed class AboveReviewPeriodWarningKind : WarningKindBase
{
    public static AboveReviewPeriodWarningKind Instance { get; } = new();

    private AboveReviewPeriodWarningKind()
    {
    }

    public override WarningKind Kind => WarningKind.AboveReviewPeriod;

    public override string Name => "aboveReviewPeriod";

    public override void Validate(WarningDefinition warning, IRuleValidationContext context, string path)
    {
        if (warning.Limit is not null)
        {
            context.Problem(path + ".limit", ProblemCodes.BadWarningLimit, "Warning '" + warning.Code + "' of kind aboveReviewPeriod takes its limit from the review period; it states none of its own.");
        }
    }

    public override double LimitFor(WarningDefinition warning, int reviewPeriodDays) => reviewPeriodDays > 0 ? reviewPeriodDays : double.NaN;

    public override bool Warns(double value, double limit) => value > limit;

    public override string Describe(WarningDefinition warning) => "a number of days above the length of the review period (not checked without a period)";
}
