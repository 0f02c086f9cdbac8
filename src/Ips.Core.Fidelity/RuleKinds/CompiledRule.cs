using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled rule: one of the generic kinds, with fact ids resolved to slots.</summary>
internal abstract class CompiledRule
{
    public abstract Outcome Evaluate(in FactSet facts);

    /// <summary>Rounds half away from zero after removing floating-point noise (64.49999999999999 is 64.5).</summary>
    internal static double RoundWhole(double value) =>
        Math.Floor(value) == value // a whole number (most counts and percentages) rounds to itself: skip the slow 9-digit rounding
            ? value
            : Math.Round(Math.Round(value, 9, MidpointRounding.AwayFromZero), MidpointRounding.AwayFromZero);

    public sealed class Bands : CompiledRule
    {
        private readonly CompiledValue value;
        private readonly bool round;
        private readonly Band[] bands;

        /// <param name="value">The value scored.</param>
        /// <param name="round">Whether to round to a whole number first.</param>
        /// <param name="bands">The bands; sorted here by score so a shared boundary takes the lower score.</param>
        public Bands(CompiledValue value, bool round, IEnumerable<BandDefinition> bands)
        {
            this.value = value;
            this.round = round;
            var sorted = bands.ToArray();
            Array.Sort(sorted, static (a, b) => a.Score.CompareTo(b.Score));
            this.bands = Array.ConvertAll(sorted, static b => new Band(b.Min is not null, b.Min ?? 0, b.MinExclusive, b.Max is not null, b.Max ?? 0, b.MaxExclusive, b.Score));
        }

        public override Outcome Evaluate(in FactSet facts)
        {
            var status = value.Evaluate(facts, out var v);
            if (status != ValueStatus.Ok)
            {
                return Outcome.From(status);
            }

            if (round)
            {
                v = RoundWhole(v);
            }

            foreach (ref readonly var band in bands.AsSpan())
            {
                if (band.Contains(v))
                {
                    return Outcome.Rated(band.Score);
                }
            }

            return Outcome.Undefined;
        }

        /// <summary>A band flattened for the hot path: the same test as <see cref="BandDefinition.Contains"/>.</summary>
        private readonly record struct Band(bool HasMin, double Min, bool MinExclusive, bool HasMax, double Max, bool MaxExclusive, int Score)
        {
            public bool Contains(double value) =>
                (!HasMin || (MinExclusive ? value > Min : value >= Min))
                && (!HasMax || (MaxExclusive ? value < Max : value <= Max));
        }
    }

    public sealed class NearestAnchor : CompiledRule
    {
        private readonly CompiledValue value;
        private readonly AnchorPointDefinition[] points;

        public NearestAnchor(CompiledValue value, IEnumerable<AnchorPointDefinition> points)
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

    public sealed class ElementCount(int slot, int[] scoreByCount) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            if (!facts.TryGetElementCount(slot, out var count))
            {
                return Outcome.Missing;
            }

            return (uint)count < (uint)scoreByCount.Length ? Outcome.Rated(scoreByCount[count]) : Outcome.Undefined;
        }
    }

    public sealed class ObservedLevel(int slot, string[] levels, int[] scores) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            if (!facts.TryGetLevel(slot, out var level))
            {
                return Outcome.Missing;
            }

            var index = IdLookup.Of(levels, level);
            return index < 0 ? Outcome.Undefined : Outcome.Rated(scores[index]);
        }
    }

    public sealed class DecisionList(CompiledCondition[] conditions, CompiledOutcome[] outcomes, CompiledOutcome otherwise) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            for (var i = 0; i < conditions.Length; i++)
            {
                switch (conditions[i].Evaluate(facts))
                {
                    case Truth.True:
                        return outcomes[i].Evaluate(facts);
                    case Truth.Unknown:
                        return Outcome.Missing;
                }
            }

            return otherwise.Evaluate(facts);
        }
    }
}

/// <summary>A compiled decision-list outcome: a score, not rated, or a nested rule.</summary>
internal sealed class CompiledOutcome
{
    private readonly int score;
    private readonly LocalizedText? notRated;
    private readonly CompiledRule? rule;

    public CompiledOutcome(int score, LocalizedText? notRated, CompiledRule? rule)
    {
        this.score = score;
        this.notRated = notRated;
        this.rule = rule;
    }

    public Outcome Evaluate(in FactSet facts)
    {
        if (rule is not null)
        {
            return rule.Evaluate(facts);
        }

        return notRated is not null ? Outcome.NotRated(notRated) : Outcome.Rated(score);
    }
}
