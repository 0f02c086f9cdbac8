using System.Collections.Immutable;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="RuleKind.Bands"/>: numeric bands over a value; with a shared boundary the lower score wins.</summary>
internal sealed class BandsRuleKind : RuleKindBase
{
    public static BandsRuleKind Instance { get; } = new();

    private BandsRuleKind()
    {
    }

    public override RuleKind Kind => RuleKind.Bands;

    public override string Name => "bands";

    /// <summary>Rounds half away from zero after removing floating-point noise (64.49999999999999 is 64.5).</summary>
    internal static double RoundWhole(double value) =>
        Math.Floor(value) == value // a whole number (most counts and percentages) rounds to itself: skip the slow 9-digit rounding
            ? value
            : Math.Round(Math.Round(value, 9, MidpointRounding.AwayFromZero), MidpointRounding.AwayFromZero);

    public override void Validate(RuleDefinition rule, IRuleValidationContext context, string path)
    {
        var domain = CompiledValue.Validate(rule.Value, context, path + ".value", allowConstant: false);
        var bands = rule.Bands;
        if (bands.IsEmpty)
        {
            context.Problem(path + ".bands", ProblemCodes.NoBands, "A bands rule needs at least one band.");
            return;
        }

        if (!context.HasNoNullEntry(bands, path + ".bands"))
        {
            return;
        }

        foreach (var band in bands)
        {
            context.CheckScore(band.Score, path + ".bands.score");
            if ((band.Min is { } lo && !double.IsFinite(lo)) || (band.Max is { } hi && !double.IsFinite(hi)))
            {
                context.Problem(path + ".bands", ProblemCodes.BadRange, "A band bound must be a finite number.");
                return;
            }
        }

        if (domain is not { } d)
        {
            return;
        }

        CheckCoverage(context, path + ".bands", rule.Rounding == Rounding.WholeNumberHalfAwayFromZero, bands, d);
    }

