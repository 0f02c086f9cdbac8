using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// How rules behave when a value is missing or cannot be computed, and how ties and shared boundaries are broken
/// whatever order the definition lists them in; which values a band holds. Engines are built inside each test.
/// </summary>
public sealed class RuleTests
{
    private const string UndefinedEn = "The value cannot be computed (division by zero)";

    private static FidelityEngine Fresh() => new(Ips25Scale.LoadDefinition());

    private static void AssertMissing(ItemResult result, params string[] missing)
    {
        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Null(result.Score);
        Assert.Equal(missing, result.MissingFacts);
        Assert.Null(result.NotRatedReason);
    }

    [Fact]
    public void RatioWithOneSideMissing_NamesTheMissingFact() =>
        AssertMissing(Fresh().Score(1, Review.C("activeParticipants", 30)), "fullTimeEquivalents");

    [Fact]
    public void BandsOnAMissingFact_NamesTheFact_RatherThanScoringZero()
    {
        var result = Fresh().Score(4, Review.F("separateVocationalProgramme", false), Review.C("treatmentTeamsAssigned", 1), Review.F("cliniciansOrganisedInTeams", true));
        AssertMissing(result, "caseloadFromAssignedTeamsPercent");
        Assert.Null(result.MeasuredValue);
    }

    [Fact]
    public void ElementCountOnAMissingFact_NamesTheFact_RatherThanCountingZero()
    {
        var result = Fresh().Score(3, Review.L("referralPractice", "providesVocationalServices"));
        AssertMissing(result, "phasesPerformed");
        Assert.Null(result.MeasuredValue);
    }

    [Fact]
    public void ElementCountForASpecialistWithoutFacts_IsMissing()
    {
        var result = Fresh().ScoreSpecialists(5, DefinitionJson.Specialist("ES 1", Review.E("teamContactPractices", Review.FirstElements(5, "teamContactPractices", 3))), DefinitionJson.Specialist("ES 2"));
        AssertMissing(result, "teamContactPractices");
        var empty = result.Specialists[1];
        Assert.Equal(ItemStatus.NotRated, empty.Status);
        Assert.Null(empty.MeasuredValue);
        Assert.Equal(["teamContactPractices"], empty.MissingFacts);
        Assert.Equal(3, result.Specialists[0].Score);
    }

    [Fact]
    public void ObservedLevelForASpecialistWithoutFacts_IsMissing_NotUndefined()
    {
        var result = Fresh().ScoreSpecialists(18, DefinitionJson.Specialist("ES 1", Review.L("employerContactQuality", "asksAboutOpenings")), DefinitionJson.Specialist("ES 2"));
        AssertMissing(result, "employerContactQuality");
        Assert.Null(result.Specialists[1].Reason);
        Assert.Equal(["employerContactQuality"], result.Specialists[1].MissingFacts);
    }

