using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>Measures how independent reviewers agree (exact, within one point, quadratic weighted kappa) and lists the items they rated differently.</summary>
/// <remarks>
/// <para>
/// <b>Quadratic weighted kappa</b> (Cohen, 1968) for two reviewers over the items both rated, with the categories the
/// scale's scores (lowest to highest item score, e.g. 1–5): κ = 1 − Σ w·o / Σ w·e, where o is the observed share of
/// items in each (score A, score B) cell, e the share expected by chance from the two reviewers' own score
/// distributions (row share × column share), and w = (a − b)² the squared distance. It is undefined (null) when the
/// expected disagreement is zero: both reviewers gave one and the same score to every item.
/// </para>
/// <para>
/// With more than two reviewers the kappa is the mean of the pairwise kappas (see <see cref="AgreementResult"/>).
/// Nothing here forms a consensus: that is the reviewers' to agree and record.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class RaterAgreement
{
    /// <summary>Compares the reviewers' ratings.</summary>
    /// <param name="ratings">The independent ratings (at least two reviewers).</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentException">Fewer than two reviewers.</exception>
    public static AgreementResult Measure(IndependentRatings ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var reviewers = ratings.Reviewers;
        if (reviewers.Length < 2)
        {
            throw new ArgumentException("Agreement needs at least two reviewers' ratings; got " + reviewers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(ratings));
        }

        var scale = ratings.Scale;
        var min = scale.Items.Min(item => scale.ScoresOf(item).Min);
        var max = scale.Items.Max(item => scale.ScoresOf(item).Max);
        var disagreements = ImmutableArray.CreateBuilder<ItemDisagreement>();
        int compared = 0, exact = 0, withinOne = 0;
        foreach (var item in scale.Items)
        {
            var scores = Enumerable.Range(0, reviewers.Length).Select(r => ratings.ScoreOf(r, item.Number)).ToImmutableArray();
            var given = scores.Where(s => s is not null).Select(s => s!.Value).ToArray();
            if (given.Length >= 2 && given.Max() != given.Min())
            {
                disagreements.Add(new ItemDisagreement(item.Number, scores, ratings.Consensus.TryGetValue(item.Number, out var c) ? c : null));
            }

            if (given.Length == reviewers.Length)
            {
                compared++;
                var spread = given.Max() - given.Min();
                exact += spread == 0 ? 1 : 0;
                withinOne += spread <= 1 ? 1 : 0;
            }
        }

        var pairs = ImmutableArray.CreateBuilder<PairAgreement>();
        for (var a = 0; a < reviewers.Length; a++)
        {
            for (var b = a + 1; b < reviewers.Length; b++)
            {
                pairs.Add(Pair(ratings, a, b, min, max));
            }
        }

        var kappas = pairs.Where(p => p.WeightedKappa is not null).Select(p => p.WeightedKappa!.Value).ToArray();
        return new AgreementResult
        {
            Reviewers = reviewers,
            ItemsCompared = compared,
            Disagreements = disagreements.ToImmutable(),
            ExactAgreement = compared == 0 ? null : (double)exact / compared,
            WithinOne = compared == 0 ? null : (double)withinOne / compared,
            WeightedKappa = kappas.Length == 0 ? null : kappas.Average(),
            Pairs = pairs.ToImmutable(),
            FactDifferences = ratings.FactDifferences,
        };
    }

    /// <summary>Cohen's quadratic weighted kappa of two lists of paired scores in the categories <paramref name="min"/>–<paramref name="max"/>; null when undefined.</summary>
    /// <param name="first">The first reviewer's scores.</param>
    /// <param name="second">The second reviewer's scores, paired by position.</param>
    /// <param name="min">The lowest category.</param>
    /// <param name="max">The highest category.</param>
    /// <returns>The kappa, or null when there are no pairs or the expected disagreement is zero.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, or a score is outside <paramref name="min"/>–<paramref name="max"/>.</exception>
    public static double? QuadraticWeightedKappa(IReadOnlyList<int> first, IReadOnlyList<int> second, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException("The two lists of scores must be paired (the same length).", nameof(second));
        }

        if (first.Count == 0 || max < min)
        {
            return null;
        }

        var k = max - min + 1;
        var observed = new double[k, k];
        var rows = new double[k];
        var columns = new double[k];
        for (var i = 0; i < first.Count; i++)
        {
            if (first[i] < min || first[i] > max || second[i] < min || second[i] > max)
            {
                throw new ArgumentException("A score is outside the categories " + min.ToString(System.Globalization.CultureInfo.InvariantCulture) + "–" + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(first));
            }

            observed[first[i] - min, second[i] - min]++;
            rows[first[i] - min]++;
            columns[second[i] - min]++;
        }

        double n = first.Count, observedDisagreement = 0, expectedDisagreement = 0;
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                double weight = (a - b) * (a - b);
                observedDisagreement += weight * observed[a, b] / n;
                expectedDisagreement += weight * (rows[a] / n) * (columns[b] / n);
            }
        }

        return expectedDisagreement == 0 ? null : 1 - (observedDisagreement / expectedDisagreement);
    }

    private static PairAgreement Pair(IndependentRatings ratings, int a, int b, int min, int max)
    {
        var first = new List<int>();
        var second = new List<int>();
        foreach (var item in ratings.Scale.Items)
        {
            if (ratings.ScoreOf(a, item.Number) is { } x && ratings.ScoreOf(b, item.Number) is { } y)
            {
                first.Add(x);
                second.Add(y);
            }
        }

        var n = first.Count;
        var exact = first.Zip(second).Count(p => p.First == p.Second);
        var within = first.Zip(second).Count(p => Math.Abs(p.First - p.Second) <= 1);
        return new PairAgreement(a, b, n, n == 0 ? null : (double)exact / n, n == 0 ? null : (double)within / n, QuadraticWeightedKappa(first, second, min, max));
    }
}
