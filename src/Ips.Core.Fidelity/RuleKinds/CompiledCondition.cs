using Ips.Core.Fidelity.Facts;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>A compiled three-valued condition.</summary>
/// <remarks>Validating, compiling and describing a <see cref="ConditionDefinition"/> are here too, beside its evaluators.</remarks>
internal abstract class CompiledCondition
{
    public abstract Truth Evaluate(in FactSet facts);

    /// <summary>The truths the condition can take over <paramref name="space"/> (policy 4: some facts missing).</summary>
    public abstract TruthSet Possible(ReadOnlySpan<FactRange> space);

    /// <summary>
    /// Narrows <paramref name="space"/> to the values under which the condition is <paramref name="truth"/> (true or
    /// false), as far as intervals and option sets can say; it never removes a value under which it is. A range left empty
    /// means the condition cannot have that truth.
    /// </summary>
    public abstract void Narrow(Span<FactRange> space, bool truth);

    private static Truth Of(bool value) => value ? Truth.True : Truth.False;

    /// <summary>The one part of <paramref name="parts"/> that can be <paramref name="truth"/> over <paramref name="space"/>, or null when none or several can.</summary>
    private static CompiledCondition? OnlyOne(CompiledCondition[] parts, ReadOnlySpan<FactRange> space, bool truth)
    {
        CompiledCondition? only = null;
        foreach (var part in parts)
        {
            var set = part.Possible(space);
            if (truth ? set.CanBeTrue : set.CanBeFalse)
            {
                if (only is not null)
                {
                    return null;
                }

                only = part;
            }
        }

        return only;
    }

    /// <summary>Checks <paramref name="condition"/> and its parts against the item's facts.</summary>
    public static void Validate(ConditionDefinition? condition, IRuleValidationContext context, string path)
    {
        if (condition is null)
        {
            context.Problem(path, ProblemCodes.MissingCondition, "The condition is missing.");
            return;
        }

        switch (condition.Kind)
        {
            case ConditionKind.Compare:
                if (condition.Op is null)
                {
                    context.Problem(path + ".op", ProblemCodes.BadCondition, "A comparison needs an 'op'.");
                }

                CompiledValue.Validate(condition.Value, context, path + ".value", allowConstant: true);
                CompiledValue.Validate(condition.Than, context, path + ".than", allowConstant: true);
                break;
            case ConditionKind.Level:
                var fact = context.RequireFact(condition.Level, path + ".level", "level condition", FactKind.Level);
                var targets = (condition.AtLeast is null ? 0 : 1) + (condition.AtMost is null ? 0 : 1) + (condition.EqualTo is null ? 0 : 1);
                if (targets != 1)
                {
                    context.Problem(path, ProblemCodes.BadCondition, "A level condition needs exactly one of 'atLeast', 'atMost' and 'equals'.");
                }
                else if (fact is not null && fact.IndexOfLevel(condition.AtLeast ?? condition.AtMost ?? condition.EqualTo) < 0)
                {
                    context.Problem(path, ProblemCodes.UnknownLevel, "Level '" + (condition.AtLeast ?? condition.AtMost ?? condition.EqualTo) + "' is not a level of fact '" + fact.Id + "'.");
                }

                break;
            case ConditionKind.Flag:
                context.RequireFact(condition.Flag, path + ".flag", "flag condition", FactKind.Flag);
                if (condition.Is is null)
                {
                    context.Problem(path + ".is", ProblemCodes.BadCondition, "A flag condition needs 'is'.");
                }

                break;
            case ConditionKind.All:
            case ConditionKind.Any:
                var parts = condition.Kind == ConditionKind.All ? condition.All : condition.Any;
                if (parts.IsEmpty)
                {
                    context.Problem(path, ProblemCodes.BadCondition, "'all' and 'any' need at least one condition.");
                }

                for (var i = 0; i < parts.Length; i++)
                {
                    Validate(parts[i], context, path + (condition.Kind == ConditionKind.All ? ".all[" : ".any[") + Int(i) + "]");
                }

                break;
            case ConditionKind.Not:
                Validate(condition.Not, context, path + ".not");
                break;
            default:
                context.Problem(path, ProblemCodes.BadCondition, "A condition needs exactly one form: value/op/than, level, flag, all, any or not.");
                break;
        }
    }

