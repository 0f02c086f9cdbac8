using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>The review facts builder: argument checks name the argument, and it replaces rather than appends.</summary>
public sealed class ReviewFactsBuilderTests
{

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
    public void BuilderSet_SameFactTwice_KeepsOneEntryWithTheLastValue()
    {
        var facts = Review.Builder()
            .Set(1, "activeParticipants", FactValue.FromCount(10))
            .Set(1, "fullTimeEquivalents", FactValue.FromNumber(1))
            .Set(1, "activeParticipants", FactValue.FromCount(20))
            .Build();
        var programme = Assert.Single(facts.Items).Programme;
        Assert.Equal(["activeParticipants", "fullTimeEquivalents"], programme.Select(e => e.Id));
        Assert.Equal(FactValue.FromCount(20), programme[0].Value);
    }

    [Fact]
    public void BuilderSetForSpecialist_SameFactTwice_KeepsOneEntryWithTheLastValue()
    {
        var facts = Review.Builder()
            .SetForSpecialist(2, "ES 1", "employmentServicesTimePercent", FactValue.FromNumber(50))
            .SetForSpecialist(2, "ES 1", "employmentServicesTimePercent", FactValue.FromNumber(90))
            .Build();
        var specialist = Assert.Single(Assert.Single(facts.Items).Specialists);
        Assert.Equal(FactValue.FromNumber(90), Assert.Single(specialist.Facts).Value);
    }

    [Fact]
    public void BuilderAddSpecialist_SameLabelAgain_ReplacesThatSpecialistsFacts()
    {
        var facts = Review.Builder()
            .AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 1 })
            .AddSpecialist("ES 1", new CaseloadSizeFacts { ActiveParticipants = 12 })
            .Build();
        var specialist = Assert.Single(Assert.Single(facts.Items).Specialists);
        Assert.Equal("ES 1", specialist.Label);
        var entry = Assert.Single(specialist.Facts);
        Assert.Equal(new FactEntry("activeParticipants", FactValue.FromCount(12)), entry);
    }
}
