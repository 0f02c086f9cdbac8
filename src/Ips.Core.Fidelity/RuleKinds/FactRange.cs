namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// The values one fact slot can still take while its fact is missing (or the one value it has when given): the abstract
/// domain the possible-outcome analysis (policy 4) works over.
/// </summary>
/// <remarks>
/// Numbers and counts are the closed interval <see cref="Lo"/>–<see cref="Hi"/> of doubles (an exclusive bound is the
/// next double inside it), counts and element counts on whole numbers only (<see cref="Integral"/>). Flags and levels are
/// the bit set <see cref="Options"/>: bit 0 false and bit 1 true, or bit <c>i</c> level <c>i</c>. Elements are abstracted
/// by how many are present, which is all a rule can see of them.
/// </remarks>
internal struct FactRange
{
    /// <summary>The lowest value (numbers, counts, element counts).</summary>
    public double Lo;

    /// <summary>The highest value (numbers, counts, element counts).</summary>
    public double Hi;

    /// <summary>The possible flags (bit 0 false, bit 1 true) or levels (bit <c>i</c> level <c>i</c>).</summary>
    public ulong Options;

    /// <summary>Whether only whole numbers are admissible (counts, element counts).</summary>
    public bool Integral;

    /// <summary>Whether the slot holds a flag or level (<see cref="Options"/>) rather than a number.</summary>
    public bool IsOption;

    /// <summary>Whether no value is left: the path that narrowed the range to nothing cannot happen.</summary>
    public readonly bool IsEmpty => IsOption ? Options == 0 : !(Lo <= Hi);

    /// <summary>The most levels a level fact may have for the analysis (one bit each).</summary>
    public const int MaxLevels = 64;

    /// <summary>Whether some slot of <paramref name="space"/> has no value left (the space is infeasible).</summary>
    public static bool AnyEmpty(ReadOnlySpan<FactRange> space)
    {
        foreach (ref readonly var range in space)
        {
            if (range.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps only values at least <paramref name="bound"/> (strictly above it when <paramref name="strict"/>).</summary>
    public void AtLeast(double bound, bool strict)
    {
        var lo = strict ? (Integral ? Math.Floor(bound) + 1 : Math.BitIncrement(bound)) : bound;
        if (lo > Lo)
        {
            Lo = lo;
        }

        Normalise();
    }

    /// <summary>Keeps only values at most <paramref name="bound"/> (strictly below it when <paramref name="strict"/>).</summary>
    public void AtMost(double bound, bool strict)
    {
        var hi = strict ? (Integral ? Math.Ceiling(bound) - 1 : Math.BitDecrement(bound)) : bound;
        if (hi < Hi)
        {
            Hi = hi;
        }

        Normalise();
    }

    /// <summary>Removes the single value <paramref name="value"/> when it is an end of the range (the only removal an interval can hold).</summary>
    public void Not(double value)
    {
        if (Lo == value)
        {
            Lo = Integral ? value + 1 : Math.BitIncrement(value);
        }
        else if (Hi == value)
        {
            Hi = Integral ? value - 1 : Math.BitDecrement(value);
        }
    }

    /// <summary>Keeps a whole-number range on whole numbers.</summary>
    public void Normalise()
    {
        if (Integral)
        {
            Lo = Math.Ceiling(Lo);
            Hi = Math.Floor(Hi);
        }
    }
}
