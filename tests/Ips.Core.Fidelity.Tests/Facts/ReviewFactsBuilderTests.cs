using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>The review facts builder: argument checks name the argument, and it replaces rather than appends.</summary>
public sealed class ReviewFactsBuilderTests
{

    [Fact]
    public void Builder_FromADateOnly_HasTheSameCalendarDay()
    {
        var fromDateOnly = new ReviewFactsBuilder("Team Test", new DateOnly(2026, 3, 2)).Build();

        Assert.Equal(Review.Date, fromDateOnly.ReviewDate);
        Assert.Equal(new ReviewFactsBuilder("Team Test", Review.Date).Build().ReviewDate, fromDateOnly.ReviewDate);
        Assert.Equal("programmeLabel", Assert.Throws<ArgumentNullException>(() => new ReviewFactsBuilder(null!, new DateOnly(2026, 3, 2))).ParamName);
    }

    [Fact]
    public void Builder_RejectsNullArgumentsWithTheirNames()
    {
        Assert.Equal("programmeLabel", Assert.Throws<ArgumentNullException>(() => new ReviewFactsBuilder(null!, Review.Date)).ParamName);
        var builder = Review.Builder();
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => builder.WithProgrammeLabel(null!)).ParamName);
        Assert.Equal("factId", Assert.Throws<ArgumentNullException>(() => builder.Set(2, null!, FactValue.FromNumber(1))).ParamName);
        Assert.Equal("specialistLabel", Assert.Throws<ArgumentNullException>(() => builder.SetForSpecialist(2, null!, "employmentServicesTimePercent", FactValue.FromNumber(1))).ParamName);
        Assert.Equal("factId", Assert.Throws<ArgumentNullException>(() => builder.SetForSpecialist(2, "ES 1", null!, FactValue.FromNumber(1))).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => builder.Add<CaseloadSizeFacts>(null!)).ParamName);
        Assert.Equal("specialistLabel", Assert.Throws<ArgumentNullException>(() => builder.AddSpecialist(null!, new CaseloadSizeFacts())).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => builder.AddSpecialist<CaseloadSizeFacts>("ES 1", null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => builder.Add((ItemFacts)null!)).ParamName);

        // Nothing was recorded by the rejected calls.
        Assert.Empty(builder.Build().Items);
    }

    [Fact]
    public void Builder_WithReviewDateAndLabel_ReplaceTheStartValues()
    {
        var date = new LocalDate(2026, 11, 5);
        var facts = Review.Builder().WithReviewDate(date).WithProgrammeLabel("Team Sør").Build();
        Assert.Equal(date, facts.ReviewDate);
        Assert.Equal("Team Sør", facts.ProgrammeLabel);
    }

    [Fact]
    public void BuilderSet_SameFactTwice_Throws_NamingTheItemAndFactButNotTheValue()
    {
        var builder = Review.Builder()
            .Set(1, "activeParticipants", FactValue.FromCount(10))
            .Set(1, "fullTimeEquivalents", FactValue.FromNumber(1));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Set(1, "activeParticipants", FactValue.FromCount(20)));

        Assert.Equal("Item 1 already has the fact 'activeParticipants'; a fact is given once (Clear the item to give it again).", error.Message);
        var programme = Assert.Single(builder.Build().Items).Programme;
        Assert.Equal([new FactEntry("activeParticipants", FactValue.FromCount(10)), new FactEntry("fullTimeEquivalents", FactValue.FromNumber(1))], programme);
    }

    [Fact]
    public void BuilderSetForSpecialist_SameFactTwice_Throws_NamingTheSpecialistByPositionNotLabel()
    {
        var builder = Review.Builder()
            .SetForSpecialist(2, "ES 1", "employmentServicesTimePercent", FactValue.FromNumber(50))
            .SetForSpecialist(2, "Kari Nordmann", "employmentServicesTimePercent", FactValue.FromNumber(70));

        var error = Assert.Throws<InvalidOperationException>(() => builder.SetForSpecialist(2, "Kari Nordmann", "employmentServicesTimePercent", FactValue.FromNumber(90)));

        Assert.Equal("Item 2 already has the fact 'employmentServicesTimePercent' for specialist #2; a fact is given once (Clear the item to give it again).", error.Message);
        Assert.DoesNotContain("Kari", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuilderAddSpecialist_SameLabelAgain_MergesDistinctFacts_AndRefusesARepeat()
    {
        var builder = Review.Builder()
            .AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10 })
            .AddSpecialist("ES 1", new CaseloadSizeFacts { FullTimeEquivalents = 1 });

        var specialist = Assert.Single(Assert.Single(builder.Build().Items).Specialists);
        Assert.Equal("ES 1", specialist.Label);
        Assert.Equal(["activeParticipants", "fullTimeEquivalents"], specialist.Facts.Select(f => f.Id));
        Assert.Throws<InvalidOperationException>(() => builder.AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 12 }));
    }

    [Fact]
    public void BuilderAdd_TwoTypedRecordsForOneItem_MergeTheirDistinctFacts()
    {
        var facts = Review.Builder()
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36 })
            .Add(new CaseloadSizeFacts { FullTimeEquivalents = 2 })
            .Build();

        Assert.Equal(["activeParticipants", "fullTimeEquivalents"], Assert.Single(facts.Items).Programme.Select(f => f.Id));
    }

    [Fact]
    public void Builder_ProgrammeAndSpecialistFactsForOneItem_Throw_InEitherOrder()
    {
        const string Expected = "Item 1 takes programme facts or per-specialist facts, not both.";

        var programmeFirst = Review.Builder().Add(new CaseloadSizeFacts { ActiveParticipants = 36 });
        Assert.Equal(Expected, Assert.Throws<InvalidOperationException>(() => programmeFirst.AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10 })).Message);

        var specialistsFirst = Review.Builder().Add(CaseloadSizeFacts.PerSpecialist(("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10 })));
        Assert.Equal(Expected, Assert.Throws<InvalidOperationException>(() => specialistsFirst.Set(1, "fullTimeEquivalents", FactValue.FromNumber(1))).Message);

        var both = new ItemFacts
        {
            Item = 1,
            Programme = [Review.C("activeParticipants", 36)],
            Specialists = [new SpecialistFacts { Label = "ES 1", Facts = [Review.C("activeParticipants", 10)] }],
        };
        Assert.Equal(Expected, Assert.Throws<InvalidOperationException>(() => Review.Builder().Add(both)).Message);
    }

    [Fact]
    public void BuilderClear_LetsAnItemBeGivenAgain()
    {
        var facts = Review.Builder()
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36 })
            .Clear(1)
            .AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10 })
            .Build();

        var item = Assert.Single(facts.Items);
        Assert.Empty(item.Programme);
        Assert.Equal("ES 1", Assert.Single(item.Specialists).Label);
    }
}
