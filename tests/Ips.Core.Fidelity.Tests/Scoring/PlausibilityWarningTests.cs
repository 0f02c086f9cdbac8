using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using NodaTime;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>The plausibility checks IPS-25 declares: allowed but odd values warn, and never change a score.</summary>
public sealed class PlausibilityWarningTests
{
    private const string Fraction = "Warning.PercentLooksLikeFraction";

    [Fact]
    public void Item2GivenAsAFraction_WarnsLooksLikeAFraction_AndStillScoresOne()
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92))));

        Assert.Equal(1, report.Item(2).Score);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(Fraction, warning.Code);
        Assert.Equal(2, warning.Item);
        Assert.Equal("employmentServicesTimePercent", warning.FactId);
        Assert.Null(warning.Specialist);
        Assert.Equal(0.92, warning.Value);
        Assert.Equal(1, warning.Limit);
        Assert.Equal("items[0].facts.employmentServicesTimePercent", warning.Path);
        Assert.Same(Ips25Scale.Definition.FindWarning(Fraction)!.Message, warning.Message);
    }

    [Fact]
    public void FractionsForItems2_4_16And24_EachWarn_InItemOrder()
    {
        var report = Engine.Score(Raw(
            ItemFacts.ForProgramme(24, NumberFact("communityHoursPercent", 0.7)),
            ItemFacts.ForProgramme(16, NumberFact("contactsFollowingPreferencesPercent", 0.8), F("consistentWithJobSearchPlan", true)),
            ItemFacts.ForProgramme(4, F("separateVocationalProgramme", false), C("treatmentTeamsAssigned", 1), F("cliniciansOrganisedInTeams", true), NumberFact("caseloadFromAssignedTeamsPercent", 1)),
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92))));

        Assert.Equal([2, 4, 16, 24], report.Warnings.Select(w => w.Item));
        Assert.All(report.Warnings, w => Assert.Equal(Fraction, w.Code));
        Assert.Equal("items[3].facts.employmentServicesTimePercent", report.Warnings[0].Path);
    }

    [Fact]
    public void FractionAmongPercentages_WarnsOnlyForTheFraction_ZeroAndPercentagesDoNot()
    {
        var report = Engine.Score(Raw(
            ItemFacts.ForSpecialists(2,
                new SpecialistFacts { Label = "A", Facts = [NumberFact("employmentServicesTimePercent", 92)] },
                new SpecialistFacts { Label = "B", Facts = [NumberFact("employmentServicesTimePercent", 0.9)] },
                new SpecialistFacts { Label = "C", Facts = [NumberFact("employmentServicesTimePercent", 0)] }),
            ItemFacts.ForProgramme(24, NumberFact("communityHoursPercent", 1.5))));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal("B", warning.Specialist);
        Assert.Equal("items[0].specialists[1].facts.employmentServicesTimePercent", warning.Path);
    }

    [Fact]
    public void ProgrammeFteOf200_WarnsItLooksLikeAPercentage_AndItem1StillScores()
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(1, C("activeParticipants", 36), NumberFact("fullTimeEquivalents", 200))));

        Assert.Equal(5, report.Item(1).Score);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("Warning.ProgrammeFteLooksLikePercent", warning.Code);
        Assert.Equal(20, warning.Limit);
    }

    [Fact]
    public void SpecialistFteAboveOne_Warns_ButOneDoesNot()
    {
        var report = Engine.Score(Raw(ItemFacts.ForSpecialists(1,
            new SpecialistFacts { Label = "A", Facts = [C("activeParticipants", 18), NumberFact("fullTimeEquivalents", 1)] },
            new SpecialistFacts { Label = "B", Facts = [C("activeParticipants", 18), NumberFact("fullTimeEquivalents", 1.5)] })));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal("Warning.SpecialistFteAboveOne", warning.Code);
        Assert.Equal("B", warning.Specialist);
    }

    [Theory]
    [InlineData(41, true)]
    [InlineData(40, false)]
    public void EmployerContactsAWeek_WarnAboveForty(double contacts, bool warns)
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", contacts), L("contactLogReview", "weekly"), C("jobSeekers", 10))));

        Assert.Equal(5, report.Item(17).Score);
        Assert.Equal(warns ? ["Warning.EmployerContactsAboveFortyAWeek"] : [], report.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void MeanDaysLongerThanTheReviewPeriod_Warns_AndWithoutAPeriodIsNotChecked()
    {
        var facts = Raw(ItemFacts.ForProgramme(15, NumberFact("meanDaysToFirstEmployerContact", 200), F("employerContactsTracked", true)));
        var withPeriod = facts with { ReviewPeriod = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)) };

        var warning = Assert.Single(Engine.Score(withPeriod).Warnings);
        Assert.Equal("Warning.MeanDaysAboveReviewPeriod", warning.Code);
        Assert.Equal(181, warning.Limit);
        Assert.Empty(Engine.Score(facts).Warnings);
        Assert.Equal(Engine.Score(facts).Item(15).Score, Engine.Score(withPeriod).Item(15).Score);
    }

    [Fact]
    public void ItemAfterUnknownAndNullEntries_IsChecked_AtItsOwnPosition()
    {
        var report = Engine.Score(Raw(
            ItemFacts.ForProgramme(99, NumberFact("employmentServicesTimePercent", 0.5)),
            null!,
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92))));

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(2, warning.Item);
        Assert.Equal("items[2].facts.employmentServicesTimePercent", warning.Path);
    }

    [Fact]
    public void InvalidItem_IsNotChecked()
    {
        var report = Engine.Score(Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.5), NumberFact("unknownFact", 1))));

        Assert.Equal(ItemStatus.Invalid, report.Item(2).Status);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void ReviewWithoutOddValues_HasNoWarnings()
    {
        var report = Engine.Score(Raw(
            ItemFacts.ForProgramme(1, C("activeParticipants", 36), NumberFact("fullTimeEquivalents", 2)),
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 92))));

        Assert.True(report.Warnings.IsEmpty);
    }

    [Fact]
    public void ReviewWithoutOddValues_AllocatesNothingMoreForTheChecks()
    {
        var facts = Raw(
            ItemFacts.ForProgramme(1, C("activeParticipants", 36), NumberFact("fullTimeEquivalents", 2)),
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 92)),
            ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", 5), L("contactLogReview", "weekly"), C("jobSeekers", 10)));
        var unchecked_ = new Ips.Core.Fidelity.Scoring.FidelityEngine(Ips25Scale.LoadDefinition() with { Warnings = [] });

        Assert.Equal(Allocated(unchecked_, facts), Allocated(Engine, facts));
    }

    private static long Allocated(Ips.Core.Fidelity.Scoring.FidelityEngine engine, ReviewFacts facts)
    {
        for (var i = 0; i < 20; i++)
        {
            engine.Score(facts);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            engine.Score(facts);
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Validator_FindsTheSameWarnings_AndStillAcceptsTheReview()
    {
        var facts = Raw(
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92)),
            ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", 45), L("contactLogReview", "weekly"), C("jobSeekers", 10)),
            ItemFacts.ForProgramme(24, NumberFact("communityHoursPercent", 0.5), NumberFact("unknownFact", 1)));

        Assert.Equal(Engine.Score(facts).Warnings, Ips25Scale.Validator.Warnings(facts));
        Assert.Equal(2, Ips25Scale.Validator.Warnings(facts).Length);
        Assert.True(Ips25Scale.Validator.Validate(facts with { Items = facts.Items.RemoveAt(2) }).IsValid);
    }

    [Fact]
    public void Validator_DoesNotCheckAnItemGivenTwice()
    {
        var facts = Raw(
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92)),
            ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 0.92)));

        Assert.Empty(Engine.Score(facts).Warnings);
        Assert.Empty(Ips25Scale.Validator.Warnings(facts));
    }
}
