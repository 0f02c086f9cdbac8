using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled three-valued condition.</summary>
internal abstract class CompiledCondition
{
    public abstract Truth Evaluate(in FactSet facts);

    private static Truth Of(bool value) => value ? Truth.True : Truth.False;

    public sealed class Compare(CompiledValue left, ComparisonOperator op, CompiledValue right) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts)
        {
            if (left.Evaluate(facts, out var a) != ValueStatus.Ok || right.Evaluate(facts, out var b) != ValueStatus.Ok)
            {
                return Truth.Unknown;
            }

            return op switch
            {
                ComparisonOperator.LessThan => Of(a < b),
                ComparisonOperator.LessThanOrEqual => Of(a <= b),
                ComparisonOperator.Equal => Of(a == b),
                ComparisonOperator.NotEqual => Of(a != b),
                ComparisonOperator.GreaterThanOrEqual => Of(a >= b),
                ComparisonOperator.GreaterThan => Of(a > b),
                _ => Truth.Unknown,
            };
        }
    }

    /// <summary>Level test; <c>mode</c> is -1 (at most), 0 (equals) or 1 (at least) against the target's position.</summary>
    public sealed class Level(int slot, string[] levels, int target, int mode) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts)
        {
            if (!facts.TryGetLevel(slot, out var level))
            {
                return Truth.Unknown;
            }

            var index = IdLookup.Of(levels, level);
            if (index < 0)
            {
                return Truth.Unknown;
            }

            return mode switch
            {
                > 0 => Of(index >= target),
                < 0 => Of(index <= target),
                _ => Of(index == target),
            };
        }
    }

    public sealed class Flag(int slot, bool expected) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts) =>
            facts.TryGetFlag(slot, out var flag) ? Of(flag == expected) : Truth.Unknown;
    }

    public sealed class All(CompiledCondition[] parts) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts)
        {
            var result = Truth.True;
            foreach (var part in parts)
            {
                var truth = part.Evaluate(facts);
                if (truth == Truth.False)
                {
                    return Truth.False;
                }

                if (truth == Truth.Unknown)
                {
                    result = Truth.Unknown;
                }
            }

            return result;
        }
    }

    public sealed class Any(CompiledCondition[] parts) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts)
        {
            var result = Truth.False;
            foreach (var part in parts)
            {
                var truth = part.Evaluate(facts);
                if (truth == Truth.True)
                {
                    return Truth.True;
                }

                if (truth == Truth.Unknown)
                {
                    result = Truth.Unknown;
                }
            }

            return result;
        }
    }

    public sealed class Not(CompiledCondition inner) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts) => inner.Evaluate(facts) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };
    }
}
