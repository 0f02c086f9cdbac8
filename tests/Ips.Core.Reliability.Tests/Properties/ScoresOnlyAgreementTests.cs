using FsCheck;
using FsCheck.Fluent;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Reliability.Tests.Generators;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Properties;

/// <summary>
/// <see cref="FidelityEngine.ScoreOnly(ReviewFacts, Span{ItemScore})"/> gives exactly the item statuses and scores,
/// totals, possible range and level of <see cref="FidelityEngine.Score"/>, on any facts (valid, invalid, incomplete),
/// one by one and in batches, sequential and parallel.
/// </summary>
public sealed class ScoresOnlyAgreementTests
{
    /// <summary>Base case counts (× <see cref="PropertyBudget.Scale"/>).</summary>
    internal const int ArbitraryReviews = 100_000;
    internal const int ValidReviews = 20_000;
    internal const int BatchReviews = 20_000;

    private static readonly FidelityEngine Engine = Ips25Scale.Engine;

    [Fact]
    public void ScoreOnly_AnyFacts_AgreesWithScore()
    {
        Check.One(PropertyBudget.Config(ArbitraryReviews, 31), Prop.ForAll(Arb.From(FactsGen.Review), facts => Agree(facts)));
    }

    [Fact]
    public void ScoreOnly_ValidCompleteFacts_AgreesWithScore()
    {
        Check.One(PropertyBudget.Config(ValidReviews, 32), Prop.ForAll(Arb.From(FactsGen.ValidReview), facts => Agree(facts)));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void ScoreOnly_EveryExampleReview_AgreesWithScore(string name) => Agree(Examples.Facts(name));

    public static TheoryData<string> ExampleNames() => [.. Examples.Names];

    [Fact]
    public void Batches_ParallelOverGeneratedReviews_GiveTheSequentialResultsInInputOrder()
    {
        var random = new Random(PropertyBudget.Seed(33));
        var reviews = Enumerable.Range(0, PropertyBudget.Cases(BatchReviews))
            .Select(i => i % 3 == 0 ? FactsGen.ValidReviewFrom(random) : FactsGen.ReviewFrom(random))
            .ToArray();
        var count = Engine.Scale.Items.Length;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) };

        var sequentialItems = new ItemScore[reviews.Length * count];
        var sequential = Engine.ScoreOnlyMany(reviews, sequentialItems);
        var parallelItems = new ItemScore[reviews.Length * count];
        var parallel = Engine.ScoreOnlyMany(reviews, parallelItems, options);
        var reports = Engine.ScoreMany(reviews, parallel: options);

        Assert.Equal(sequential, parallel);
        Assert.Equal(sequentialItems, parallelItems);
        for (var i = 0; i < reviews.Length; i++)
        {
            var report = reports[i];
            ScoringInvariantTests.Ensure(report.ProgrammeLabel == (reviews[i].ProgrammeLabel ?? string.Empty), reviews[i], () => $"report {i} out of order");
            ScoringInvariantTests.Ensure(Same(report, sequential[i], sequentialItems.AsSpan(i * count, count)), reviews[i], () => $"batch result {i} differs from its report");
        }
    }

    private static void Agree(ReviewFacts facts)
    {
        var report = Engine.Score(facts);
        var items = new ItemScore[Engine.Scale.Items.Length];
        var scores = Engine.ScoreOnly(facts, items);
        ScoringInvariantTests.Ensure(Same(report, scores, items), facts, () =>
            $"scores only {scores} [{string.Join(", ", items.Select(i => i.Item + ":" + i.Status + ":" + i.Score))}] but report {report.Total} level {report.Level?.Id} [{string.Join(", ", report.Items.Select(i => i.Item + ":" + i.Status + ":" + i.Score))}]");
        ScoringInvariantTests.Ensure(Engine.ScoreOnly(facts) == scores, facts, () => "ScoreOnly with and without item scores differ");
    }

    private static bool Same(FidelityReport report, ReviewScores scores, ReadOnlySpan<ItemScore> items)
    {
        if (items.Length != report.Items.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var result = report.Items[i];
            if (items[i].Item != result.Item || items[i].Status != result.Status || items[i].Score != result.Score)
            {
                return false;
            }
        }

        return scores.RatedSum == report.Total.RatedSum
            && scores.RatedCount == report.Total.RatedCount
            && scores.ItemCount == report.Total.ItemCount
            && scores.LowestPossible == report.Total.LowestPossible
            && scores.HighestPossible == report.Total.HighestPossible
            && ReferenceEquals(scores.Level, report.Level);
    }
}
