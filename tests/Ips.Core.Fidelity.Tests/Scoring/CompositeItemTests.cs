using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>
/// Items whose rule is a decision list (the spec's thresholds, shared/spec/ips-fidelity-scale.md): every case, the
/// fall-through, and their boundaries.
/// </summary>
public sealed class CompositeItemTests
{
    /// <summary>
    /// Scores one item with an engine loaded and compiled inside the test, not the process-wide
    /// <see cref="Ips25Scale.Engine"/>: loading, validating and compiling the scale are part of what each case pins
    /// (a mutation-testing run switches its mutant on after <see cref="Ips25Scale.Engine"/> was compiled).
    /// </summary>
    private static ItemResult Item(int item, params FactEntry[] facts) => new FidelityEngine(Ips25Scale.LoadDefinition()).Score(item, facts);

    [Theory]
    [InlineData("refersAllToOtherProviders", 6, 1)]
    [InlineData("keepsCaseloadRefersVocationalWork", 6, 2)]
    [InlineData("providesVocationalServices", 0, 1)]
    [InlineData("providesVocationalServices", 1, 3)]
    [InlineData("providesVocationalServices", 2, 3)]
    [InlineData("providesVocationalServices", 3, 3)]
    [InlineData("providesVocationalServices", 4, 3)]
    [InlineData("providesVocationalServices", 5, 4)]
    [InlineData("providesVocationalServices", 6, 5)]
    public void VocationalGeneralists_ReferralPracticeThenPhases(string practice, int phases, int expected) =>
        Assert.Equal(expected, Item(3, L("referralPractice", practice), E("phasesPerformed", FirstElements(3, "phasesPerformed", phases))).Score);

    [Theory]
    [InlineData(true, 1, true, 100, 1)]
    [InlineData(true, 1, true, 95, 1)]
    [InlineData(false, 3, true, 100, 2)]
    [InlineData(false, 3, true, 95, 2)]
    [InlineData(false, 2, false, 100, 2)]
    [InlineData(false, 2, false, 95, 2)]
    [InlineData(false, 2, true, 0, 2)]
    [InlineData(false, 2, true, 49, 2)]
    [InlineData(false, 2, true, 49.5, 3)]
    [InlineData(false, 2, true, 50, 3)]
    [InlineData(false, 2, true, 74, 3)]
    [InlineData(false, 2, true, 75, 4)]
    [InlineData(false, 1, true, 89, 4)]
    [InlineData(false, 1, true, 89.5, 5)]
    [InlineData(false, 1, true, 90, 5)]
    [InlineData(false, 1, true, 100, 5)]
    public void TeamAssignment_SeparateProgrammeTeamsAndShareOfCaseload(bool separate, long teams, bool clinicianTeams, double percent, int expected) =>
        Assert.Equal(expected, Item(
            4,
            F("separateVocationalProgramme", separate),
            C("treatmentTeamsAssigned", teams),
            F("cliniciansOrganisedInTeams", clinicianTeams),
            NumberFact("caseloadFromAssignedTeamsPercent", percent)).Score);

    [Fact]
    public void TeamAssignment_SeparateProgramme_NeedsNoOtherFacts()
    {
        var result = Item(4, F("separateVocationalProgramme", true));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(1, result.Score);
    }

    [Theory]
    [InlineData("none", "none", 1)]
    [InlineData("lessThanQuarterly", "monthly", 4)]
    [InlineData("lessThanQuarterly", "lessThanQuarterly", 1)]
    [InlineData("quarterly", "none", 2)]
    [InlineData("quarterly", "lessThanQuarterly", 2)]
    [InlineData("monthly", "none", 3)]
    [InlineData("monthly", "lessThanQuarterly", 3)]
    [InlineData("monthly", "quarterly", 4)]
    [InlineData("weekly", "none", 4)]
    [InlineData("weekly", "quarterly", 4)]
    [InlineData("weekly", "monthly", 5)]
    [InlineData("monthly", "monthly", 4)]
    public void NavCollaboration_ContactAndScheduledMeetings(string contact, string meetings, int expected) =>
        Assert.Equal(expected, Item(6, L("navContactFrequency", contact), L("scheduledMeetingFrequency", meetings)).Score);

