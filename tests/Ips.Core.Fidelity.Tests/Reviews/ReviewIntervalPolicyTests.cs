using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Fidelity.Tests.Examples;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Reviews;

/// <summary>The next review is due by the level reached, under a named policy that names level ids (item 11: 6 months until good, then 12).</summary>
public sealed class ReviewIntervalPolicyTests
{
    private static readonly LocalDate Visit = new(2026, 10, 8);

    [Theory]
    [InlineData("fair", "fair", 6, "2027-04-08")]
    [InlineData("not-ips", "notSupportedEmployment", 6, "2027-04-08")]
    [InlineData("exemplary", "exemplary", 12, "2027-10-08")]
    public void Ips25Item11_SetsTheIntervalByLevel(string example, string level, int months, string due)
    {
        var next = Ips25Scale.ReviewIntervals.Schedule(ExampleReviews.Report(example), Visit);

        Assert.Equal(new NextReview(NodaTime.Text.LocalDatePattern.Iso.Parse(due).Value, "ips-25.item11", months, level), next);
    }

    [Fact]
    public void Ips25Item11_GoodLevel_IsTwelveMonths_FromTheLevelsOwnId()
    {
        var good = Ips25Scale.Definition.Levels.Single(l => l.Id == "good");

        Assert.Equal(12, Ips25Scale.ReviewIntervals.MonthsFor(Ips25Scale.Definition, good));
        Assert.Equal(6, Ips25Scale.ReviewIntervals.MonthsFor(Ips25Scale.Definition, Ips25Scale.Definition.Levels.Single(l => l.Id == "fair")));
    }

    [Fact]
    public void UndeterminedLevel_TakesTheLevelOfTheLowestPossibleTotal()
    {
        var report = ExampleReviews.Report("incomplete");
        Assert.Null(report.Level);
        var lowest = Ips25Scale.Definition.FindLevel(report.Total.LowestPossible)!;

        var next = Ips25Scale.ReviewIntervals.Schedule(report, Visit);

        Assert.Equal(lowest.Id, next.LevelId);
        Assert.Equal(Ips25Scale.ReviewIntervals.MonthsFor(Ips25Scale.Definition, lowest), next.Months);
    }

    [Fact]
    public void ChangedPolicy_AppliesItsOwnSteps_HighestStepWins()
    {
        var policy = ReviewIntervalPolicy.Create("county-2027", 3, [new ReviewIntervalStep("fair", 6), new ReviewIntervalStep("exemplary", 24), new ReviewIntervalStep("good", 12)]);

        Assert.Equal(3, policy.Schedule(ExampleReviews.Report("not-ips"), Visit).Months);
        Assert.Equal(6, policy.Schedule(ExampleReviews.Report("fair"), Visit).Months);
        Assert.Equal(24, policy.Schedule(ExampleReviews.Report("exemplary"), Visit).Months);
        Assert.Equal("county-2027: 3 months; fair → 6; exemplary → 24; good → 12", policy.ToString());
    }

    [Fact]
    public void EndOfMonth_IsTruncated_NotRolledOver()
    {
        var next = Ips25Scale.ReviewIntervals.Schedule(ExampleReviews.Report("fair"), new LocalDate(2026, 8, 31));

        Assert.Equal(new LocalDate(2027, 2, 28), next.Due);
    }

    [Fact]
    public void PolicyNamingAnUnknownLevel_IsRefusedWhenScheduling()
    {
        var policy = ReviewIntervalPolicy.Create("typo", 6, [new ReviewIntervalStep("godd", 12)]);

        Assert.Equal(["godd"], policy.UnknownLevels(Ips25Scale.Definition));
        var exception = Assert.Throws<ArgumentException>(() => policy.Schedule(ExampleReviews.Report("fair"), Visit));
        Assert.Contains("godd", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 6, "good", 12, "name")]
    [InlineData("p", 0, "good", 12, "default interval")]
    [InlineData("p", 6, " ", 12, "steps[0] must name a level id")]
    [InlineData("p", 6, "good", 61, "steps[0].months")]
    public void TryCreate_BrokenPolicy_SaysWhy(string name, int months, string level, int stepMonths, string expected)
    {
        Assert.False(ReviewIntervalPolicy.TryCreate(name, months, [new ReviewIntervalStep(level, stepMonths)], out var policy, out var error));
        Assert.Null(policy);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReviewIntervalPolicy.Create(name, months, [new ReviewIntervalStep(level, stepMonths)]));
    }

    [Fact]
    public void TryCreate_LevelTwice_IsRefused()
    {
        Assert.False(ReviewIntervalPolicy.TryCreate("p", 6, [new ReviewIntervalStep("good", 12), new ReviewIntervalStep("good", 18)], out _, out var error));
        Assert.Contains("a second time", error, StringComparison.Ordinal);
    }
}
