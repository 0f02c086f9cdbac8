using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Facts.Ips25;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>
/// The fact model's small print: argument checks name the argument, default arrays read as empty, values print
/// themselves for messages even when malformed, and the builder replaces rather than appends.
/// </summary>
public sealed class FactsApiTests
{
    [Fact]
    public void FactValueFactories_RejectNullWithTheArgumentName()
    {
        Assert.Equal("elementIds", Assert.Throws<ArgumentNullException>(() => FactValue.FromElements((IEnumerable<string>)null!)).ParamName);
        Assert.Equal("levelId", Assert.Throws<ArgumentNullException>(() => FactValue.FromLevel(null!)).ParamName);
    }

    [Fact]
    public void FactValueText_ForWellFormedValues()
    {
        Assert.Equal("64.5", FactValue.FromNumber(64.5).ToString());
        Assert.Equal("[a, b]", FactValue.FromElements("a", "b").ToString());
        Assert.Equal("[]", FactValue.FromElements().ToString());
        Assert.Equal("weekly", FactValue.FromLevel("weekly").ToString());
        Assert.Equal("false", FactValue.FromFlag(false).ToString());
    }

    [Fact]
    public void FactValueText_NamesWhatAMalformedValueLacks()
    {
        Assert.Equal("(no number)", new FactValue { Kind = FactKind.Number }.ToString());
        Assert.Equal("(no number)", new FactValue { Kind = FactKind.Count }.ToString());
        Assert.Equal("[]", new FactValue { Kind = FactKind.Elements }.ToString());
        Assert.Equal("(no level)", new FactValue { Kind = FactKind.Level }.ToString());
        Assert.Equal("(no flag)", new FactValue { Kind = FactKind.Flag }.ToString());
        Assert.Equal("(unknown kind)", new FactValue { Kind = (FactKind)99, Number = 1 }.ToString());
    }

    [Fact]
    public void DefaultArrays_ReadAsEmpty()
    {
        var item = new ItemFacts { Item = 1, Programme = default, Specialists = default };
        Assert.False(item.Programme.IsDefault);
        Assert.Empty(item.Programme);
        Assert.False(item.Specialists.IsDefault);
        Assert.Empty(item.Specialists);

        var specialist = new SpecialistFacts { Label = "ES 1", Facts = default };
        Assert.False(specialist.Facts.IsDefault);
        Assert.Empty(specialist.Facts);

        var review = new ReviewFacts { ProgrammeLabel = "Team", ReviewDate = Review.Date, Items = default };
        Assert.False(review.Items.IsDefault);
        Assert.Empty(review.Items);
        Assert.Null(review.Find(1));
    }

    [Fact]
    public void ItemFactsFactories_RejectNullWithTheArgumentName()
    {
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ItemFacts.ForProgramme(1, (IEnumerable<FactEntry>)null!)).ParamName);
        Assert.Equal("specialists", Assert.Throws<ArgumentNullException>(() => ItemFacts.ForSpecialists(1, (IEnumerable<SpecialistFacts>)null!)).ParamName);
        Assert.Equal("specialists", Assert.Throws<ArgumentNullException>(() => ItemFacts.ForSpecialists((IEnumerable<(string, CaseloadSizeFacts)>)null!)).ParamName);
        Assert.Equal("facts", Assert.Throws<ArgumentNullException>(() => ItemFacts.ForSpecialists<CaseloadSizeFacts>(("ES 1", null!))).ParamName);
    }

    [Fact]
    public void ItemFactsForTypedSpecialists_TakesTheItemNumberFromTheRecord()
    {
        var facts = ItemFacts.ForSpecialists(("ES 1", new CaseloadSizeFacts { ActiveParticipants = 10 }), ("ES 2", new CaseloadSizeFacts()));
        Assert.Equal(1, facts.Item);
        Assert.Equal(["ES 1", "ES 2"], facts.Specialists.Select(s => s.Label));
        Assert.Equal("activeParticipants", Assert.Single(facts.Specialists[0].Facts).Id);
        Assert.Empty(facts.Specialists[1].Facts);
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
