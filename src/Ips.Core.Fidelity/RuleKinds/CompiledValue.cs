
namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled numeric value: fact × factor, ratio × factor, element count, or constant.</summary>
internal abstract class CompiledValue
{
    public abstract ValueStatus Evaluate(in FactSet facts, out double value);

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
    }

    public sealed class Constant(double constant) : CompiledValue
    {
        public override ValueStatus Evaluate(in FactSet facts, out double value)
        {
            value = constant;
            return ValueStatus.Ok;
        }
    }
}
