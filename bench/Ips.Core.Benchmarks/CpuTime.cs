using System.Diagnostics;
using System.Globalization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Benchmarks;

/// <summary>
/// <c>cputime [--seconds S]</c>: each target's workload timed by process CPU time (not wall time) after a warm-up of
/// S seconds, with bytes allocated per operation: the better measure on a shared, busy machine. One line per workload.
/// </summary>
public static class CpuTime
{
    /// <summary>Runs every workload and prints its CPU time and allocation per operation.</summary>
    /// <param name="args">Options.</param>
    /// <returns>0.</returns>
    public static int Run(string[] args)
    {
        var seconds = 2.0;
        for (var a = 0; a + 1 < args.Length; a += 2)
        {
            switch (args[a])
            {
                case "--seconds":
                    seconds = double.Parse(args[a + 1], CultureInfo.InvariantCulture);
                    break;
                case "--only":
                    only = args[a + 1];
                    break;
            }
        }

        var engine = Ips25Scale.Engine;
        var reviews = ReviewGenerator.Generate(engine, 10_000, seed: 42);
        var documents = reviews.Take(1_000).Select(FidelityJson.WriteFacts).ToArray();
        var one = reviews[..1];

        Time("ScoreOnly, 1 review", seconds, 200_000, i => engine.ScoreOnly(one[0]).RatedSum);
        Time("ScoreOnly, 10 000 reviews", seconds, 200_000, i => engine.ScoreOnly(reviews[i % reviews.Length]).RatedSum);
        Time("Score, 1 review", seconds, 100_000, i => engine.Score(one[0]).Total.RatedSum);
        Time("Score, 10 000 reviews", seconds, 100_000, i => engine.Score(reviews[i % reviews.Length]).Total.RatedSum);

        // The reviews the explaining workloads use: what explaining adds is the difference from this.
        Time("Score, 1 000 reviews", seconds, 100_000, i => engine.Score(reviews[i % 1_000]).Total.RatedSum);
        Time("Score + Explain every item (Status)", seconds, 50_000, i =>
        {
            var report = engine.Score(reviews[i % 1_000]);
            var length = 0;
            foreach (var item in report.Items)
            {
                length += report.Explain(item.Item).Status.Length;
            }

            return length;
        });
        Time("Score + Explain every item (every text)", seconds, 20_000, i =>
        {
            var report = engine.Score(reviews[i % 1_000]);
            var length = 0;
            foreach (var item in report.Items)
            {
                var e = report.Explain(item.Item);
                length += e.Heading.Length + e.Status.Length + (e.Anchor?.Length ?? 0) + (e.NextStep?.Length ?? 0) + (e.Path?.Length ?? 0)
                    + (e.NotRated?.Length ?? 0) + e.Modifiers.Length + e.Specialists.Length + e.Facts.Length + e.Errors.Length;
            }

            return length;
        });
        Time("ReadFacts (full document)", seconds, 50_000, i => FidelityJson.ReadFacts(documents[i % documents.Length]).Items.Length);
        Time("ReadFacts + ScoreOnly", seconds, 50_000, i => engine.ScoreOnly(FidelityJson.ReadFacts(documents[i % documents.Length])).RatedSum);
        return 0;
    }

    /// <summary>Runs only the workloads whose name contains this text (<c>--only</c>), e.g. to profile one under <c>perf</c>.</summary>
    private static string? only;

    private static void Time(string name, double warmSeconds, int operations, Func<int, long> body)
    {
        if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var warm = Stopwatch.StartNew();
        for (var w = 0; warm.Elapsed.TotalSeconds < warmSeconds; w++)
        {
            body(w);
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        long sink = 0;
        for (var i = 0; i < operations; i++)
        {
            sink += body(i);
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-42} cpu {used.TotalMilliseconds * 1000 / operations,8:F3} us  wall {wall.Elapsed.TotalMilliseconds * 1000 / operations,8:F3} us  {bytes / (double)operations,8:F0} B/op  [{sink % 10}]"));
    }
}
