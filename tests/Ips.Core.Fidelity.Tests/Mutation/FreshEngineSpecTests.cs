using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Items;
using Ips.Core.Fidelity.Scale;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>
/// The spec's thresholds (shared/spec/ips-fidelity-scale.md), scored by an engine loaded and compiled inside each test
/// rather than the process-wide <see cref="FidelityEngine.Default"/>: loading, validating and compiling the scale are
/// part of what is pinned here.
/// </summary>
public sealed class FreshEngineSpecTests
{
    private static ItemResult Score(int item, params FactEntry[] facts)
    {
        var engine = new FidelityEngine(ScaleDefinition.LoadEmbedded());
        return engine.Score(Review.Builder().Add(ItemFacts.ForProgramme(item, facts)).Build()).Item(item);
    }

    private static int? Rated(int item, params FactEntry[] facts)
    {
        var result = Score(item, facts);
        Assert.Equal(ItemStatus.Rated, result.Status);
        return result.Score;
    }

    [Theory]
    [InlineData(41, 1)]
    [InlineData(40.5, 1)] // rounds half away from zero to 41
    [InlineData(40.4, 2)]
    [InlineData(31, 2)]
    [InlineData(30, 3)]
    [InlineData(26, 3)]
    [InlineData(25, 4)]
    [InlineData(21, 4)]
    [InlineData(20, 5)]
    [InlineData(0, 5)]
    public void Item1_CaseloadPerFte_Bands(double perFte, int score) =>
        Assert.Equal(score, Rated(1, Review.C("activeParticipants", (long)(perFte * 10)), Review.NumberFact("fullTimeEquivalents", 10)));

    [Theory]
    [InlineData(59.4, 1)]
    [InlineData(59.5, 2)]
    [InlineData(74, 2)]
    [InlineData(75, 3)]
    [InlineData(89, 3)]
    [InlineData(90, 4)]
    [InlineData(95, 4)]
    [InlineData(95.5, 5)]
    [InlineData(96, 5)]
    [InlineData(100, 5)]
    public void Item2_EmploymentServicesTime_Bands(double percent, int score) =>
        Assert.Equal(score, Rated(2, Review.NumberFact("employmentServicesTimePercent", percent)));

    [Theory]
    [InlineData("refersAllToOtherProviders", 6, 1)]
    [InlineData("keepsCaseloadRefersVocationalWork", 6, 2)]
    [InlineData("providesVocationalServices", 0, 1)]
    [InlineData("providesVocationalServices", 1, 3)]
    [InlineData("providesVocationalServices", 4, 3)]
    [InlineData("providesVocationalServices", 5, 4)]
    [InlineData("providesVocationalServices", 6, 5)]
    public void Item3_ReferralPracticeThenPhaseCount(string practice, int phases, int score) =>
        Assert.Equal(score, Rated(3, Review.L("referralPractice", practice), Review.E("phasesPerformed", Review.FirstElements(3, "phasesPerformed", phases))));

    [Theory]
    [InlineData(true, 1, true, 95, 1)]
    [InlineData(false, 3, true, 95, 2)]
    [InlineData(false, 2, false, 95, 2)]
    [InlineData(false, 2, true, 49, 2)]
    [InlineData(false, 2, true, 50, 3)]
    [InlineData(false, 2, true, 74, 3)]
    [InlineData(false, 2, true, 75, 4)]
    [InlineData(false, 1, true, 89, 4)]
    [InlineData(false, 1, true, 90, 5)]
    public void Item4_TeamAssignment(bool separate, long teams, bool clinicianTeams, double percent, int score) =>
        Assert.Equal(score, Rated(
            4,
            Review.F("separateVocationalProgramme", separate),
            Review.C("treatmentTeamsAssigned", teams),
            Review.F("cliniciansOrganisedInTeams", clinicianTeams),
            Review.NumberFact("caseloadFromAssignedTeamsPercent", percent)));

    [Theory]
    [InlineData(5, 0, 1)]
    [InlineData(5, 1, 1)]
    [InlineData(5, 2, 2)]
    [InlineData(5, 5, 5)]
    [InlineData(8, 1, 1)]
    [InlineData(8, 3, 3)]
    [InlineData(10, 4, 4)]
    [InlineData(11, 5, 5)]
    [InlineData(13, 0, 1)]
    [InlineData(13, 1, 2)]
    [InlineData(13, 4, 5)]
    [InlineData(25, 2, 1)]
    [InlineData(25, 3, 2)]
    [InlineData(25, 4, 3)]
    [InlineData(25, 5, 4)]
    [InlineData(25, 6, 5)]
    public void ElementChecklists_CountMapsToScore(int item, int count, int score)
    {
        var fact = ScaleDefinition.Ips25.FindItem(item)!.Facts[0].Id;
        Assert.Equal(score, Rated(item, Review.E(fact, Review.FirstElements(item, fact, count))));
    }

    [Theory]
    [InlineData("weekly", "monthly", 5)]
    [InlineData("weekly", "none", 4)]
    [InlineData("monthly", "quarterly", 4)]
    [InlineData("monthly", "lessThanQuarterly", 3)]
    [InlineData("quarterly", "none", 2)]
    [InlineData("lessThanQuarterly", "lessThanQuarterly", 1)]
    [InlineData("none", "none", 1)]
    public void Item6_NavCollaboration_AtLeastLevels(string contact, string meetings, int score) =>
        Assert.Equal(score, Rated(6, Review.L("navContactFrequency", contact), Review.L("scheduledMeetingFrequency", meetings)));