    [Fact]
    public void ModifierOnAMissingFlag_ThatCouldChangeTheScore_LeavesTheItemNotRated()
    {
        // 20 days is 5, or 4 when the missing flag says contacts are not tracked (policy 4: not determined).
        var result = Fresh().Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 20));
        AssertMissing(result, "employerContactsTracked");
        Assert.Equal(20, result.MeasuredValue);
    }

    [Fact]
    public void ModifierOnAMissingFlag_ThatCannotChangeTheScore_IsDeterminedWithoutIt()
    {
        // Was "not rated" before policy 4 was refined: 200 days is 2, and a cap at 4 cannot change that.
        var result = Fresh().Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 200));
        Assert.Equal((ItemStatus.Rated, 2), (result.Status, result.Score!.Value));
        Assert.Equal(["employerContactsTracked"], result.DeterminedWithout);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(200, result.MeasuredValue);
    }

    [Fact]
    public void UndefinedValue_IsNotReportedAsMissingFacts()
    {
        // Item 15 scored on days ÷ days: zero days makes the value undefined although the flag is still missing.
        var engine = DefinitionJson.Engine(json => DefinitionJson.Item(json, 15)["rule"]!["value"] = RatioOfDays());
        var result = engine.Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 0));
        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(UndefinedEn, result.NotRatedReason!.Get(Ips25Scale.English));
    }

    [Fact]
    public void DecisionCaseOnAnUndefinedValue_WithEveryFactGiven_IsNotRatedAsUndefined()
    {
        // Item 21's first case becomes "permanent ÷ current jobs < 0.1": with no current jobs it cannot be decided.
        var engine = DefinitionJson.Engine(json => DefinitionJson.Item(json, 21)["rule"]!["cases"]![0]!["when"] = JsonNode.Parse(
            """{"value":{"numerator":"permanentCompetitiveJobs","denominator":"currentJobs"},"op":"lt","than":{"constant":0.1}}"""));
        var result = engine.Score(21, Review.C("currentJobs", 0), Review.C("permanentCompetitiveJobs", 0));
        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(UndefinedEn, result.NotRatedReason!.Get(Ips25Scale.English));
    }

    [Fact]
    public void SharedBandBoundary_TakesTheLowerScore_WhateverTheListingOrder()
    {
        // Item 2 with the first band closed at 60 (so 60 is in the bands for 1 and 2), listed from score 5 down.
        var engine = DefinitionJson.Engine(json =>
        {
            var bands = DefinitionJson.Item(json, 2)["rule"]!["bands"]!.AsArray();
            bands[0]!.AsObject().Remove("maxExclusive");
            var reversed = bands.Reverse().Select(b => b!.DeepClone()).ToArray();
            DefinitionJson.Item(json, 2)["rule"]!["bands"] = new JsonArray(reversed);
        });
        Assert.Equal(1, engine.Score(2, Review.NumberFact("employmentServicesTimePercent", 60)).Score);
        Assert.Equal(2, engine.Score(2, Review.NumberFact("employmentServicesTimePercent", 61)).Score);
    }

    [Theory]
    [InlineData(3, 2)] // halfway between 2 (→ 2) and 4 (→ 3): the lower score
    [InlineData(3.1, 3)]
    [InlineData(5.5, 4)] // halfway between 5 (→ 4) and 6 (→ 5)
    [InlineData(9, 5)]
    public void NearestAnchor_TieTakesTheLowerScore_WhateverTheListingOrder(double perWeek, int score)
    {
        var engine = DefinitionJson.Engine(json =>
        {
            var points = NearestAnchorRule(json)["points"]!.AsArray();
            NearestAnchorRule(json)["points"] = new JsonArray(points.Reverse().Select(p => p!.DeepClone()).ToArray());
        });
        Assert.Equal(score, engine.Score(17, Review.NumberFact("inPersonEmployerContactsPerWeek", perWeek), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10)).Score);
    }

    [Fact]
    public void NearestAnchorOnAMissingFact_NamesTheFact_RatherThanMeasuringFromZero()
    {
        // Item 17 scored by its nearest-anchor rule alone (no decision cases in front of it).
        var engine = DefinitionJson.Engine(json => DefinitionJson.Item(json, 17)["rule"] = NearestAnchorRule(json).DeepClone());
        var result = engine.Score(17, Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10));
        AssertMissing(result, "inPersonEmployerContactsPerWeek");

        // Given, one contact a week is nearest the anchor at 2 (score 2): there is no "fewer than 2" case any more.
        Assert.Equal(2, engine.Score(17, Review.NumberFact("inPersonEmployerContactsPerWeek", 1), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10)).Score);
    }

    [Fact]
    public void NearestAnchor_ValueTooLargeToCompute_IsNotRated_RatherThanThrowing()
    {
        // Contacts a week × 10 overflows to infinity for the largest finite number of contacts.
        var engine = DefinitionJson.Engine(json => NearestAnchorRule(json)["value"]!["factor"] = 10);
        var result = engine.Score(17, Review.NumberFact("inPersonEmployerContactsPerWeek", double.MaxValue), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10));
        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Empty(result.MissingFacts);
        Assert.Equal(UndefinedEn, result.NotRatedReason!.Get(Ips25Scale.English));
    }

    [Fact]
    public void PerSpecialist_NotRatedReason_IsTheFirstSpecialistsReason()
    {
        // Item 19 rated per specialist: no jobs held is "not rated" with its own reason; a ratio overflowing is undefined.
        var engine = DefinitionJson.Engine(json => DefinitionJson.Item(json, 19)["perSpecialist"] = true);
        var noJobs = DefinitionJson.Specialist("ES 1", Review.C("jobsHeld", 0), Review.C("distinctJobTypes", 0));
        var overflow = DefinitionJson.Specialist("ES 2", Review.NumberFact("jobsHeld", double.MaxValue), Review.NumberFact("distinctJobTypes", double.MaxValue));

        var first = engine.ScoreSpecialists(19, noJobs, overflow);
        Assert.Equal(ItemStatus.NotRated, first.Status);
        Assert.Equal("No jobs held in the past year: cannot be rated", first.NotRatedReason!.Get(Ips25Scale.English));

        var second = engine.ScoreSpecialists(19, overflow, noJobs);
        Assert.Equal(UndefinedEn, second.NotRatedReason!.Get(Ips25Scale.English));
    }

    private static JsonNode RatioOfDays() => JsonNode.Parse("""{"numerator":"meanDaysToFirstEmployerContact","denominator":"meanDaysToFirstEmployerContact","min":0}""")!;

    private static JsonNode NearestAnchorRule(JsonNode json) => DefinitionJson.Item(json, 17)["rule"]!["otherwise"]!["rule"]!;

    [Theory]
    [InlineData(59.9, false)]
    [InlineData(60, false)]
    [InlineData(60.1, true)]
    [InlineData(74, true)]
    [InlineData(74.1, false)]
    public void Band_ExclusiveMinimum_LeavesTheBoundOut(double value, bool inside) =>
        Assert.Equal(inside, new BandDefinition { Min = 60, MinExclusive = true, Max = 74, Score = 2 }.Contains(value));
}
