using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>
/// The fact records (item, specialist and review facts): default arrays read as empty, and the item factories check their
/// arguments and take the item number from a typed record.
/// </summary>
public sealed class ItemFactsTests
{
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
}
