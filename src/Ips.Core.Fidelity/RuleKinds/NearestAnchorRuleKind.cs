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

        // Beyond this magnitude distances to nearby points can round to the same double and tie; every point counts as possible there.
        private const double ExactMagnitude = 4503599627370496; // 2^52

        public override PossibleOutcomes Possible(Span<FactRange> space)
        {
            var range = value.Possible(space);
            var possible = new PossibleOutcomes { MayBeNotRated = range.MayBeUndefined };
            if (range.IsEmpty)
            {
                return possible;
            }

            var lo = range.Lo;
            var hi = range.Hi;
            if (Math.Max(Math.Abs(lo), Math.Abs(hi)) >= ExactMagnitude)
            {
                foreach (var point in points)
                {
                    possible.Add(point.Score);
                }

                Try(ref possible, lo, lo, hi);
                Try(ref possible, hi, lo, hi);
                return possible;
            }

            // The nearest point changes only at a midpoint between two points: the ends and the values around each midpoint meet every winner.
            Try(ref possible, lo, lo, hi);
            Try(ref possible, hi, lo, hi);
            for (var i = 0; i < points.Length; i++)
            {
                for (var j = 0; j < points.Length; j++)
                {
                    if (points[i].Value < points[j].Value)
                    {
                        var middle = points[i].Value + ((points[j].Value - points[i].Value) / 2);
                        TryAround(ref possible, middle, range.Integral, lo, hi);
                    }
                }
            }

            return possible;
        }

        private void TryAround(ref PossibleOutcomes possible, double middle, bool whole, double lo, double hi)
        {
            if (whole)
            {
                var floor = Math.Floor(middle);
                for (var k = -1; k <= 2; k++)
                {
                    Try(ref possible, floor + k, lo, hi);
                }

                return;
            }

            // A few doubles either side: the distances are rounded, so the tie may sit an ulp or two off the midpoint.
            var below = middle;
            var above = middle;
            Try(ref possible, middle, lo, hi);
            for (var k = 0; k < 4; k++)
            {
                below = Math.BitDecrement(below);
                above = Math.BitIncrement(above);
                Try(ref possible, below, lo, hi);
                Try(ref possible, above, lo, hi);
            }
        }

        /// <summary>Adds the outcome for <paramref name="v"/> if it lies in [lo, hi]: the same choice as <see cref="Evaluate"/>.</summary>
        private void Try(ref PossibleOutcomes possible, double v, double lo, double hi)
        {
            if (!(v >= lo && v <= hi))
            {
                return;
            }

            var best = -1;
            var bestDistance = double.PositiveInfinity;
            for (var i = 0; i < points.Length; i++)
            {
                var distance = Math.Abs(v - points[i].Value);
                if (distance < bestDistance || (best >= 0 && distance == bestDistance && points[i].Score < points[best].Score))
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best < 0)
            {
                possible.MayBeNotRated = true;
            }
            else
            {
                possible.Add(points[best].Score);
            }
        }
    }
}
