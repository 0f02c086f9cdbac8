using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Examples;

/// <summary>The example reviews are valid and land where they are meant to.</summary>
public sealed class ExampleReviewTests
{
    public static TheoryData<string, int, int, string?> Intended => new()
    {
        { "exemplary", 115, 125, "exemplary" },
        { "fair", 74, 99, "fair" },
        { "not-ips", 25, 73, "notSupportedEmployment" },
    };

    public static TheoryData<string> Names => new(ExampleReviews.Names);

    [Theory]
    [MemberData(nameof(Intended))]
    public void CompleteExample_ScoresInItsIntendedRange(string name, int min, int max, string? level)
    {
        var report = ExampleReviews.Report(name);

        Assert.True(report.IsComplete, name + " should rate every item");
        Assert.InRange(report.Total.RatedSum, min, max);
        Assert.Equal(level, report.Level?.Id);
        Assert.Empty(report.InputErrors);
        Assert.All(report.Items, item => Assert.Equal(ItemStatus.Rated, item.Status));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_PassesTheFactsValidator(string name)
    {
        var result = Ips25Scale.Validator.Validate(ExampleReviews.Facts(name));

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Incomplete_HasFourUnratedItems_AndNoLevelYet()
    {
        var report = ExampleReviews.Report("incomplete");

        Assert.Equal(21, report.Total.RatedCount);
        Assert.Equal(90, report.Total.RatedSum);
        Assert.Equal(94, report.Total.LowestPossible);
        Assert.Equal(110, report.Total.HighestPossible);
        Assert.Null(report.Level);
        Assert.Equal([1, 8, 11, 14], report.Items.Where(i => i.Status == ItemStatus.NotRated).Select(i => i.Item));
        Assert.Equal(["fullTimeEquivalents"], report.Item(1).MissingFacts);
    }

    [Fact]
    public void Incomplete_PerSpecialistItem_HasThreeSpecialists_OneLeftOutWithoutJobSeekers()
    {
        var item = ExampleReviews.Report("incomplete").Item(17);

        Assert.Equal(ScoringPath.PerSpecialist, item.Path);
        Assert.Equal(3, item.Specialists.Length);
        Assert.Equal([4, 5, null], item.Specialists.Select(s => s.Score));
        Assert.True(item.Specialists[2].Excluded);

        // (4 + 5) / 2 = 4.5: halves round down (policy 2).
        Assert.Equal(4, item.Score);
    }

    [Fact]
    public void Incomplete_HundredPercentOnItem2_IsAValidBoundary()
    {
        var item = ExampleReviews.Report("incomplete").Item(2);

        Assert.Equal(ItemStatus.Rated, item.Status);
        Assert.Equal(5, item.Score);
    }

    [Fact]
    public void Fair_ShowsACapOnOneSpecialist()
    {
        var item = ExampleReviews.Report("fair").Item(17);

        var capped = Assert.Single(item.Specialists, s => !s.Modifiers.IsEmpty);
        Assert.Equal("ES-2", capped.Label);
        Assert.Equal((4, 3), (capped.Modifiers[0].ScoreBefore, capped.Modifiers[0].ScoreAfter));
    }
}
