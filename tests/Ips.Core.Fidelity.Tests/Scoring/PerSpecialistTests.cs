using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Policy 2: per-specialist scoring, averaged and rounded to the nearest whole score, halves down.</summary>
public sealed class PerSpecialistTests
{
    [Theory]
    [InlineData(new[] { 92.0, 80.0 }, 3)] // 4 and 3 → 3.5 → 3 (halves down)
    [InlineData(new[] { 96.0, 92.0 }, 4)] // 5 and 4 → 4.5 → 4
    [InlineData(new[] { 96.0, 96.0, 80.0 }, 4)] // 5, 5, 3 → 4.33 → 4
    [InlineData(new[] { 96.0, 80.0, 80.0 }, 4)] // 5, 3, 3 → 3.67 → 4
    [InlineData(new[] { 96.0, 50.0 }, 3)] // 5 and 1 → 3
    [InlineData(new[] { 50.0, 60.0 }, 1)] // 1 and 2 → 1.5 → 1
    [InlineData(new[] { 96.0 }, 5)]
    public void EmploymentServicesStaff_AveragesSpecialists(double[] percents, int expected)
    {
        var specialists = percents.Select((p, i) => ($"ES {i + 1}", new[] { NumberFact("employmentServicesTimePercent", p) })).ToArray();

        var result = ForSpecialists(2, specialists);

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(ScoringPath.PerSpecialist, result.Path);
        Assert.Equal(expected, result.Score);
        Assert.Equal(percents.Length, result.Specialists.Length);
        Assert.Equal(percents.Average(), result.MeasuredValue!.Value, 9);
    }

    [Fact]
    public void MeasuredValue_IsTheMeanOfTheSpecialistsWithAMeasure_NotOfAllRated()
    {
        // Item 4: the specialist in a separate programme scores 1 without a caseload share, so the shown share is 80 %, not 80 / 2.
        var result = ForSpecialists(
            4,
            ("ES 1", [F("separateVocationalProgramme", true)]),
            ("ES 2", [F("separateVocationalProgramme", false), C("treatmentTeamsAssigned", 1), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", 80)]));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal([1, 4], result.Specialists.Select(s => s.Score));
        Assert.Null(result.Specialists[0].MeasuredValue);
        Assert.Equal(80.0, result.MeasuredValue);
    }

    [Fact]
    public void Programme_Path_IsReported()
    {
        var result = Item(2, NumberFact("employmentServicesTimePercent", 96));

        Assert.Equal(ScoringPath.Programme, result.Path);
        Assert.Empty(result.Specialists);
    }

    [Fact]
    public void Caseload_TypedPerSpecialistFacts_ListEachSpecialistsScore()
    {
        var facts = CaseloadSizeFacts.PerSpecialist(
            ("ES A", new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 0.5 }),
            ("ES B", new CaseloadSizeFacts { ActiveParticipants = 26, FullTimeEquivalents = 1 }));
        var report = Engine.Score(Builder().Add(facts).Build());

        var result = report.Item(1);
        Assert.Equal([("ES A", 5), ("ES B", 3)], result.Specialists.Select(s => (s.Label, s.Score!.Value)));
        Assert.Equal(4, result.Score);
    }

    [Fact]
    public void OneSpecialistMissingFacts_MakesTheItemNotRated_NamingTheFact()
    {
        var result = ForSpecialists(
            1,
            ("ES 1", [C("activeParticipants", 15), NumberFact("fullTimeEquivalents", 1)]),
            ("ES 2", [C("activeParticipants", 15)]));

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal(["fullTimeEquivalents"], result.MissingFacts);
        Assert.Equal(5, result.Specialists[0].Score);
        Assert.Equal(ItemStatus.NotRated, result.Specialists[1].Status);
    }

    [Fact]
    public void SpecialistsOnAProgrammeItem_AreInvalid()
    {
        var result = ForSpecialists(6, ("ES 1", [L("navContactFrequency", "weekly"), L("scheduledMeetingFrequency", "monthly")]));

        Assert.Equal(ItemStatus.Invalid, result.Status);
        Assert.Equal(FactErrorCodes.NotPerSpecialist, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void DuplicateSpecialistLabels_AreInvalid()
    {
        var result = ForSpecialists(
            2,
            ("ES 1", [NumberFact("employmentServicesTimePercent", 90)]),
            ("ES 1", [NumberFact("employmentServicesTimePercent", 90)]));

        Assert.Equal(FactErrorCodes.BadSpecialistLabel, Assert.Single(result.Errors).Code);
    }
}
