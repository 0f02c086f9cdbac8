using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>
/// Policy 4, refined: an item is rated when every admissible value of its missing facts gives the same score, and says
/// what it was determined without; otherwise it is not rated and carries the scores it can still take.
/// </summary>
public sealed class DeterminedWithoutTests
{
    [Fact]
    public void Item15_100Days_TrackingFlagMissing_Is3DeterminedWithoutTheFlag()
    {
        // 100 days is 3; the cap for untracked contacts (at most 4) cannot lower it.
        var result = Item(15, NumberFact("meanDaysToFirstEmployerContact", 100));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(3, result.Score);
        Assert.Equal(["employerContactsTracked"], result.DeterminedWithout);
        Assert.Empty(result.MissingFacts);
        Assert.Null(result.PossibleScores);
    }

    [Fact]
    public void Item15_20Days_TrackingFlagMissing_NotRated_4Or5()
    {
        // 20 days is 5 when contacts are tracked and 4 (capped) when they are not.
        var result = Item(15, NumberFact("meanDaysToFirstEmployerContact", 20));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["employerContactsTracked"], result.MissingFacts);
        Assert.Equal((4, 5), (result.PossibleScores!.Min, result.PossibleScores.Max));
        Assert.Empty(result.DeterminedWithout);
    }

    [Fact]
    public void Item21_NoPermanentJobs_CurrentJobsMissing_Is1DeterminedWithoutCurrentJobs()
    {
        // Fewer than 10 jobs is 1; 10 or more with none permanent is 0 % and also 1.
        var result = Item(21, C("permanentCompetitiveJobs", 0));

        Assert.Equal(1, result.Score);
        Assert.Equal(["currentJobs"], result.DeterminedWithout);
    }

    [Fact]
    public void Item21_RatedWithoutPermanentJobs_WhicheverCaseDecides()
    {
        // The rule reads currentJobs first: 5 jobs decide alone. The result is the same, and says the same, as when the
        // missing fact is the one the first case does not need.
        var fewJobs = Item(21, C("currentJobs", 5));
        var noPermanent = Item(21, C("permanentCompetitiveJobs", 0));
        var both = Item(21, C("currentJobs", 5), C("permanentCompetitiveJobs", 0));

        Assert.Equal((ItemStatus.Rated, 1), (fewJobs.Status, fewJobs.Score!.Value));
        Assert.Equal(["permanentCompetitiveJobs"], fewJobs.DeterminedWithout);
        Assert.Equal((ItemStatus.Rated, 1), (noPermanent.Status, noPermanent.Score!.Value));
        Assert.Equal(["currentJobs"], noPermanent.DeterminedWithout);
        Assert.Equal(1, both.Score);
        Assert.Empty(both.DeterminedWithout);
    }

    [Fact]
    public void Item21_ManyPermanentJobs_CurrentJobsMissing_NotRated_WithTheScoresStillPossible()
    {
        // 12 permanent of at least 12 current jobs: from 100 % (5) down towards 0 % (1), every score.
        var result = Item(21, C("permanentCompetitiveJobs", 12));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["currentJobs"], result.MissingFacts);
        Assert.Equal((1, 5), (result.PossibleScores!.Min, result.PossibleScores.Max));
    }

    [Fact]
    public void Item18_FiveSpecialistsAt3_OneUnrated_Is3()
    {
        // Mean of five 3s and any sixth score (1–5) is 2.67–3.33: 3 whatever the sixth.
        var specialists = Enumerable.Range(1, 5)
            .Select(i => ("ES " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { L("employerContactQuality", "followsUpAdvertisedOpenings") }))
            .Append(("ES 6", Array.Empty<FactEntry>()))
            .ToArray();

        var result = ForSpecialists(18, specialists);

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(3, result.Score);
        Assert.Equal(["employerContactQuality"], result.DeterminedWithout);
        Assert.Equal(ItemStatus.NotRated, result.Specialists[5].Status);
        Assert.Equal(["employerContactQuality"], result.Specialists[5].MissingFacts);
        Assert.Equal((1, 5), (result.Specialists[5].PossibleScores!.Min, result.Specialists[5].PossibleScores!.Max));
    }

    [Fact]
    public void Item18_TwoSpecialistsAt3_OneUnrated_NotRated_2To4()
    {
        // (3 + 3 + 1) / 3 = 2.33 → 2; (3 + 3 + 5) / 3 = 3.67 → 4.
        var result = ForSpecialists(18,
            ("A", [L("employerContactQuality", "followsUpAdvertisedOpenings")]),
            ("B", [L("employerContactQuality", "followsUpAdvertisedOpenings")]),
            ("C", []));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["employerContactQuality"], result.MissingFacts);
        Assert.Equal((2, 4), (result.PossibleScores!.Min, result.PossibleScores.Max));
    }

    [Fact]
    public void Item17_SpecialistWhoseExclusionIsUnknown_CountsBothWays()
    {
        // A at 5 (no job seekers missing for B: B may be excluded, or scored 1–5): alone 5, with B (5 + 1) / 2 = 3 … 5.
        var result = ForSpecialists(17,
            ("A", [NumberFact("inPersonEmployerContactsPerWeek", 6), L("contactLogReview", LogReviewLevel(0)), C("jobSeekers", 10)]),
            ("B", []));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(ItemStatus.NotRated, result.Specialists[1].Status);
        Assert.Equal(["contactLogReview", "inPersonEmployerContactsPerWeek", "jobSeekers"], result.MissingFacts.Order(StringComparer.Ordinal));
        ScoreOnlyTests.AssertSame(Engine, Raw(ItemFacts.ForSpecialists(17, result.Specialists.Select(s => new SpecialistFacts { Label = s.Label, Facts = s.Facts }))));
    }

    [Fact]
    public void Item17_OnlySpecialistMayBeExcluded_NotRated_WholeRange()
    {
        // Job seekers missing: the one specialist may be left out, and with everyone left out the item is not rated.
        var result = ForSpecialists(17, ("B", [NumberFact("inPersonEmployerContactsPerWeek", 6), L("contactLogReview", LogReviewLevel(2))]));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["jobSeekers"], result.MissingFacts);
        Assert.Equal((1, 5), (result.PossibleScores!.Min, result.PossibleScores.Max));
        Assert.Equal((25, 125), Possible(Engine.ScoreOnly(Raw(ItemFacts.ForSpecialists(17, [new SpecialistFacts { Label = "B", Facts = result.Specialists[0].Facts }])))));
    }

    [Fact]
    public void Item17_SpecialistExcludedWhateverTheMissingFacts_IsExcluded()
    {
        // No job seekers: excluded whatever the contacts and log review.
        var result = ForSpecialists(17,
            ("A", [NumberFact("inPersonEmployerContactsPerWeek", 1), L("contactLogReview", LogReviewLevel(0)), C("jobSeekers", 10)]),
            ("B", [C("jobSeekers", 0)]));

        Assert.True(result.Specialists[1].Excluded);
        Assert.Equal(["contactLogReview", "inPersonEmployerContactsPerWeek"], result.Specialists[1].DeterminedWithout.Order(StringComparer.Ordinal));
        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(1, result.Score);
    }

    [Fact]
    public void PartialReview_PossibleTotalsAreTheSumsOfTheItemsRanges()
    {
        // Item 15 at 20 days without the flag can only be 4 or 5; every other item is missing (1–5).
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 20))));

        Assert.Equal((0, 24 + 4, 24 * 5 + 5), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible));
        var services = report.Sections.Single(s => s.Section.Id == report.Item(15).Definition.Section);
        Assert.Equal(services.Summary.ItemCount - 1 + 4, services.Summary.LowestPossible);
        Assert.Equal(Engine.ScoreOnly(Raw(ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 20)))).LowestPossible, report.Total.LowestPossible);
    }

    [Fact]
    public void ItemWithTwoPossibleScores_LevelFollowsTheNarrowedRange()
    {
        // Every item 4 (96) except item 15, at 20 days without the tracking flag: 4 or 5, so the total is 100 or 101, both
        // "good". Counting item 15 as 1–5, as before policy 4 was refined, the range was 97–101 and there was no level.
        var builder = TotalsAndLevelsTests.ReviewBuilderWithAll(4);
        builder.Clear(15);
        builder.Add(ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 20)));
        var facts = builder.Build();

        var report = Engine.Score(facts);

        Assert.Equal((96, 100, 101), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Equal("good", report.Level?.Id);
        Assert.Equal("good", Engine.ScoreOnly(facts).LevelId);
        ScoreOnlyTests.AssertSame(Engine, facts);
    }

    private static (int Lowest, int Highest) Possible(ReviewScores scores) => (scores.LowestPossible, scores.HighestPossible);

    /// <summary>The contact-log review level at position <paramref name="index"/> of item 17's fact.</summary>
    private static string LogReviewLevel(int index) =>
        Engine.Scale.FindItem(17)!.FindFact("contactLogReview")!.Levels[index].Id;
}
