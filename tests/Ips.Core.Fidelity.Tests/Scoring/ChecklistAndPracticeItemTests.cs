using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Element checklists (every count) and observed practices (every level).</summary>
public sealed class ChecklistAndPracticeItemTests
{
    /// <summary>
    /// Scores one item with an engine loaded and compiled inside the test, not the process-wide
    /// <see cref="Ips25Scale.Engine"/>: loading, validating and compiling the scale are part of what each case pins
    /// (a mutation-testing run switches its mutant on after <see cref="Ips25Scale.Engine"/> was compiled).
    /// </summary>
    private static ItemResult Item(int item, params FactEntry[] facts) => new FidelityEngine(Ips25Scale.LoadDefinition()).Score(item, facts);

    [Theory]
    [InlineData(5, "teamContactPractices", new[] { 1, 1, 2, 3, 4, 5 })]
    [InlineData(8, "supervisorRoles", new[] { 1, 1, 2, 3, 4, 5 })]
    [InlineData(10, "agencyFocusStrategies", new[] { 1, 1, 2, 3, 4, 5 })]
    [InlineData(11, "executiveSupportElements", new[] { 1, 1, 2, 3, 4, 5 })]
    [InlineData(13, "disclosurePractices", new[] { 1, 2, 3, 4, 5 })]
    [InlineData(25, "engagementStrategies", new[] { 1, 1, 1, 2, 3, 4, 5 })]
    public void Checklist_EveryElementCount_MapsToItsScore(int item, string factId, int[] scoreByCount)
    {
        var elements = Ips25Scale.Definition.FindItem(item)!.FindFact(factId)!.Elements.Length;
        Assert.Equal(elements + 1, scoreByCount.Length);

        for (var count = 0; count <= elements; count++)
        {
            var result = Item(item, E(factId, FirstElements(item, factId, count)));
            Assert.Equal(ItemStatus.Rated, result.Status);
            Assert.Equal(scoreByCount[count], result.Score);
            Assert.Equal(count, result.MeasuredValue);
        }
    }

    [Fact]
    public void Checklist_CountsElementsNotTheirOrder()
    {
        var result = Item(13, E("disclosurePractices", "discussedMoreThanOnce", "disclosureNotRequired"));

        Assert.Equal(3, result.Score);
    }

    [Theory]
    [InlineData(9, "exclusionPractice")]
    [InlineData(12, "benefitsPlanningPractice")]
    [InlineData(14, "careerProfilingPractice")]
    [InlineData(18, "employerContactQuality")]
    [InlineData(22, "followAlongSupportPractice")]
    [InlineData(23, "followAlongContactPractice")]
    public void Practice_EachObservedLevel_GivesOneScoreInOrder(int item, string factId)
    {
        var levels = Ips25Scale.Definition.FindItem(item)!.FindFact(factId)!.Levels;
        Assert.Equal(5, levels.Length);

        for (var i = 0; i < levels.Length; i++)
        {
            Assert.Equal(i + 1, Item(item, L(factId, levels[i].Id)).Score);
        }
    }

    [Theory]
    [InlineData("notAUnit", 1)]
    [InlineData("sameSupervisorNoGroupMeetings", 2)]
    [InlineData("sameSupervisorWeeklyDiscussion", 3)]
    [InlineData("ruralTeleconferenceWithSupervisor", 3)]
    [InlineData("unitGroupSupervisionTwoToThreeMonthly", 4)]
    [InlineData("ruralMeetingsWithClinicianHelp", 4)]
    [InlineData("unitWeeklyGroupSupervision", 5)]
    public void VocationalUnit_IncludingRuralAlternatives(string practice, int expected) =>
        Assert.Equal(expected, Item(7, L("unitPractice", practice)).Score);

    [Fact]
    public void Practice_LevelsAreNamedForPracticesNotScores()
    {
        foreach (var item in Ips25Scale.Definition.Items)
        {
            foreach (var fact in item.Facts)
            {
                foreach (var level in fact.Levels)
                {
                    Assert.DoesNotMatch("^(score|level)?[0-9]+$", level.Id);
                }
            }
        }
    }

    [Fact]
    public void Checklist_EmptySet_IsRatedAsZeroPresent()
    {
        var result = Item(5, new FactEntry("teamContactPractices", FactValue.FromElements()));

        Assert.Equal(1, result.Score);
    }
}
