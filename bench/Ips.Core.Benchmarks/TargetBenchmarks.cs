using BenchmarkDotNet.Attributes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Benchmarks;

/// <summary>
/// Scores only (target 1) against the full report, over 1 and 10 000 distinct in-memory reviews (target 4: the
/// per-review cost should not grow with the batch). Times and allocations are per call: divide by <see cref="Reviews"/>.
/// </summary>
/// <remarks>
/// Built with the environment variable <c>IPS_BENCH_BASELINE=true</c> against an engine without
/// <c>ScoreOnly</c>, <see cref="ScoreOnly"/> runs the baseline shim in <c>Baseline/</c> (a full <c>Score</c>): the
/// "before" figure is what getting the scores cost then.
/// </remarks>
[MemoryDiagnoser]
public class ScoresOnlyBenchmarks
{
    private ReviewFacts[] reviews = [];
    private FidelityEngine engine = null!;

    [Params(1, 10_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        engine = Ips25Scale.Engine;
        reviews = ReviewGenerator.Generate(engine, Reviews, seed: 42);
    }

    /// <summary>Scores only: item scores and statuses, totals, range and level.</summary>
    [Benchmark(Baseline = true)]
    public long ScoreOnly()
    {
        long total = 0;
        foreach (var review in reviews)
        {
            total += engine.ScoreOnly(review).RatedSum;
        }

        return total;
    }

    /// <summary>The full report (every item's result objects).</summary>
    [Benchmark]
    public long Score()
    {
        long total = 0;
        foreach (var review in reviews)
        {
            total += engine.Score(review).Total.RatedSum;
        }

        return total;
    }
}

/// <summary>Score and explain every item (target 2): the report, then <c>Explain(n)</c> for each item.</summary>
/// <remarks>
/// <see cref="ScoreAndExplain"/> reads each explanation's <c>Status</c> (a list view's line); <see cref="ScoreAndExplainEveryText"/>
/// reads every text of every explanation (what the text renderer does).
/// </remarks>
[MemoryDiagnoser]
public class ExplainBenchmarks
{
    private ReviewFacts[] reviews = [];
    private FidelityEngine engine = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        engine = Ips25Scale.Engine;
        reviews = ReviewGenerator.Generate(engine, 1_000, seed: 42);
    }

    /// <summary>Scores a review and explains every item, reading each explanation's status line.</summary>
    [Benchmark]
    public int ScoreAndExplain()
    {
        var report = engine.Score(reviews[next++ % reviews.Length]);
        var length = 0;
        foreach (var item in report.Items)
        {
            length += report.Explain(item.Item).Status.Length;
        }

        return length;
    }

    /// <summary>Scores a review and explains every item, reading every text.</summary>
    [Benchmark]
    public int ScoreAndExplainEveryText()
    {
        var report = engine.Score(reviews[next++ % reviews.Length]);
        var length = 0;
        foreach (var item in report.Items)
        {
            var explanation = report.Explain(item.Item);
            length += explanation.Heading.Length + explanation.Status.Length + (explanation.Anchor?.Length ?? 0)
                + (explanation.NextStep?.Length ?? 0) + (explanation.Path?.Length ?? 0) + (explanation.NotRated?.Length ?? 0)
                + explanation.Modifiers.Length + explanation.Specialists.Length + explanation.Facts.Length + explanation.Errors.Length;
        }

        return length;
    }
}

/// <summary>Reading a full 25-item facts document (target 3), and a JSON batch scored end to end.</summary>
[MemoryDiagnoser]
public class FactsJsonBenchmarks
{
    private string[] documents = [];
    private FidelityEngine engine = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        engine = Ips25Scale.Engine;
        var reviews = ReviewGenerator.Generate(engine, 1_000, seed: 42);
        documents = [.. reviews.Select(FidelityJson.WriteFacts)];
    }

    /// <summary>Reads one document (<c>FidelityJson.ReadFacts</c>).</summary>
    [Benchmark]
    public int ReadFacts() => FidelityJson.ReadFacts(documents[next++ % documents.Length]).Items.Length;

    /// <summary>Reads one document and scores it (scores only).</summary>
    [Benchmark]
    public int ReadAndScoreOnly() => engine.ScoreOnly(FidelityJson.ReadFacts(documents[next++ % documents.Length])).RatedSum;
}

/// <summary>A batch of 10 000 in-memory reviews scored only, on one thread and on every core (target 4).</summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private ReviewFacts[] reviews = [];
    private FidelityEngine engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = Ips25Scale.Engine;
        reviews = ReviewGenerator.Generate(engine, 10_000, seed: 42);
    }

    /// <summary><c>ScoreOnlyMany</c> on the calling thread.</summary>
    [Benchmark(Baseline = true)]
    public int Sequential() => engine.ScoreOnlyMany(reviews, null, null).Length;

    /// <summary><c>ScoreOnlyMany</c> with <see cref="Parallel"/> over every core.</summary>
    [Benchmark]
    public int AllCores() => engine.ScoreOnlyMany(reviews, null, new ParallelOptions()).Length;
}