    [Theory]
    [InlineData(7, "notAUnit", 1)]
    [InlineData(7, "sameSupervisorNoGroupMeetings", 2)]
    [InlineData(7, "ruralTeleconferenceWithSupervisor", 3)]
    [InlineData(7, "ruralMeetingsWithClinicianHelp", 4)]
    [InlineData(7, "unitWeeklyGroupSupervision", 5)]
    [InlineData(9, "someKeptOutAsNotReady", 3)]
    [InlineData(12, "trainedPersonPlansBeforeJob", 4)]
    [InlineData(14, "stepwiseAssessment", 2)]
    [InlineData(18, "buildsRelationshipsOverVisits", 5)]
    [InlineData(22, "mostGetNoSupport", 1)]
    [InlineData(23, "atLeastHalfForFourMonths", 3)]
    public void ObservedPractice_MapsToItsAnchor(int item, string level, int score)
    {
        var fact = ScaleDefinition.Ips25.FindItem(item)!.Facts[0].Id;
        Assert.Equal(score, Rated(item, Review.L(fact, level)));
    }

    [Theory]
    [InlineData(271, true, 1)]
    [InlineData(270, true, 2)]
    [InlineData(151, true, 2)]
    [InlineData(150, true, 3)]
    [InlineData(61, true, 3)]
    [InlineData(60, true, 4)]
    [InlineData(31, true, 4)]
    [InlineData(30, true, 5)]
    [InlineData(30, false, 4)]
    public void Item15_RapidJobSearch_BandsAndTrackingCap(double days, bool tracked, int score) =>
        Assert.Equal(score, Rated(15, Review.NumberFact("meanDaysToFirstEmployerContact", days), Review.F("employerContactsTracked", tracked)));

    [Theory]
    [InlineData(24.4, true, 1)]
    [InlineData(25, true, 2)]
    [InlineData(50, true, 3)]
    [InlineData(75, true, 4)]
    [InlineData(90, true, 5)]
    [InlineData(90, false, 3)]
    public void Item16_IndividualisedSearch_BandsAndPlanCap(double percent, bool plan, int score) =>
        Assert.Equal(score, Rated(16, Review.NumberFact("contactsFollowingPreferencesPercent", percent), Review.F("consistentWithJobSearchPlan", plan)));

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
    [InlineData(4, "weekly", 2, 5)]
    [InlineData(3.9, "weekly", 2, 3)]
    public void Item17_EmployerContacts_NearestAnchorTiesDown_CapsAndSmallCaseloads(double perWeek, string review, long seekers, int score) =>
        Assert.Equal(score, Rated(17, Review.NumberFact("inPersonEmployerContactsPerWeek", perWeek), Review.L("contactLogReview", review), Review.C("jobSeekers", seekers)));

    [Fact]
    public void Item17_NoJobSeekers_IsNotRated() =>
        Assert.Equal(ItemStatus.NotRated, Score(17, Review.NumberFact("inPersonEmployerContactsPerWeek", 3), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 0)).Status);

    [Theory]
    [InlineData(19, "distinctJobTypes", 20, 9, 1)]
    [InlineData(19, "distinctJobTypes", 20, 10, 2)]
    [InlineData(19, "distinctJobTypes", 20, 12, 3)]
    [InlineData(19, "distinctJobTypes", 20, 14, 4)]
    [InlineData(19, "distinctJobTypes", 20, 17, 5)]
    [InlineData(20, "distinctEmployers", 20, 11, 2)]
    [InlineData(20, "distinctEmployers", 20, 20, 5)]
    public void Items19And20_Diversity_Bands(int item, string distinct, long jobs, long count, int score) =>
        Assert.Equal(score, Rated(item, Review.C("jobsHeld", jobs), Review.C(distinct, count)));

    [Fact]
    public void Items19To21_CountAboveTheTotal_IsInvalid()
    {
        Assert.Equal(ItemStatus.Invalid, Score(19, Review.C("jobsHeld", 3), Review.C("distinctJobTypes", 4)).Status);
        Assert.Equal(ItemStatus.Invalid, Score(21, Review.C("currentJobs", 10), Review.C("permanentCompetitiveJobs", 11)).Status);
        Assert.Equal(ItemStatus.NotRated, Score(19, Review.C("jobsHeld", 0), Review.C("distinctJobTypes", 0)).Status);
    }

    [Theory]
    [InlineData(9, 9, 1)]
    [InlineData(20, 12, 1)]
    [InlineData(20, 13, 2)]
    [InlineData(20, 15, 3)]
    [InlineData(20, 17, 4)]
    [InlineData(20, 19, 5)]
    public void Item21_CompetitiveJobs_FewerThanTenIsOne_ThenBands(long current, long permanent, int score) =>
        Assert.Equal(score, Rated(21, Review.C("currentJobs", current), Review.C("permanentCompetitiveJobs", permanent)));

    [Theory]
    [InlineData(30, 1)]
    [InlineData(30.4, 1)]
    [InlineData(30.5, 2)]
    [InlineData(39, 2)]
    [InlineData(40, 3)]
    [InlineData(50, 4)]
    [InlineData(64, 4)]
    [InlineData(65, 5)]
    public void Item24_CommunityHours_Bands(double percent, int score) =>
        Assert.Equal(score, Rated(24, Review.NumberFact("communityHoursPercent", percent)));
}
