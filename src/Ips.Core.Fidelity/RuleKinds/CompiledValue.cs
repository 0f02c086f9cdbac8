using Ips.Core.Fidelity.Facts;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled numeric value: fact × factor, ratio × factor, element count, or constant.</summary>
/// <remarks>Validating, compiling and describing a <see cref="ValueDefinition"/> are here too, beside its evaluators.</remarks>
internal abstract class CompiledValue
{
    public abstract ValueStatus Evaluate(in FactSet facts, out double value);

    /// <summary>The values this value can take over <paramref name="space"/> (policy 4: some facts missing).</summary>
    public abstract ValueRange Possible(ReadOnlySpan<FactRange> space);

    /// <summary>The slot whose range a comparison on this value narrows exactly (the value is that slot's number or count as it is), or -1.</summary>
    public virtual int NarrowableSlot => -1;

    /// <summary>Checks <paramref name="value"/>; returns its domain (for band coverage) when it is sound and not a constant.</summary>
    public static ValueDomain? Validate(ValueDefinition? value, IRuleValidationContext context, string path, bool allowConstant)
    {
        if (value is null)
        {
            context.Problem(path, ProblemCodes.MissingValue, "The value is missing.");
            return null;
        }

        var forms = (value.Fact is null ? 0 : 1) + (value.Numerator is null && value.Denominator is null ? 0 : 1)
            + (value.CountOf is null ? 0 : 1) + (value.Constant is null ? 0 : 1);
        if (forms != 1)
        {
            context.Problem(path, ProblemCodes.BadValue, "A value needs exactly one of 'fact', 'numerator'/'denominator', 'countOf' and 'constant'.");
            return null;
        }

        if (value.Factor is { } factor && (!double.IsFinite(factor) || factor <= 0))
        {
            context.Problem(path + ".factor", ProblemCodes.BadValue, "A factor must be a positive finite number.");
            return null;
        }

        var scale = value.Factor ?? 1;
        ValueDomain? domain;
        if (value.Constant is not null)
        {
            // Constants only appear in comparisons, which have no bands to cover.
            if (!allowConstant)
            {
                context.Problem(path, ProblemCodes.BadValue, "A constant cannot be scored here.");
            }

            return null;
        }
        else if (value.Fact is not null)
        {
            var fact = context.RequireFact(value.Fact, path + ".fact", "value", FactKind.Number, FactKind.Count);
            if (fact is null)
            {
                return null;
            }

            domain = new ValueDomain(
                fact.Min is { } min ? min * scale : null,
                fact.MinExclusive,
                fact.Max is { } max ? max * scale : null,
                fact.MaxExclusive);
        }
        else if (value.CountOf is not null)
        {
            var fact = context.RequireFact(value.CountOf, path + ".countOf", "element count", FactKind.Elements);
            if (fact is null)
            {
                return null;
            }

            domain = new ValueDomain(0, false, fact.ElementCount, false);
        }
        else
        {
            var numerator = context.RequireFact(value.Numerator, path + ".numerator", "ratio numerator", FactKind.Number, FactKind.Count);
            var denominator = context.RequireFact(value.Denominator, path + ".denominator", "ratio denominator", FactKind.Number, FactKind.Count);
            if (numerator is null || denominator is null)
            {
                return null;
            }

            domain = new ValueDomain(0, false, null, false);
        }

        if (value.Min is not null || value.Max is not null)
        {
            domain = new ValueDomain(value.Min ?? domain.Value.Min, false, value.Max ?? domain.Value.Max, false);
        }

        return domain;
    }

    /// <summary>Compiles a validated value.</summary>
    public static CompiledValue Compile(ValueDefinition value, IRuleCompilationContext context)
    {
        var factor = value.Factor ?? 1;
        if (value.Constant is { } constant)
        {
            return new Constant(constant);
        }

        if (value.Fact is not null)
        {
            return new Fact(context.RequireSlot(value.Fact), factor);
        }

        if (value.CountOf is not null)
        {
            return new ElementCount(context.RequireSlot(value.CountOf));
        }

        return new Ratio(context.RequireSlot(value.Numerator), context.RequireSlot(value.Denominator), factor);
    }

    /// <summary>The value in words, for the item reference (e.g. <c>`a` × 100 ÷ `b`</c>).</summary>
    public static string Describe(ValueDefinition? value)
    {
        if (value is null)
        {
            return "(no value)";
        }

        var factor = value.Factor is { } f && f != 1 ? f : (double?)null;
        if (value.Fact is { } fact)
        {
            return factor is { } k ? $"{Num(k)} × `{fact}`" : $"`{fact}`";
        }

        if (value.Numerator is { } numerator)
        {
            var ratio = factor is { } k
                ? $"`{numerator}` × {Num(k)} ÷ `{value.Denominator}`"
                : $"`{numerator}` ÷ `{value.Denominator}`";
            return ratio;
        }

        if (value.CountOf is { } countOf)
        {
            return $"the number of `{countOf}` elements present";
        }

        return value.Constant is { } constant ? Num(constant) : "(no value)";
    }

