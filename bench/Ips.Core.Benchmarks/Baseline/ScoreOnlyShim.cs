using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Benchmarks;

/// <summary>
/// For the "before" run only (compiled when the environment variable <c>IPS_BENCH_BASELINE</c> is <c>true</c>):
/// an engine without <c>ScoreOnly</c> gets its scores from a full report.
/// </summary>
public static class ScoreOnlyShim
{
    /// <summary>The scores of a full report.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>The report's total.</returns>
    public static ScoreSummary ScoreOnly(this FidelityEngine engine, ReviewFacts facts) => engine.Score(facts).Total;

    /// <summary>The totals of full reports, on this thread or in parallel.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="reviews">The reviews.</param>
    /// <param name="itemScores">Unused (no item scores before).</param>
    /// <param name="parallel">Null for this thread, otherwise parallel options.</param>
    /// <returns>The totals.</returns>
    public static ScoreSummary[] ScoreOnlyMany(this FidelityEngine engine, IReadOnlyList<ReviewFacts> reviews, object? itemScores, ParallelOptions? parallel)
    {
        _ = itemScores;
        var totals = new ScoreSummary[reviews.Count];
        if (parallel is null)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] = engine.Score(reviews[i]).Total;
            }
        }
        else
        {
            Parallel.For(0, totals.Length, parallel, i => totals[i] = engine.Score(reviews[i]).Total);
        }

        return totals;
    }
}
