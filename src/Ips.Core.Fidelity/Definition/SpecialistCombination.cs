namespace Ips.Core.Fidelity.Definition;

/// <summary>How the scores of an item rated per employment specialist combine into the item's score (policy 2).</summary>
/// <remarks>
/// Part of the scale definition: a scale states it once (<see cref="ScaleDefinition.SpecialistScores"/>) and an item may
/// state its own (<see cref="ItemDefinition.SpecialistScores"/>). Every per-specialist result is stamped with the
/// combination used. Specialists left out by the item's exclusion take no part. Immutable.
/// </remarks>
/// <param name="Combine">How the included specialists' scores combine.</param>
/// <param name="Ties">Which whole score a combined value exactly halfway between two scores takes.</param>
public sealed record SpecialistCombination(CombineMethod Combine, TieRule Ties)
{
    /// <summary>Combines <paramref name="scores"/> (each a whole score; at least one) into one whole score.</summary>
    /// <param name="scores">The included specialists' scores; reordered in place when the method is <see cref="CombineMethod.Median"/>.</param>
    /// <returns>The combined score.</returns>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is empty.</exception>
    public int Apply(Span<int> scores)
    {
        if (scores.IsEmpty)
        {
            throw new ArgumentException("At least one score is needed to combine.", nameof(scores));
        }

        // Work in halves: twice the combined value is a whole number for both methods, so no floating point is needed.
        long twiceNumerator;
        long denominator;
        switch (Combine)
        {
            case CombineMethod.Median:
                scores.Sort();
                var middle = scores.Length / 2;
                twiceNumerator = scores.Length % 2 == 1 ? 2L * scores[middle] : (long)scores[middle - 1] + scores[middle];
                denominator = 2;
                break;
            default:
                long sum = 0;
                foreach (var score in scores)
                {
                    sum += score;
                }

                twiceNumerator = 2 * sum;
                denominator = 2L * scores.Length;
                break;
        }

        // Nearest whole score to twiceNumerator / denominator; exact halves go down or up as the tie rule says.
        // Scores are never negative, so integer division floors.
        var below = twiceNumerator / denominator;
        var remainder2 = 2 * (twiceNumerator - (below * denominator));
        var rounded = remainder2 > denominator || (remainder2 == denominator && Ties == TieRule.Up) ? below + 1 : below;
        return checked((int)rounded);
    }

    /// <summary>The method's id as the definition JSON writes it: <c>mean</c> or <c>median</c>.</summary>
    internal string CombineId => Combine == CombineMethod.Median ? "median" : "mean";

    /// <summary>The tie rule's id as the definition JSON writes it: <c>down</c> or <c>up</c>.</summary>
    internal string TiesId => Ties == TieRule.Up ? "up" : "down";

    /// <summary>The combination as text, e.g. <c>mean, ties down</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => CombineId + ", ties " + TiesId;
}