    public override CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context) =>
        new Evaluator(CompiledValue.Compile(rule.Value!, context), rule.Rounding == Rounding.WholeNumberHalfAwayFromZero, rule.Bands);

    public override void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        writer.Line($"{indent}Bands over {CompiledValue.Describe(rule.Value)}{(rule.Rounding == Rounding.WholeNumberHalfAwayFromZero ? ", rounded to a whole number first (halves away from zero)" : ", compared as it is (no rounding)")}:");
        writer.Line();
        foreach (var band in rule.Bands.OrderBy(b => b.Score))
        {
            writer.Line($"{indent}- {Describe(band)} → **{Num(band.Score)}**");
        }
    }

    private static string Describe(BandDefinition band)
    {
        if (band.Min is { } min && band.Max is { } max)
        {
            return !band.MinExclusive && !band.MaxExclusive
                ? $"{Num(min)}–{Num(max)}"
                : $"{(band.MinExclusive ? ">" : "≥")} {Num(min)} and {(band.MaxExclusive ? "<" : "≤")} {Num(max)}";
        }

        if (band.Min is { } low)
        {
            return $"{(band.MinExclusive ? ">" : "≥")} {Num(low)}";
        }

        if (band.Max is { } high)
        {
            return $"{(band.MaxExclusive ? "<" : "≤")} {Num(high)}";
        }

        return "any value";
    }

    /// <summary>Checks that bands cover a domain with no gap and no overlap beyond a shared boundary point.</summary>
    private static void CheckCoverage(IRuleValidationContext context, string path, bool whole, ImmutableArray<BandDefinition> bands, ValueDomain domain)
    {
        // Work on [lo, hi] intervals; with whole-number rounding, on the integers each band contains.
        var intervals = new List<(double Lo, bool LoOpen, double Hi, bool HiOpen, int Score)>(bands.Length);
        foreach (var band in bands)
        {
            double lo = band.Min ?? double.NegativeInfinity;
            double hi = band.Max ?? double.PositiveInfinity;
            bool loOpen = band.Min is not null && band.MinExclusive;
            bool hiOpen = band.Max is not null && band.MaxExclusive;
            if (whole)
            {
                lo = double.IsInfinity(lo) ? lo : (loOpen ? Math.Floor(lo) + 1 : Math.Ceiling(lo));
                hi = double.IsInfinity(hi) ? hi : (hiOpen ? Math.Ceiling(hi) - 1 : Math.Floor(hi));
                loOpen = false;
                hiOpen = false;
            }

            if (lo > hi || (lo == hi && (loOpen || hiOpen)))
            {
                context.Problem(path, ProblemCodes.EmptyBand, "A band for score " + Int(band.Score) + " contains no value.");
                return;
            }

            intervals.Add((lo, loOpen, hi, hiOpen, band.Score));
        }

        intervals.Sort((a, b) => a.Lo != b.Lo ? a.Lo.CompareTo(b.Lo) : a.LoOpen.CompareTo(b.LoOpen));

        double domLo = domain.Min ?? double.NegativeInfinity;
        double domHi = domain.Max ?? double.PositiveInfinity;
        if (whole)
        {
            domLo = double.IsInfinity(domLo) ? domLo : Math.Round(domLo, MidpointRounding.AwayFromZero);
            domHi = double.IsInfinity(domHi) ? domHi : Math.Round(domHi, MidpointRounding.AwayFromZero);
        }

        var first = intervals[0];
        if (first.Lo > domLo || (first.Lo == domLo && first.LoOpen && !domain.MinExclusive))
        {
            context.Problem(path, ProblemCodes.BandGap, "The bands leave values from " + Num(domLo) + " up to " + Num(first.Lo) + " without a score.");
        }

        for (var i = 1; i < intervals.Count; i++)
        {
            var previous = intervals[i - 1];
            var current = intervals[i];
            var gap = whole
                ? current.Lo > previous.Hi + 1
                : current.Lo > previous.Hi || (current.Lo == previous.Hi && current.LoOpen && previous.HiOpen);
            // A shared boundary point is allowed either way; only a real overlap is refused.
            var overlap = current.Lo < previous.Hi;
            if (gap)
            {
                context.Problem(path, ProblemCodes.BandGap, "The bands leave a gap between " + Num(previous.Hi) + " and " + Num(current.Lo) + ".");
            }
            else if (overlap)
            {
                context.Problem(path, ProblemCodes.BandOverlap, "The bands for scores " + Int(previous.Score) + " and " + Int(current.Score) + " overlap beyond a shared boundary.");
            }
        }

        var last = intervals[^1];
        if (last.Hi < domHi || (last.Hi == domHi && last.HiOpen && !domain.MaxExclusive))
        {
            context.Problem(path, ProblemCodes.BandGap, "The bands leave values above " + Num(last.Hi) + " (up to " + Num(domHi) + ") without a score.");
        }
    }

    /// <summary>The evaluator: the first band (in score order) that contains the (rounded) value gives the score.</summary>
    internal sealed class Evaluator : CompiledRule
    {
        private readonly CompiledValue value;
        private readonly bool round;
        private readonly Band[] bands;

        /// <param name="value">The value scored.</param>
        /// <param name="round">Whether to round to a whole number first.</param>
        /// <param name="bands">The bands; sorted here by score so a shared boundary takes the lower score.</param>
        public Evaluator(CompiledValue value, bool round, IEnumerable<BandDefinition> bands)
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

        public override PossibleOutcomes Possible(Span<FactRange> space)
        {
            var range = value.Possible(space);
            var possible = new PossibleOutcomes { MayBeNotRated = range.MayBeUndefined };
            if (range.IsEmpty)
            {
                return possible;
            }

            // Rounding is monotone, so the rounded values are every whole number between the rounded ends.
            var lo = round ? RoundWhole(range.Lo) : range.Lo;
            var hi = round ? RoundWhole(range.Hi) : range.Hi;
            var whole = round || range.Integral;

            // The score changes only beside a band bound: the ends and the values next to each bound meet every score reachable.
            Try(ref possible, lo, lo, hi);
            Try(ref possible, hi, lo, hi);
            foreach (ref readonly var band in bands.AsSpan())
            {
                if (band.HasMin)
                {
                    TryAround(ref possible, band.Min, whole, lo, hi);
                }

                if (band.HasMax)
                {
                    TryAround(ref possible, band.Max, whole, lo, hi);
                }
            }

            return possible;
        }

        private void TryAround(ref PossibleOutcomes possible, double bound, bool whole, double lo, double hi)
        {
            if (whole)
            {
                var floor = Math.Floor(bound);
                for (var k = -1; k <= 2; k++)
                {
                    Try(ref possible, floor + k, lo, hi);
                }
            }
            else
            {
                Try(ref possible, Math.BitDecrement(bound), lo, hi);
                Try(ref possible, bound, lo, hi);
                Try(ref possible, Math.BitIncrement(bound), lo, hi);
            }
        }

        /// <summary>Adds the outcome for <paramref name="v"/> (already rounded when the rule rounds) if it lies in [lo, hi].</summary>
        private void Try(ref PossibleOutcomes possible, double v, double lo, double hi)
        {
            if (!(v >= lo && v <= hi))
            {
                return;
            }

            foreach (ref readonly var band in bands.AsSpan())
            {
                if (band.Contains(v))
                {
                    possible.Add(band.Score);
                    return;
                }
            }

            possible.MayBeNotRated = true;
        }

        /// <summary>A band flattened for the hot path: the same test as <see cref="BandDefinition.Contains"/>.</summary>
        private readonly record struct Band(bool HasMin, double Min, bool MinExclusive, bool HasMax, double Max, bool MaxExclusive, int Score)
        {
            public bool Contains(double value) =>
                (!HasMin || (MinExclusive ? value > Min : value >= Min))
                && (!HasMax || (MaxExclusive ? value < Max : value <= Max));
        }
    }
}
