using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Item 17: nearest anchor with ties down, the job-seeker rule, review caps and exclusion.</summary>
public sealed class EmployerContactTests
{
    /// <summary>
    /// Scores one item with an engine loaded and compiled inside the test, not the process-wide
    /// <see cref="Ips25Scale.Engine"/>: loading, validating and compiling the scale are part of what each case pins
    /// (a mutation-testing run switches its mutant on after <see cref="Ips25Scale.Engine"/> was compiled).
    /// </summary>
    private static ItemResult Item(int item, params FactEntry[] facts) => new FidelityEngine(Ips25Scale.LoadDefinition()).Score(item, facts);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1.9, 1)]
    [InlineData(2, 2)]
    [InlineData(2.9, 2)]
    [InlineData(3, 2)]
    [InlineData(3.1, 3)]
    [InlineData(4, 3)]
    [InlineData(4.5, 3)]
    [InlineData(4.6, 4)]
    [InlineData(5, 4)]
    [InlineData(5.5, 4)]
    [InlineData(5.6, 5)]
    [InlineData(6, 5)]
    [InlineData(20, 5)]
    public void ContactsPerWeek_WithWeeklyReview_NearestAnchorTiesDown(double contacts, int expected) =>
        Assert.Equal(expected, Score(contacts, "weekly", 10));

    [Theory]
    [InlineData(6, "none", 2)]
    [InlineData(4, "none", 2)]
    [InlineData(1, "none", 1)]
    [InlineData(6, "monthly", 3)]
    [InlineData(5, "monthly", 3)]
    [InlineData(4, "monthly", 3)]
    [InlineData(3, "monthly", 2)]
    [InlineData(6, "weekly", 5)]
    public void ContactLogReview_CapsTheScore(double contacts, string review, int expected) =>
        Assert.Equal(expected, Score(contacts, review, 10));

    [Fact]
    public void NoTracking_RecordsTheCapWithItsReason()
    {
        var result = Item(17, NumberFact("inPersonEmployerContactsPerWeek", 6), L("contactLogReview", "none"), C("jobSeekers", 10));

        var cap = Assert.Single(result.Modifiers);
        Assert.Equal((5, 2), (cap.ScoreBefore, cap.ScoreAfter));
        Assert.Equal(0, cap.Index);
    }

    [Theory]
    [InlineData(1, 2, 5)]
    [InlineData(2, 4, 5)]
    [InlineData(2, 3.9, 3)]
    [InlineData(2, 3, 2)]
    [InlineData(2, 4.5, 5)]
    [InlineData(1, 1.9, 1)]
    [InlineData(3, 4, 3)]
    [InlineData(3, 6, 5)]
    public void FewerThanThreeJobSeekers_TwoContactsPerSeekerIsTheFiveAnchor(long seekers, double contacts, int expected) =>
        Assert.Equal(expected, Score(contacts, "weekly", seekers));

    [Theory]
    [InlineData(1.9, "weekly", 5, 1)]
    [InlineData(2, "weekly", 5, 2)]
    [InlineData(3, "weekly", 5, 2)]
    [InlineData(4.5, "weekly", 5, 3)]
    [InlineData(5.5, "weekly", 5, 4)]
    [InlineData(5.6, "weekly", 5, 5)]
    [InlineData(9, "weekly", 5, 5)]
    [InlineData(6, "monthly", 5, 3)]
    [InlineData(6, "none", 5, 2)]
    public void ContactsPerWeekAndReview_WithFiveJobSeekers(double contacts, string review, long seekers, int expected) =>
        Assert.Equal(expected, Score(contacts, review, seekers));

    [Fact]
    public void JobSeekerRule_StillCappedByReview() => Assert.Equal(3, Score(2, "monthly", 1));

    [Fact]
    public void PerSpecialist_AveragesAndExcludesSpecialistsWithoutJobSeekers()
    {
        var result = ForSpecialists(
            17,
            ("ES 1", [NumberFact("inPersonEmployerContactsPerWeek", 6), L("contactLogReview", "weekly"), C("jobSeekers", 8)]),
            ("ES 2", [NumberFact("inPersonEmployerContactsPerWeek", 4), L("contactLogReview", "weekly"), C("jobSeekers", 5)]),
            ("ES 3", [NumberFact("inPersonEmployerContactsPerWeek", 0), L("contactLogReview", "weekly"), C("jobSeekers", 0)]));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(ScoringPath.PerSpecialist, result.Path);
        Assert.Equal(4, result.Score); // (5 + 3) / 2 = 4
        Assert.Equal([5, 3, null], result.Specialists.Select(s => s.Score));
        Assert.True(result.Specialists[2].Excluded);
        Assert.Equal(1, result.ExcludedSpecialists);
        Assert.Contains("left out", result.Specialists[2].Reason!.Get(Ips25Scale.English), StringComparison.Ordinal);
        Assert.Equal(5.0, result.MeasuredValue);
    }

    [Fact]
    public void PerSpecialist_AllWithoutJobSeekers_IsNotRated()
    {
        var result = ForSpecialists(
            17,
            ("ES 1", [NumberFact("inPersonEmployerContactsPerWeek", 0), L("contactLogReview", "weekly"), C("jobSeekers", 0)]),
            ("ES 2", [NumberFact("inPersonEmployerContactsPerWeek", 1), L("contactLogReview", "none"), C("jobSeekers", 0)]));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Null(result.Score);
        Assert.Equal(2, result.ExcludedSpecialists);
        Assert.Contains("No specialist", result.NotRatedReason!.Get(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Programme_WithNoJobSeekers_IsNotRated()
    {
        var result = Item(17, NumberFact("inPersonEmployerContactsPerWeek", 3), L("contactLogReview", "weekly"), C("jobSeekers", 0));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.NotNull(result.NotRatedReason);
    }

    [Fact]
    public void UnknownExclusion_OneContactWeeklyReviewNoJobSeekersFact_StaysNotRated()
    {
        // Without the job-seeker count the specialist may have nobody looking for work (excluded) or score 1: not "not excluded".
        var result = ForSpecialists(17, ("ES 1", [NumberFact("inPersonEmployerContactsPerWeek", 1), L("contactLogReview", "weekly")]));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Null(result.Score);
        Assert.Equal(["jobSeekers"], result.MissingFacts);
        Assert.Null(result.Specialists[0].Score);
        Assert.False(result.Specialists[0].Excluded);
    }

    [Fact]
    public void UnknownExclusion_OnTheProgrammePath_StaysNotRated()
    {
        var result = Item(17, NumberFact("inPersonEmployerContactsPerWeek", 1), L("contactLogReview", "weekly"));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Null(result.Score);
        Assert.Equal(["jobSeekers"], result.MissingFacts);
    }

    private static int? Score(double contacts, string review, long seekers) =>
        Item(17, NumberFact("inPersonEmployerContactsPerWeek", contacts), L("contactLogReview", review), C("jobSeekers", seekers)).Score;
}
