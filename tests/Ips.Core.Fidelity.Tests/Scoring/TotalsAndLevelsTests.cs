using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Section subtotals, totals, the possible range with unrated items, and level determination (policy 4).</summary>
public sealed class TotalsAndLevelsTests
{
    /// <summary>Level facts for item 9 by score; used to set any item-9-like score quickly.</summary>
    private static readonly string[] ExclusionLevels =
        ["formalExclusionPolicy", "mostKeptOutAsNotReady", "someKeptOutAsNotReady", "noExclusionNarrowReferralSources", "openAccessWideReferralSources"];

    [Theory]
    [InlineData(73, "notSupportedEmployment")]
    [InlineData(74, "fair")]
    [InlineData(99, "fair")]
    [InlineData(100, "good")]
    [InlineData(114, "good")]
    [InlineData(115, "exemplary")]
    [InlineData(125, "exemplary")]
    [InlineData(25, "notSupportedEmployment")]
    public void CompleteReview_TotalAndLevelAtTheEdges(int total, string level)
    {
        var report = Engine.Score(CompleteReviewWithTotal(total));

        Assert.True(report.IsComplete);
        Assert.Equal(total, report.Total.RatedSum);
        Assert.Equal(total, report.Total.LowestPossible);
        Assert.Equal(total, report.Total.HighestPossible);
        Assert.Equal(level, report.Level!.Id);
        Assert.Equal(report.Total.RatedSum, report.Sections.Sum(s => s.Summary.RatedSum));
    }

