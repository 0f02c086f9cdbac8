using System.Runtime.CompilerServices;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>
/// Policy 4, refined: the scores an item's fact set can still take over every admissible value of its missing facts,
/// found from the structure of its constraints, exclusion, rule and modifiers (intervals and option sets, not sampled
/// values). The engine calls it only for a fact set that could not be rated for want of facts.
/// </summary>
/// <remarks>
/// Paths are split where a condition decides: the rule is analysed under the values for which each modifier's condition is
/// true or false, so a modifier and its rule that read the same fact are not treated as independent. What cannot be
/// followed exactly (a comparison through a factor, a disjunction that holds) is widened, never narrowed: an item is only
/// ever called determined when it is.
/// </remarks>
internal static class ItemDeterminacy
{
    // Each specialist whose exclusion is unknown doubles the combinations tried; past this, the full range is reported.
    private const int MaxUncertainExclusions = 12;

    /// <summary>Every admissible value of <paramref name="fact"/>, within its declared bounds and options.</summary>
    public static FactRange AnyValueOf(FactDefinition fact)
    {
        switch (fact.Kind)
        {
            case FactKind.Flag:
                return new FactRange { IsOption = true, Options = 0b11 };
            case FactKind.Level:
                var count = fact.Levels.Length;
                return new FactRange { IsOption = true, Options = count >= FactRange.MaxLevels ? ulong.MaxValue : (1UL << count) - 1 };
            case FactKind.Elements:
                return new FactRange { Lo = 0, Hi = fact.Elements.Length, Integral = true };
            default:
                var integral = fact.Kind == FactKind.Count;
                var lo = fact.Min is { } min ? (fact.MinExclusive ? Math.BitIncrement(min) : min) : -double.MaxValue;
                var hi = fact.Max is { } max ? (fact.MaxExclusive ? Math.BitDecrement(max) : max) : double.MaxValue;
                var range = new FactRange { Lo = lo, Hi = hi, Integral = integral };
                range.Normalise();
                return range;
        }
    }

    /// <summary>The one value <paramref name="value"/> given for <paramref name="fact"/> (validated: it fits the fact).</summary>
    public static FactRange ValueOf(FactDefinition fact, in FactValue value)
    {
        switch (fact.Kind)
        {
            case FactKind.Flag:
                return new FactRange { IsOption = true, Options = value.Flag == true ? 0b10UL : 0b01UL };
            case FactKind.Level:
                var index = fact.IndexOfLevel(value.Level);
                return new FactRange { IsOption = true, Options = index is >= 0 and < FactRange.MaxLevels ? 1UL << index : 0 };
            case FactKind.Elements:
                var elements = value.Elements;
                var present = elements.IsDefault ? 0 : elements.Length;
                return new FactRange { Lo = present, Hi = present, Integral = true };
            default:
                var number = value.Number ?? double.NaN;
                return new FactRange { Lo = number, Hi = number, Integral = fact.Kind == FactKind.Count };
        }
    }

    /// <summary>The possible outcomes of the fact set <paramref name="entries"/> (resolved to <paramref name="slots"/>, -1 absent).</summary>
    [SkipLocalsInit] // the space is filled before it is read
    public static PossibleOutcomes Analyse(CompiledItem item, ReadOnlySpan<FactEntry> entries, ReadOnlySpan<int> slots)
    {
        if (!item.Analysable)
        {
            return PossibleOutcomes.NotRated;
        }

        Span<FactRange> space = slots.Length <= 32 ? stackalloc FactRange[slots.Length] : new FactRange[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            space[i] = slots[i] < 0 ? item.AnyValue[i] : ValueOf(item.Facts[i], entries[slots[i]].Value);
        }

        return Analyse(item, space);
    }

    /// <summary>The possible outcomes over <paramref name="space"/>, which is narrowed in place.</summary>
    public static PossibleOutcomes Analyse(CompiledItem item, Span<FactRange> space)
    {
        // Admissible values satisfy the item's constraints (a constraint that cannot be decided refuses nothing).
        foreach (var (_, condition) in item.Constraints)
        {
            var truth = condition.Possible(space);
            if (!truth.CanBeNonFalse)
            {
                return default;
            }

            if (!truth.CanBeUnknown)
            {
                condition.Narrow(space, true);
            }
        }

        var possible = default(PossibleOutcomes);
        if (FactRange.AnyEmpty(space))
        {
            return possible;
        }

        if (item.Exclude is { } exclude)
        {
            var truth = exclude.Possible(space);
            possible.MayBeExcluded = truth.CanBeTrue;
            possible.MayBeNotRated = truth.CanBeUnknown;
            if (!truth.CanBeFalse)
            {
                return possible;
            }

            exclude.Narrow(space, false);
            if (FactRange.AnyEmpty(space))
            {
                return possible;
            }
        }

        Paths(item, space, 0, 0, ref possible);
        return possible;
    }

