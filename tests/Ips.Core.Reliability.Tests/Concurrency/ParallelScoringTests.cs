using System.Security.Cryptography;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Reliability.Tests.Generators;
using Ips.Core.Reliability.Tests.Properties;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Concurrency;

/// <summary>One shared <see cref="FidelityEngine"/> scoring 100 000 reviews in parallel gives exactly the sequential results.</summary>
public sealed class ParallelScoringTests
{
    /// <summary>Base review count (× <see cref="PropertyBudget.Scale"/>).</summary>
    internal const int Reviews = 100_000;

    /// <summary>Distinct generated fact sets; review <c>i</c> scores fact set <c>i % Pool</c> in language <c>i % 2</c>, so every score is recomputed many times under contention.</summary>
    private const int Pool = 4_000;

    [Fact]
    public void ParallelScoring_OnASharedEngine_GivesExactlyTheSequentialResults()
    {
        var random = new Random(PropertyBudget.Seed(21));
        var pool = Enumerable.Range(0, Pool)
            .Select(i => i % 3 == 0 ? FactsGen.ValidReviewFrom(random) : FactsGen.ReviewFrom(random))
            .Select(f => f.Items.Any(i => i is not null && i.Specialists.Length > 100) ? FactsGen.ValidReviewFrom(random) : f)
            .ToArray();
        var engine = new FidelityEngine(Ips25Scale.Engine.Scale);
        var count = PropertyBudget.Cases(Reviews);

        var sequential = new string[count];
        for (var i = 0; i < count; i++)
        {
            sequential[i] = Fingerprint(engine.Score(pool[i % Pool]), Language(i), full: i < Pool * 2);
        }

        var parallel = new string[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
        {
            parallel[i] = Fingerprint(engine.Score(pool[i % Pool]), Language(i), full: i < Pool * 2);
        });

        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(sequential[i], parallel[i], StringComparison.Ordinal))
            {
                Assert.Fail(ScoringInvariantTests.Failure(pool[i % Pool], $"review {i}: parallel result differs from the sequential one"));
            }
        }
    }

    [Fact]
    public void DefaultEngine_FirstUseFromManyThreads_IsOneInstance()
    {
        var engines = new FidelityEngine[64];
        Parallel.For(0, engines.Length, i => engines[i] = Ips25Scale.Engine);
        Assert.All(engines, e => Assert.Same(engines[0], e));
    }

    private static ReportLanguage Language(int i) => i % 2 == 0 ? Ips25Scale.Norwegian : Ips25Scale.English;

    /// <summary>
    /// A stable hash of a report: the SHA-256 of its JSON for the first two rounds over the pool (every fact set in
    /// both languages), and of a compact field-by-field text (statuses, scores, paths, measured values, specialists,
    /// modifiers, errors, totals, level) for the rest, which keeps 100 000 reviews affordable.
    /// </summary>
    private static string Fingerprint(FidelityReport report, ReportLanguage language, bool full)
    {
        if (full)
        {
            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(FidelityJson.WriteReport(report, language))));
        }

        var text = new StringBuilder(512);
        text.Append(language.Code).Append('|').Append(report.Total.RatedSum).Append('|').Append(report.Total.LowestPossible).Append('|')
            .Append(report.Total.HighestPossible).Append('|').Append(report.Level?.Id).Append('|').Append(report.InputErrors.Length);
        foreach (var item in report.Items)
        {
            text.Append(';').Append(item.Item).Append(':').Append((int)item.Status).Append(':').Append(item.Score).Append(':').Append((int)item.Path)
                .Append(':').Append(item.MeasuredValue?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(item.Errors.Length)
                .Append(':').Append(item.Modifiers.Length).Append(':').Append(item.MissingFacts.Length);
            foreach (var error in item.Errors)
            {
                text.Append(',').Append(error.Code).Append('@').Append(error.FactId);
            }

            foreach (var specialist in item.Specialists)
            {
                text.Append('/').Append(specialist.Score).Append(specialist.Excluded ? 'x' : '-').Append((int)specialist.Status);
            }
        }

        return text.ToString();
    }
}
