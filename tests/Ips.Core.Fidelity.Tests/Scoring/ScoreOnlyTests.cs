using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary><see cref="FidelityEngine.ScoreOnly(ReviewFacts)"/>: the same scores as <see cref="FidelityEngine.Score"/>, without allocating; and the batch entry points.</summary>
public sealed class ScoreOnlyTests
{
    /// <summary>Every example in <c>examples/reviews</c> (not only the four snapshotted ones).</summary>
    private static string[] ExampleNames() =>
        [.. System.IO.Directory.GetFiles(ExampleReviews.Directory, "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f))];

    public static TheoryData<string> AllExamples() => [.. ExampleNames()];

    /// <summary>Asserts the scores-only path gives exactly the report's item statuses, scores, totals, range and level.</summary>
    internal static void AssertSame(FidelityEngine engine, ReviewFacts? facts)
    {
        var report = engine.Score(facts!);
        var items = new ItemScore[engine.Scale.Items.Length];
        var scores = engine.ScoreOnly(facts!, items);

        Assert.Equal(report.Items.Select(i => (i.Item, i.Status, i.Score)), items.Select(i => (i.Item, i.Status, i.Score)));
        Assert.Equal(report.Total.RatedSum, scores.RatedSum);
        Assert.Equal(report.Total.RatedCount, scores.RatedCount);
        Assert.Equal(report.Total.ItemCount, scores.ItemCount);
        Assert.Equal(report.Total.LowestPossible, scores.LowestPossible);
        Assert.Equal(report.Total.HighestPossible, scores.HighestPossible);
        Assert.Same(report.Level, scores.Level);
        Assert.Equal(report.Level?.Id, scores.LevelId);
        Assert.Equal(report.IsComplete, scores.IsComplete);
        Assert.Equal(scores, engine.ScoreOnly(facts!));
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void ScoreOnly_EveryExampleReview_GivesTheReportsScores(string name)
    {
        var facts = ExampleReviews.Facts(name);
        AssertSame(Engine, facts);

        var report = Engine.Score(facts);
        Assert.Equal(report.Level?.Id, Engine.ScoreOnly(facts).LevelId);
    }

    [Fact]
    public void ScoreOnly_AnExampleWithKnownTotals_GivesThem()
    {
        var scores = Engine.ScoreOnly(ExampleReviews.Facts("fair"));
        var report = ExampleReviews.Report("fair");

        Assert.True(scores.RatedCount > 0);
        Assert.Equal(report.Total.RatedSum, scores.RatedSum);
        Assert.NotNull(scores.LevelId);
    }

    [Fact]
    public void ScoreOnly_NullEmptyInvalidAndDuplicateFacts_GivesTheReportsScores()
    {
        AssertSame(Engine, null);
        AssertSame(Engine, Builder().Build());

        var item1 = ItemFacts.ForProgramme(1, C("activeParticipants", 36), NumberFact("fullTimeEquivalents", 2));
        var badValue = ItemFacts.ForProgramme(1, C("activeParticipants", -3), NumberFact("fullTimeEquivalents", double.NaN));
        var unknownFact = ItemFacts.ForProgramme(1, C("nope", 3));
        var both = new ItemFacts { Item = 1, Programme = item1.Programme, Specialists = [new SpecialistFacts { Label = "A", Facts = item1.Programme }] };
        var notPerSpecialist = new ItemFacts { Item = 1, Specialists = [new SpecialistFacts { Label = "A", Facts = item1.Programme }] };
        foreach (var items in new[] { [item1], [item1, item1], [badValue], [unknownFact], [both], [notPerSpecialist], [new ItemFacts { Item = 99 }, item1], new ItemFacts[] { null! } })
        {
            AssertSame(Engine, new ReviewFacts { ProgrammeLabel = "P", ReviewDate = Date, Items = [.. items] });
        }
    }

    [Fact]
    public void ScoreOnly_PerSpecialistItems_CombineAsTheReportDoes()
    {
        // Item 17 (per specialist): rated, not rated, excluded and badly labelled specialists.
        var scale = Engine.Scale;
        foreach (var item in scale.Items.Where(i => i.PerSpecialist))
        {
            var random = new Random(item.Number);
            for (var n = 0; n < 40; n++)
            {
                var specialists = Enumerable.Range(0, random.Next(1, 5)).Select(s => new SpecialistFacts
                {
                    Label = random.Next(12) == 0 ? string.Empty : "ES " + (random.Next(8) == 0 ? 0 : s).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Facts = [.. item.Facts.Where(_ => random.Next(6) != 0).Select(f => new FactEntry(f.Id, AnyValue(f, random)))],
                });
                AssertSame(Engine, new ReviewFacts { ProgrammeLabel = "P", ReviewDate = Date, Items = [new ItemFacts { Item = item.Number, Specialists = [.. specialists] }] });
            }
        }
    }

    [Fact]
    public void ScoreOnly_WarmedUp_AllocatesNothing()
    {
        var facts = ExampleReviews.Facts("fair");
        var incomplete = ExampleReviews.Facts("incomplete");
        Span<ItemScore> items = stackalloc ItemScore[Engine.Scale.Items.Length];
        _ = Engine.ScoreOnly(facts);
        _ = Engine.ScoreOnly(facts, items);
        _ = Engine.ScoreOnly(incomplete);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += Engine.ScoreOnly(facts).RatedSum;
            total += Engine.ScoreOnly(facts, items).RatedSum;
            total += Engine.ScoreOnly(incomplete).HighestPossible;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(total > 0);
    }

    [Fact]
    public void ScoreOnly_NothingMissing_AllocatesNothing_AndNeitherDoesTheMissingFactsAnalysis()
    {
        // A complete review never reaches the policy-4 analysis; a review with facts missing that it can settle
        // (item 15 without the flag, item 21 without current jobs, item 18 with one specialist unknown) runs it on the stack.
        var complete = TotalsAndLevelsTests.ReviewWithAll(4);
        var partial = Raw(
            ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 100)),
            ItemFacts.ForProgramme(21, C("permanentCompetitiveJobs", 9)),
            ItemFacts.ForSpecialists(18, [new SpecialistFacts { Label = "A", Facts = [L("employerContactQuality", "followsUpAdvertisedOpenings")] }, new SpecialistFacts { Label = "B", Facts = [] }]));
        Assert.True(Engine.ScoreOnly(complete).IsComplete);
        Assert.Equal(1, Engine.ScoreOnly(partial).RatedCount);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += Engine.ScoreOnly(complete).RatedSum;
        }

        var completeBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            total += Engine.ScoreOnly(partial).HighestPossible;
        }