    /// <summary>Follows modifier <paramref name="index"/> onwards, true and false; <paramref name="applied"/> has a bit per modifier taken as true.</summary>
    [SkipLocalsInit] // the copy is written before it is read
    private static void Paths(CompiledItem item, ReadOnlySpan<FactRange> space, int index, ulong applied, ref PossibleOutcomes possible)
    {
        var modifiers = item.Modifiers;
        Span<FactRange> copy = space.Length <= 32 ? stackalloc FactRange[space.Length] : new FactRange[space.Length];
        if (index == modifiers.Length)
        {
            space.CopyTo(copy);
            var rule = item.Rule.Possible(copy);
            possible.MayBeNotRated |= rule.MayBeNotRated;
            var scores = rule.Scores;
            while (scores != UInt128.Zero)
            {
                var score = (int)UInt128.TrailingZeroCount(scores);
                scores &= scores - UInt128.One;
                for (var m = 0; m < modifiers.Length; m++)
                {
                    if ((applied & (1UL << m)) != 0)
                    {
                        score = modifiers[m].Apply(score);
                    }
                }

                possible.Add(score);
            }

            return;
        }

        var condition = modifiers[index].Condition;
        var truth = condition.Possible(space);
        if (truth.CanBeUnknown && !possible.MayBeNotRated)
        {
            // An undecidable modifier leaves the item unrated, but only where the rule gives a score for it to modify.
            space.CopyTo(copy);
            possible.MayBeNotRated = item.Rule.Possible(copy).Scores != UInt128.Zero;
        }

        foreach (var holds in (ReadOnlySpan<bool>)[true, false])
        {
            if (holds ? !truth.CanBeTrue : !truth.CanBeFalse)
            {
                continue;
            }

            space.CopyTo(copy);
            condition.Narrow(copy, holds);
            if (!FactRange.AnyEmpty(copy))
            {
                Paths(item, copy, index + 1, holds ? applied | (1UL << index) : applied, ref possible);
            }
        }
    }

    /// <summary>
    /// The lowest and highest combined score of a per-specialist item: <paramref name="certain"/> specialists' scores are
    /// known; each <paramref name="uncertain"/> one lies in its range and may be excluded. Mean and median are monotone, so
    /// each choice of who is included is bounded by combining the lows and combining the highs.
    /// </summary>
    /// <returns>False when the combinations are too many to try or every specialist may be excluded (the item may not be rated).</returns>
    [SkipLocalsInit] // the scratch buffer is written before it is read
    public static bool CombinedRange(SpecialistCombination combination, ReadOnlySpan<int> certain, ReadOnlySpan<SpecialistRange> uncertain, out int low, out int high)
    {
        low = int.MaxValue;
        high = int.MinValue;
        var optional = 0;
        foreach (var specialist in uncertain)
        {
            if (specialist.MayBeExcluded)
            {
                optional++;
            }
        }

        if (optional > MaxUncertainExclusions)
        {
            return false;
        }

        var width = certain.Length + uncertain.Length;
        Span<int> lows = width <= 64 ? stackalloc int[width] : new int[width];
        Span<int> highs = width <= 64 ? stackalloc int[width] : new int[width];
        for (var choice = 0; choice < 1 << optional; choice++)
        {
            certain.CopyTo(lows);
            certain.CopyTo(highs);
            var count = certain.Length;
            var bit = 0;
            foreach (var specialist in uncertain)
            {
                if (specialist.MayBeExcluded && (choice & (1 << bit++)) == 0)
                {
                    continue; // excluded in this choice (or, with no score possible, in every choice)
                }

                if (!specialist.CanBeScored)
                {
                    continue;
                }

                lows[count] = specialist.Low;
                highs[count] = specialist.High;
                count++;
            }

            if (count == 0)
            {
                return false;
            }

            low = Math.Min(low, combination.Apply(lows[..count]));
            high = Math.Max(high, combination.Apply(highs[..count]));
        }

        return true;
    }
}