    [Fact]
    public void EmptyReview_EveryItemNotRated_RangeIsWholeScale_NoLevel()
    {
        var report = Engine.Score(Builder().Build());

        Assert.False(report.IsComplete);
        Assert.Equal(25, report.Items.Length);
        Assert.All(report.Items, i => Assert.Equal(ItemStatus.NotRated, i.Status));
        Assert.All(report.Items, i => Assert.Equal(i.Definition.Facts.Select(f => f.Id), i.MissingFacts));
        Assert.Equal((0, 0, 25, 125), (report.Total.RatedSum, report.Total.RatedCount, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Null(report.Level);
    }

    [Fact]
    public void OneItemMissing_RangeSpansALevelEdge_NoLevel()
    {
        // 24 items rated 4 = 96; item 25 missing → 97–101: fair or good.
        var report = Engine.Score(ReviewWithAll(4, except: 25));

        Assert.Equal((96, 24, 97, 101), (report.Total.RatedSum, report.Total.RatedCount, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Null(report.Level);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void OneItemMissing_RangeInsideOneLevel_LevelIsGiven()
    {
        // 24 items rated 5 = 120; item 25 missing → 121–125: all exemplary.
        var report = Engine.Score(ReviewWithAll(5, except: 25));

        Assert.Equal((120, 121, 125), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Equal("exemplary", report.Level!.Id);
        Assert.False(report.IsComplete);
    }

    [Fact]
    public void InvalidItem_CountsAsUnratedInTheRange()
    {
        var builder = ReviewBuilderWithAll(5);
        builder.Clear(2).Set(2, "employmentServicesTimePercent", FactValue.FromNumber(101));

        var report = Engine.Score(builder.Build());

        Assert.Equal(ItemStatus.Invalid, report.Item(2).Status);
        Assert.Equal((120, 121, 125), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible));
    }

    [Fact]
    public void SectionSubtotals_AddUp()
    {
        var report = Engine.Score(ReviewWithAll(3, except: 2));

        var staffing = report.Sections[0].Summary;
        Assert.Equal("staffing", report.Sections[0].SectionId);
        Assert.Equal((6, 2, 3, 7, 11), (staffing.RatedSum, staffing.RatedCount, staffing.ItemCount, staffing.LowestPossible, staffing.HighestPossible));
        Assert.Equal((8, 8), (report.Sections[1].Summary.ItemCount, report.Sections[1].Summary.RatedCount));
        Assert.Equal(14, report.Sections[2].Summary.ItemCount);
    }

    [Fact]
    public void Report_IsStamped()
    {
        var report = Engine.Score(ReviewWithAll(3));

        Assert.Equal("ips-25", report.ScaleId);
        Assert.Equal(Ips25Scale.Definition.Revision, report.Revision);
        Assert.Equal(Ips25Scale.Definition.Edition, report.Edition);
        Assert.False(string.IsNullOrEmpty(report.EngineVersion));
        Assert.Equal(FidelityEngine.Version, report.EngineVersion);
        Assert.Equal(["roundingToAnchors", "perSpecialistAveraging", "elementChecklists", "missingFacts", "ordinalItems"], report.Policies.Select(p => p.Id));
        Assert.Equal("Team Test", report.ProgrammeLabel);
        Assert.Equal(Date, report.ReviewDate);
    }

    /// <summary>A complete review where every item scores <paramref name="score"/> (via facts that give it).</summary>
    internal static ReviewFacts ReviewWithAll(int score, int except = 0)
    {
        var builder = ReviewBuilderWithAll(score);
        if (except > 0)
        {
            builder.Clear(except);
        }

        return builder.Build();
    }

    internal static ReviewFactsBuilder ReviewBuilderWithAll(int score)
    {
        var builder = Builder();
        for (var item = 1; item <= 25; item++)
        {
            builder.Add(ItemFacts.ForProgramme(item, FactsFor(item, score)));
        }

        return builder;
    }

    /// <summary>A review with the given total: items take 5s, then 1s, so the sum is exact.</summary>
    internal static ReviewFacts CompleteReviewWithTotal(int total)
    {
        var builder = Builder();
        var remaining = total;
        for (var item = 1; item <= 25; item++)
        {
            var itemsLeft = 25 - item;
            var score = Math.Clamp(remaining - itemsLeft, 1, 5);
            remaining -= score;
            builder.Add(ItemFacts.ForProgramme(item, FactsFor(item, score)));
        }

        return builder.Build();
    }

    /// <summary>Programme facts that give <paramref name="score"/> on <paramref name="item"/>.</summary>
    internal static FactEntry[] FactsFor(int item, int score)
    {
        var definition = Ips25Scale.Definition.FindItem(item)!;
        switch (item)
        {
            case 1:
                return [C("activeParticipants", new long[] { 45, 35, 28, 23, 15 }[score - 1]), NumberFact("fullTimeEquivalents", 1)];
            case 2:
                return [NumberFact("employmentServicesTimePercent", new double[] { 50, 65, 80, 92, 98 }[score - 1])];
            case 3:
                return score switch
                {
                    1 => [L("referralPractice", "refersAllToOtherProviders"), E("phasesPerformed")],
                    2 => [L("referralPractice", "keepsCaseloadRefersVocationalWork"), E("phasesPerformed")],
                    _ => [L("referralPractice", "providesVocationalServices"), E("phasesPerformed", FirstElements(3, "phasesPerformed", score + 1))],
                };
            case 4:
                return [F("separateVocationalProgramme", score == 1), C("treatmentTeamsAssigned", 1), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", new double[] { 0, 40, 60, 80, 95 }[score - 1])];
            case 6:
                return [L("navContactFrequency", new[] { "none", "quarterly", "monthly", "weekly", "weekly" }[score - 1]), L("scheduledMeetingFrequency", new[] { "none", "none", "none", "none", "monthly" }[score - 1])];
            case 15:
                return [NumberFact("meanDaysToFirstEmployerContact", new double[] { 300, 200, 100, 45, 20 }[score - 1]), F("employerContactsTracked", true)];
            case 16:
                return [NumberFact("contactsFollowingPreferencesPercent", new double[] { 10, 30, 60, 80, 95 }[score - 1]), F("consistentWithJobSearchPlan", true)];
            case 17:
                return [NumberFact("inPersonEmployerContactsPerWeek", new double[] { 1, 2, 4, 5, 6 }[score - 1]), L("contactLogReview", "weekly"), C("jobSeekers", 10)];
            case 19:
                return [C("jobsHeld", 100), C("distinctJobTypes", new long[] { 40, 55, 65, 80, 90 }[score - 1])];
            case 20:
                return [C("jobsHeld", 100), C("distinctEmployers", new long[] { 40, 55, 65, 80, 90 }[score - 1])];
            case 21:
                return [C("currentJobs", 100), C("permanentCompetitiveJobs", new long[] { 50, 70, 80, 90, 98 }[score - 1])];
            case 24:
                return [NumberFact("communityHoursPercent", new double[] { 20, 35, 45, 55, 70 }[score - 1])];
            default:
                var fact = definition.Facts[0];
                if (fact.Kind == FactKind.Level)
                {
                    return [L(fact.Id, definition.Rule.Levels.First(l => l.Score == score).Level)];
                }

                var map = definition.Rule.Map.First(m => m.Score == score);
                return [E(fact.Id, FirstElements(item, fact.Id, map.Max))];
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void FactsFor_GivesTheIntendedScoreOnEveryItem(int score)
    {
        var report = Engine.Score(ReviewWithAll(score));

        Assert.All(report.Items, i => Assert.Equal(score, i.Score));
        Assert.Equal(25 * score, report.Total.RatedSum);
    }
}