    /// <summary>Compiles a validated condition.</summary>
    public static CompiledCondition Compile(ConditionDefinition condition, IRuleCompilationContext context)
    {
        switch (condition.Kind)
        {
            case ConditionKind.Compare:
                return new Compare(CompiledValue.Compile(condition.Value!, context), condition.Op!.Value, CompiledValue.Compile(condition.Than!, context));
            case ConditionKind.Level:
            {
                var slot = context.RequireSlot(condition.Level);
                var levels = context.LevelIdsOf(slot);
                var (target, mode) = condition.AtLeast is not null
                    ? (condition.AtLeast, 1)
                    : condition.AtMost is not null ? (condition.AtMost, -1) : (condition.EqualTo, 0);
                return new Level(slot, levels, IdLookup.Of(levels, target), mode);
            }

            case ConditionKind.Flag:
                return new Flag(context.RequireSlot(condition.Flag), condition.Is == true);
            case ConditionKind.All:
            case ConditionKind.Any:
            {
                var parts = condition.Kind == ConditionKind.All ? condition.All : condition.Any;
                var compiled = new CompiledCondition[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    compiled[i] = Compile(parts[i], context);
                }

                return condition.Kind == ConditionKind.All ? new All(compiled) : new Any(compiled);
            }

            case ConditionKind.Not:
                return new Not(Compile(condition.Not!, context));
            default:
                throw context.Malformed("Malformed condition");
        }
    }

    /// <summary>The condition in words, for the item reference (e.g. <c>`a` ≥ 3 and `b` is true</c>).</summary>
    public static string Describe(ConditionDefinition condition) => condition.Kind switch
    {
        ConditionKind.Compare => $"{CompiledValue.Describe(condition.Value)} {Operator(condition.Op)} {CompiledValue.Describe(condition.Than)}",
        ConditionKind.Level when condition.AtLeast is { } atLeast => $"`{condition.Level}` is `{atLeast}` or later",
        ConditionKind.Level when condition.AtMost is { } atMost => $"`{condition.Level}` is `{atMost}` or earlier",
        ConditionKind.Level => $"`{condition.Level}` is `{condition.EqualTo}`",
        ConditionKind.Flag => $"`{condition.Flag}` is {(condition.Is == true ? "true" : "false")}",
        ConditionKind.All => string.Join(" and ", condition.All.Select(Nested)),
        ConditionKind.Any => string.Join(" or ", condition.Any.Select(Nested)),
        ConditionKind.Not => $"not {Nested(condition.Not!)}",
        _ => "(invalid condition)",
    };

    private static string Nested(ConditionDefinition condition) =>
        condition.Kind is ConditionKind.All or ConditionKind.Any ? "(" + Describe(condition) + ")" : Describe(condition);

    private static string Operator(ComparisonOperator? op) => op switch
    {
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "≤",
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "≠",
        ComparisonOperator.GreaterThanOrEqual => "≥",
        ComparisonOperator.GreaterThan => ">",
        _ => "?",
    };

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

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            var l = left.Possible(space);
            var r = right.Possible(space);
            var unknown = l.MayBeUndefined || r.MayBeUndefined;
            if (l.IsEmpty || r.IsEmpty)
            {
                return new TruthSet(false, false, unknown);
            }

