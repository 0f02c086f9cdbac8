using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="RuleKind.NearestAnchor"/>: discrete anchor points; the closest point wins, an exact tie takes the lower score.</summary>
internal sealed class NearestAnchorRuleKind : RuleKindBase
{
    public static NearestAnchorRuleKind Instance { get; } = new();

    private NearestAnchorRuleKind()
    {
    }

    public override RuleKind Kind => RuleKind.NearestAnchor;

    public override string Name => "nearestAnchor";

    public override void Validate(RuleDefinition rule, IRuleValidationContext context, string path)
    {
        CompiledValue.Validate(rule.Value, context, path + ".value", allowConstant: false);
        var points = rule.Points;
        if (points.IsEmpty)
        {
            context.Problem(path + ".points", ProblemCodes.NoPoints, "A nearestAnchor rule needs at least one point.");
        }

        for (var i = 0; i < points.Length; i++)
        {
            if (context.IsNull(points[i], path + ".points[" + Int(i) + "]"))
            {
                continue;
            }

            context.CheckScore(points[i].Score, path + ".points[" + Int(i) + "].score");
            if (!double.IsFinite(points[i].Value))
            {
                context.Problem(path + ".points[" + Int(i) + "].value", ProblemCodes.BadRange, "An anchor point must be a finite number.");
            }

            for (var j = 0; j < i; j++)
            {
                if (points[j]?.Value == points[i].Value)
                {
                    context.Problem(path + ".points[" + Int(i) + "]", ProblemCodes.DuplicatePoint, "Anchor point " + Num(points[i].Value) + " is given twice.");
                }
            }
        }
    }

    public override CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context) =>
        new Evaluator(CompiledValue.Compile(rule.Value!, context), rule.Points);

    public override void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        writer.Line($"{indent}Nearest anchor over {CompiledValue.Describe(rule.Value)}: the closest point gives the score; a value exactly halfway between two points takes the lower score.");
        writer.Line();
        foreach (var point in rule.Points.OrderBy(p => p.Value))
        {
            writer.Line($"{indent}- {Num(point.Value)} → **{Num(point.Score)}**");
        }
    }

    /// <summary>The evaluator: the closest point's score; an exact tie takes the lower score.</summary>
    internal sealed class Evaluator : CompiledRule
    {
        private readonly CompiledValue value;
        private readonly AnchorPointDefinition[] points;

        public Evaluator(CompiledValue value, IEnumerable<AnchorPointDefinition> points)
        {
            this.value = value;
            this.points = [.. points];
        }

        public override Outcome Evaluate(in FactSet facts)
        {
            var status = value.Evaluate(facts, out var v);
            if (status != ValueStatus.Ok)
            {
                return Outcome.From(status);
            }

            var best = -1;
            var bestDistance = double.PositiveInfinity;
            for (var i = 0; i < points.Length; i++)
            {
                var distance = Math.Abs(v - points[i].Value);
                // An infinite value (a fact × factor overflowing) is no nearer to any point: it stays undefined.
                if (distance < bestDistance || (best >= 0 && distance == bestDistance && points[i].Score < points[best].Score))
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            return best < 0 ? Outcome.Undefined : Outcome.Rated(points[best].Score);
        }
    }
}
