namespace Ips.Core.Fidelity.Definition;

/// <summary>The whole scores an item can take, <see cref="Min"/> to <see cref="Max"/> inclusive (e.g. 1–5, or 0–3).</summary>
/// <remarks>
/// Part of the scale definition: a scale states its items' range once (<see cref="ScaleDefinition.ItemScores"/>) and an
/// item may state its own (<see cref="ItemDefinition.Scores"/>). Every anchor, band score, modifier score and the levels'
/// total range follow from it; the engine has no score constants of its own. Immutable.
/// </remarks>
/// <param name="Min">The lowest score (inclusive), 0 or more.</param>
/// <param name="Max">The highest score (inclusive), above <paramref name="Min"/> and at most <see cref="Limit"/>.</param>
public sealed record ScoreRange(int Min, int Max)
{
    /// <summary>The largest score any item may have: bounds the work a definition can ask of the validator.</summary>
    public const int Limit = 100;

    /// <summary>How many scores the range holds.</summary>
    public int Count => Max - Min + 1;

    /// <summary>Whether <paramref name="score"/> is in the range.</summary>
    /// <param name="score">A score.</param>
    /// <returns><see langword="true"/> when <see cref="Min"/> ≤ <paramref name="score"/> ≤ <see cref="Max"/>.</returns>
    public bool Contains(int score) => score >= Min && score <= Max;

    /// <summary>Whether the range is usable: 0 ≤ <see cref="Min"/> &lt; <see cref="Max"/> ≤ <see cref="Limit"/>.</summary>
    public bool IsValid => Min >= 0 && Min < Max && Max <= Limit;

    /// <summary>The range as <c>min–max</c>, culture-invariant (e.g. <c>1–5</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Min.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
