using System.Numerics;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>
/// The outcomes a rule (or a whole item) can still have while facts are missing (policy 4): the set of possible scores,
/// one bit per score 0–<see cref="Definition.ScoreRange.Limit"/>, and whether it can end not rated (a not-rated outcome,
/// an undefined value) or excluded.
/// </summary>
internal struct PossibleOutcomes
{
    /// <summary>Bit <c>s</c> is set when score <c>s</c> is possible.</summary>
    public UInt128 Scores;

    /// <summary>Whether the outcome can be "not rated" (a not-rated outcome, or a value or condition that is undefined).</summary>
    public bool MayBeNotRated;

    /// <summary>Whether the fact set can be excluded by the item's exclusion.</summary>
    public bool MayBeExcluded;

    /// <summary>Only "not rated".</summary>
    public static PossibleOutcomes NotRated => new() { MayBeNotRated = true };

    /// <summary>Whether no outcome at all is possible (every path was infeasible).</summary>
    public readonly bool IsEmpty => Scores == UInt128.Zero && !MayBeNotRated && !MayBeExcluded;

    /// <summary>The lowest possible score (the set must hold one).</summary>
    public readonly int Lowest => (int)UInt128.TrailingZeroCount(Scores);

    /// <summary>The highest possible score (the set must hold one).</summary>
    public readonly int Highest => 127 - (int)UInt128.LeadingZeroCount(Scores);

    /// <summary>Whether exactly one score, and nothing else, is possible: the outcome is determined.</summary>
    public readonly bool IsDetermined(out int score)
    {
        if (!MayBeNotRated && !MayBeExcluded && Scores != UInt128.Zero && UInt128.PopCount(Scores) == UInt128.One)
        {
            score = Lowest;
            return true;
        }

        score = 0;
        return false;
    }

    /// <summary>Adds score <paramref name="score"/> (a score outside 0–127 cannot be held and counts as not rated).</summary>
    public void Add(int score)
    {
        if (score is >= 0 and < 128)
        {
            Scores |= UInt128.One << score;
        }
        else
        {
            MayBeNotRated = true;
        }
    }

    /// <summary>Adds every outcome of <paramref name="other"/>.</summary>
    public void Add(in PossibleOutcomes other)
    {
        Scores |= other.Scores;
        MayBeNotRated |= other.MayBeNotRated;
        MayBeExcluded |= other.MayBeExcluded;
    }
}