    [Fact]
    public void NavCollaboration_MissingMeetings_IsNotRatedWhenTheyCouldDecide()
    {
        var result = Item(6, L("navContactFrequency", "monthly"));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["scheduledMeetingFrequency"], result.MissingFacts);
    }

    [Fact]
    public void NavCollaboration_MissingMeetings_StillRatedWhenContactIsWeekly_NoBecauseFiveNeedsMeetings()
    {
        // Weekly contact gives at least 4, but 5 needs monthly meetings: the engine cannot decide without them.
        var result = Item(6, L("navContactFrequency", "weekly"));

        Assert.Equal(ItemStatus.NotRated, result.Status);
    }

    [Theory]
    [InlineData(9, 5, 1)]
    [InlineData(9, 9, 1)]
    [InlineData(10, 10, 5)]
    [InlineData(1000, 644, 1)]
    [InlineData(1000, 645, 2)]
    [InlineData(100, 64, 1)]
    [InlineData(100, 65, 2)]
    [InlineData(100, 74, 2)]
    [InlineData(100, 75, 3)]
    [InlineData(100, 84, 3)]
    [InlineData(100, 85, 4)]
    [InlineData(100, 94, 4)]
    [InlineData(1000, 945, 5)]
    [InlineData(1000, 944, 4)]
    [InlineData(100, 95, 5)]
    [InlineData(10, 0, 1)]
    [InlineData(20, 12, 1)]
    [InlineData(20, 13, 2)]
    [InlineData(20, 15, 3)]
    [InlineData(20, 17, 4)]
    [InlineData(20, 19, 5)]
    public void CompetitiveJobs_FewerThanTenJobsThenShareAfterRounding(long jobs, long permanent, int expected) =>
        Assert.Equal(expected, Item(21, C("currentJobs", jobs), C("permanentCompetitiveJobs", permanent)).Score);

    [Theory]
    [InlineData(200, 129, 2)]
    [InlineData(200, 128, 1)]
    public void CompetitiveJobs_64Point5RoundsUpTo65(long jobs, long permanent, int expected)
    {
        var result = Item(21, C("currentJobs", jobs), C("permanentCompetitiveJobs", permanent));

        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData(19, "distinctJobTypes")]
    [InlineData(20, "distinctEmployers")]
    public void Diversity_ZeroJobsHeld_IsNotRatedWithTheReason(int item, string distinct)
    {
        var result = Item(item, C("jobsHeld", 0), C(distinct, 0));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Null(result.Score);
        Assert.Empty(result.MissingFacts);
        Assert.Contains("No jobs held", result.NotRatedReason!.Get(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, "distinctJobTypes", 100, 49, 1)]
    [InlineData(19, "distinctJobTypes", 1000, 494, 1)]
    [InlineData(19, "distinctJobTypes", 1000, 495, 2)]
    [InlineData(19, "distinctJobTypes", 100, 50, 2)]
    [InlineData(19, "distinctJobTypes", 100, 59, 2)]
    [InlineData(19, "distinctJobTypes", 100, 60, 3)]
    [InlineData(19, "distinctJobTypes", 100, 69, 3)]
    [InlineData(19, "distinctJobTypes", 100, 70, 4)]
    [InlineData(19, "distinctJobTypes", 100, 84, 4)]
    [InlineData(19, "distinctJobTypes", 100, 85, 5)]
    [InlineData(19, "distinctJobTypes", 10, 10, 5)]
    [InlineData(19, "distinctJobTypes", 20, 9, 1)]
    [InlineData(19, "distinctJobTypes", 20, 10, 2)]
    [InlineData(19, "distinctJobTypes", 20, 12, 3)]
    [InlineData(19, "distinctJobTypes", 20, 14, 4)]
    [InlineData(19, "distinctJobTypes", 20, 17, 5)]
    [InlineData(20, "distinctEmployers", 10, 4, 1)]
    [InlineData(20, "distinctEmployers", 10, 5, 2)]
    [InlineData(20, "distinctEmployers", 10, 6, 3)]
    [InlineData(20, "distinctEmployers", 10, 7, 4)]
    [InlineData(20, "distinctEmployers", 200, 168, 4)]
    [InlineData(20, "distinctEmployers", 200, 169, 5)]
    [InlineData(20, "distinctEmployers", 1, 1, 5)]
    [InlineData(20, "distinctEmployers", 20, 11, 2)]
    [InlineData(20, "distinctEmployers", 20, 20, 5)]
    public void Diversity_DistinctShareOfJobs(int item, string distinct, long jobs, long count, int expected) =>
        Assert.Equal(expected, Item(item, C("jobsHeld", jobs), C(distinct, count)).Score);

    [Fact]
    public void Items19To21_CountAboveTheTotal_IsInvalid()
    {
        Assert.Equal(ItemStatus.Invalid, Item(19, C("jobsHeld", 3), C("distinctJobTypes", 4)).Status);
        Assert.Equal(ItemStatus.Invalid, Item(21, C("currentJobs", 10), C("permanentCompetitiveJobs", 11)).Status);
        Assert.Equal(ItemStatus.NotRated, Item(19, C("jobsHeld", 0), C("distinctJobTypes", 0)).Status);
    }
}
