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
}