    public sealed class Fact(int slot, double factor) : CompiledValue
    {
        public override ValueStatus Evaluate(in FactSet facts, out double value)
        {
            if (!facts.TryGetNumber(slot, out var number))
            {
                value = 0;
                return ValueStatus.Missing;
            }

            value = number * factor;
            return ValueStatus.Ok;
        }

        public override ValueRange Possible(ReadOnlySpan<FactRange> space)
        {
            var range = space[slot];
            // The factor is positive, so the ends map to the ends (an overflow to infinity is a value here, as in Evaluate).
            return range.IsEmpty
                ? ValueRange.Undefined(false)
                : new ValueRange(range.Lo * factor, range.Hi * factor, range.Integral && factor == 1, false);
        }

        // Only an unscaled fact: narrowing through a factor would have to undo floating-point rounding.
        public override int NarrowableSlot => factor == 1 ? slot : -1;
    }

    public sealed class Ratio(int numerator, int denominator, double factor) : CompiledValue
    {
        public override ValueStatus Evaluate(in FactSet facts, out double value)
        {
            value = 0;
            var hasNumerator = facts.TryGetNumber(numerator, out var top);
            var hasDenominator = facts.TryGetNumber(denominator, out var bottom);
            if (!hasNumerator || !hasDenominator)
            {
                return ValueStatus.Missing;
            }

            if (bottom == 0)
            {
                return ValueStatus.Undefined;
            }

            // Multiply first: 129 × 100 ÷ 200 is exactly 64.5, whereas 129 ÷ 200 × 100 is not.
            value = top * factor / bottom;
            return double.IsFinite(value) ? ValueStatus.Ok : ValueStatus.Undefined;
        }

        public override ValueRange Possible(ReadOnlySpan<FactRange> space)
        {
            var top = space[numerator];
            var bottom = space[denominator];
            if (top.IsEmpty || bottom.IsEmpty)
            {
                return ValueRange.Undefined(false);
            }

            // (top × factor) ÷ bottom is monotone in each operand on each side of zero, so its extremes are at the corners.
            var topLo = top.Lo * factor;
            var topHi = top.Hi * factor;
            var undefined = bottom.Lo <= 0 && bottom.Hi >= 0;
            var lo = double.PositiveInfinity;
            var hi = double.NegativeInfinity;
            if (bottom.Hi > 0)
            {
                Corners(topLo, topHi, Math.Max(bottom.Lo, bottom.Integral ? 1 : double.Epsilon), bottom.Hi, ref lo, ref hi, ref undefined);
            }

            if (bottom.Lo < 0)
            {
                Corners(topLo, topHi, bottom.Lo, Math.Min(bottom.Hi, bottom.Integral ? -1 : -double.Epsilon), ref lo, ref hi, ref undefined);
            }

            return new ValueRange(lo, hi, false, undefined);
        }

        private static void Corners(double topLo, double topHi, double bottomLo, double bottomHi, ref double lo, ref double hi, ref bool undefined)
        {
            Corner(topLo / bottomLo, ref lo, ref hi, ref undefined);
            Corner(topLo / bottomHi, ref lo, ref hi, ref undefined);
            Corner(topHi / bottomLo, ref lo, ref hi, ref undefined);
            Corner(topHi / bottomHi, ref lo, ref hi, ref undefined);
        }

        private static void Corner(double value, ref double lo, ref double hi, ref bool undefined)
        {
            if (!double.IsFinite(value))
            {
                // Evaluate calls an infinite quotient undefined; the finite values next to it are still possible.
                undefined = true;
                if (double.IsNaN(value))
                {
                    return;
                }

                value = value > 0 ? double.MaxValue : -double.MaxValue;
            }

            lo = Math.Min(lo, value);
            hi = Math.Max(hi, value);
        }
    }

    public sealed class ElementCount(int slot) : CompiledValue
    {
        public override ValueStatus Evaluate(in FactSet facts, out double value)
        {
            if (!facts.TryGetElementCount(slot, out var count))
            {
                value = 0;
                return ValueStatus.Missing;
            }

            value = count;
            return ValueStatus.Ok;
        }

        public override ValueRange Possible(ReadOnlySpan<FactRange> space)
        {
            var range = space[slot];
            return range.IsEmpty ? ValueRange.Undefined(false) : new ValueRange(range.Lo, range.Hi, true, false);
        }

        public override int NarrowableSlot => slot;
    }

    public sealed class Constant(double constant) : CompiledValue
    {
        public override ValueStatus Evaluate(in FactSet facts, out double value)
        {
            value = constant;
            return ValueStatus.Ok;
        }

        public override ValueRange Possible(ReadOnlySpan<FactRange> space) =>
            new(constant, constant, Math.Floor(constant) == constant, false);
    }
}