            // Over two intervals [a, b] and [c, d]: each truth needs one pair of values that gives it.
            var (canTrue, canFalse, unknownOp) = op switch
            {
                ComparisonOperator.LessThan => (l.Lo < r.Hi, l.Hi >= r.Lo, false),
                ComparisonOperator.LessThanOrEqual => (l.Lo <= r.Hi, l.Hi > r.Lo, false),
                ComparisonOperator.GreaterThan => (l.Hi > r.Lo, l.Lo <= r.Hi, false),
                ComparisonOperator.GreaterThanOrEqual => (l.Hi >= r.Lo, l.Lo < r.Hi, false),
                ComparisonOperator.Equal => (l.Lo <= r.Hi && r.Lo <= l.Hi, !(l.Lo == l.Hi && r.Lo == r.Hi && l.Lo == r.Lo), false),
                ComparisonOperator.NotEqual => (!(l.Lo == l.Hi && r.Lo == r.Hi && l.Lo == r.Lo), l.Lo <= r.Hi && r.Lo <= l.Hi, false),
                _ => (false, false, true),
            };
            return new TruthSet(canTrue, canFalse, unknown || unknownOp);
        }

        public override void Narrow(Span<FactRange> space, bool truth)
        {
            // "Not (a < b)" is "a ≥ b" once both are defined, which they are whenever the comparison is false.
            var effective = truth ? op : Negate(op);
            if (left.NarrowableSlot is var a and >= 0)
            {
                Bound(ref space[a], effective, right.Possible(space));
            }

            if (right.NarrowableSlot is var b and >= 0)
            {
                Bound(ref space[b], Flip(effective), left.Possible(space));
            }
        }

        /// <summary>Keeps the values <c>x</c> of <paramref name="range"/> for which <c>x op y</c> holds for some <c>y</c> of <paramref name="other"/>.</summary>
        private static void Bound(ref FactRange range, ComparisonOperator op, ValueRange other)
        {
            if (other.IsEmpty)
            {
                return;
            }

            switch (op)
            {
                case ComparisonOperator.LessThan:
                    range.AtMost(other.Hi, strict: true);
                    break;
                case ComparisonOperator.LessThanOrEqual:
                    range.AtMost(other.Hi, strict: false);
                    break;
                case ComparisonOperator.GreaterThan:
                    range.AtLeast(other.Lo, strict: true);
                    break;
                case ComparisonOperator.GreaterThanOrEqual:
                    range.AtLeast(other.Lo, strict: false);
                    break;
                case ComparisonOperator.Equal:
                    range.AtLeast(other.Lo, strict: false);
                    range.AtMost(other.Hi, strict: false);
                    break;
                case ComparisonOperator.NotEqual when other.Lo == other.Hi:
                    range.Not(other.Lo);
                    break;
            }
        }

        private static ComparisonOperator Negate(ComparisonOperator op) => op switch
        {
            ComparisonOperator.LessThan => ComparisonOperator.GreaterThanOrEqual,
            ComparisonOperator.LessThanOrEqual => ComparisonOperator.GreaterThan,
            ComparisonOperator.GreaterThan => ComparisonOperator.LessThanOrEqual,
            ComparisonOperator.GreaterThanOrEqual => ComparisonOperator.LessThan,
            ComparisonOperator.Equal => ComparisonOperator.NotEqual,
            ComparisonOperator.NotEqual => ComparisonOperator.Equal,
            _ => op,
        };

        // The same relation seen from the right-hand side: a < b is b > a.
        private static ComparisonOperator Flip(ComparisonOperator op) => op switch
        {
            ComparisonOperator.LessThan => ComparisonOperator.GreaterThan,
            ComparisonOperator.LessThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
            ComparisonOperator.GreaterThan => ComparisonOperator.LessThan,
            ComparisonOperator.GreaterThanOrEqual => ComparisonOperator.LessThanOrEqual,
            _ => op,
        };
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

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            var options = space[slot].Options;
            var holding = Holding();
            return new TruthSet((options & holding) != 0, (options & ~holding) != 0, false);
        }

        public override void Narrow(Span<FactRange> space, bool truth) =>
            space[slot].Options &= truth ? Holding() : ~Holding();

        /// <summary>The levels (one bit each) for which the condition holds.</summary>
        private ulong Holding()
        {
            var bits = 0UL;
            for (var i = 0; i < levels.Length && i < FactRange.MaxLevels; i++)
            {
                if (mode > 0 ? i >= target : mode < 0 ? i <= target : i == target)
                {
                    bits |= 1UL << i;
                }
            }

            return bits;
        }
    }

    public sealed class Flag(int slot, bool expected) : CompiledCondition
    {
        public override Truth Evaluate(in FactSet facts) =>
            facts.TryGetFlag(slot, out var flag) ? Of(flag == expected) : Truth.Unknown;

        // Bit 0 is false, bit 1 true: the bit of the flag value that makes the condition hold.
        private ulong Holding => expected ? 0b10UL : 0b01UL;

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            var options = space[slot].Options;
            return new TruthSet((options & Holding) != 0, (options & ~Holding & 0b11UL) != 0, false);
        }

        public override void Narrow(Span<FactRange> space, bool truth) =>
            space[slot].Options &= truth ? Holding : ~Holding & 0b11UL;
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

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            // False when any part is; true when all are; unknown when none is false and one is unknown.
            bool anyFalse = false, allTrue = true, allNonFalse = true, anyUnknown = false;
            foreach (var part in parts)
            {
                var set = part.Possible(space);
                anyFalse |= set.CanBeFalse;
                allTrue &= set.CanBeTrue;
                allNonFalse &= set.CanBeNonFalse;
                anyUnknown |= set.CanBeUnknown;
            }

            return new TruthSet(allTrue, anyFalse, allNonFalse && anyUnknown);
        }

        public override void Narrow(Span<FactRange> space, bool truth)
        {
            // All parts hold when the whole does; a false conjunction says which part failed only when just one can.
            if (truth)
            {
                foreach (var part in parts)
                {
                    part.Narrow(space, true);
                }
            }
            else
            {
                OnlyOne(parts, space, false)?.Narrow(space, false);
            }
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

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            // True when any part is; false when all are; unknown when none is true and one is unknown.
            bool anyTrue = false, allFalse = true, allNonTrue = true, anyUnknown = false;
            foreach (var part in parts)
            {
                var set = part.Possible(space);
                anyTrue |= set.CanBeTrue;
                allFalse &= set.CanBeFalse;
                allNonTrue &= set.CanBeNonTrue;
                anyUnknown |= set.CanBeUnknown;
            }

            return new TruthSet(anyTrue, allFalse, allNonTrue && anyUnknown);
        }

        public override void Narrow(Span<FactRange> space, bool truth)
        {
            // No part holds when the whole is false; a true disjunction says which part held only when just one can.
            if (!truth)
            {
                foreach (var part in parts)
                {
                    part.Narrow(space, false);
                }
            }
            else
            {
                OnlyOne(parts, space, true)?.Narrow(space, true);
            }
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

        public override TruthSet Possible(ReadOnlySpan<FactRange> space)
        {
            var set = inner.Possible(space);
            return new TruthSet(set.CanBeFalse, set.CanBeTrue, set.CanBeUnknown);
        }

        public override void Narrow(Span<FactRange> space, bool truth) => inner.Narrow(space, !truth);
    }
}