        var partialBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, completeBytes);
        Assert.Equal(0, partialBytes);
        Assert.True(total > 0);
    }

    [Fact]
    public void ScoreOnly_SpanShorterThanTheScale_Throws()
    {
        var items = new ItemScore[Engine.Scale.Items.Length - 1];

        var error = Assert.Throws<ArgumentException>(() => Engine.ScoreOnly(Builder().Build(), items));

        Assert.Equal("itemScores", error.ParamName);
    }

    [Fact]
    public void Batches_SequentialAndParallel_GiveTheSingleResultsInInputOrder()
    {
        var names = ExampleNames();
        var reviews = Enumerable.Range(0, 500).Select(i => ExampleReviews.Facts(names[i % names.Length]) with { ProgrammeLabel = "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var count = Engine.Scale.Items.Length;

        var sequential = Engine.ScoreOnlyMany(reviews);
        var itemScores = new ItemScore[reviews.Length * count];
        var parallel = Engine.ScoreOnlyMany(reviews, itemScores, new ParallelOptions { MaxDegreeOfParallelism = 4 });
        var reports = Engine.ScoreMany(reviews, parallel: new ParallelOptions());

        Assert.Equal(reviews.Length, reports.Length);
        for (var i = 0; i < reviews.Length; i++)
        {
            var single = Engine.ScoreOnly(reviews[i]);
            Assert.Equal(single, sequential[i]);
            Assert.Equal(single, parallel[i]);
            Assert.Equal("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), reports[i].ProgrammeLabel);
            Assert.Equal(Engine.Score(reviews[i]).Items.Select(r => (r.Item, r.Status, r.Score)), reports[i].Items.Select(r => (r.Item, r.Status, r.Score)));
            Assert.Equal(reports[i].Items.Select(r => (r.Item, r.Status, r.Score)), itemScores.AsSpan(i * count, count).ToArray().Select(s => (s.Item, s.Status, s.Score)));
        }

        Assert.Throws<ArgumentException>(() => Engine.ScoreOnlyMany(reviews, new ItemScore[(reviews.Length * count) - 1]));
    }

    private static FactValue AnyValue(FactDefinition fact, Random random) => fact.Kind switch
    {
        FactKind.Count => FactValue.FromCount(random.Next(-1, 60)),
        FactKind.Number => FactValue.FromNumber(Math.Round(random.NextDouble() * 10, 1)),
        FactKind.Elements => FactValue.FromElements(fact.Elements.Where(_ => random.Next(2) == 0).Select(e => e.Id)),
        FactKind.Level => FactValue.FromLevel(fact.Levels[random.Next(fact.Levels.Length)].Id),
        _ => FactValue.FromFlag(random.Next(2) == 0),
    };
}
