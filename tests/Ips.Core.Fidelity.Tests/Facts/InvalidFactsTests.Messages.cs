using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>Invalid facts are named exactly: code, fact, value and the rule broken, in one readable message.</summary>
public sealed partial class InvalidFactsTests
{
    private static FactError Single(int item, params FactEntry[] facts)
    {
        var engine = new FidelityEngine(Ips25Scale.LoadDefinition());
        var result = engine.Score(Review.Raw(ItemFacts.ForProgramme(item, facts))).Item(item);
        Assert.Equal(ItemStatus.Invalid, result.Status);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void UnknownFact_ListsTheDeclaredFacts()
    {
        var error = Single(1, Review.C("activeParticipants", 10), Review.NumberFact("fullTimeEquivalents", 1), Review.NumberFact("staff", 3));
        Assert.Equal(FactErrorCodes.UnknownFact, error.Code);
        Assert.Equal("staff", error.FactId);
        Assert.Equal("3", error.Value);
        Assert.Equal("a fact declared on the item: activeParticipants, fullTimeEquivalents", error.Rule);
        Assert.Equal("Item 1, fact 'staff': value 3 breaks the rule: a fact declared on the item: activeParticipants, fullTimeEquivalents (Fact.UnknownFact).", error.Message);
    }

    [Fact]
    public void DuplicateFact_IsNamed()
    {
        var error = Single(2, Review.NumberFact("employmentServicesTimePercent", 80), Review.NumberFact("employmentServicesTimePercent", 81));
        Assert.Equal(FactErrorCodes.DuplicateFact, error.Code);
        Assert.Equal("81", error.Value);
        Assert.Equal("each fact given once", error.Rule);
    }

    [Fact]
    public void WrongKind_SaysWhichKindIsExpected()
    {
        Assert.Equal("a count value", Single(1, Review.L("activeParticipants", "many"), Review.NumberFact("fullTimeEquivalents", 1)).Rule);
        Assert.Equal("a number value", Single(2, Review.F("employmentServicesTimePercent", true)).Rule);
        Assert.Equal("a set of elements", Single(5, Review.NumberFact("teamContactPractices", 2)).Rule);
        Assert.Equal("a level value", Single(7, Review.E("unitPractice", "notAUnit")).Rule);
        var flag = Single(15, Review.NumberFact("meanDaysToFirstEmployerContact", 20), Review.L("employerContactsTracked", "yes"));
        Assert.Equal(FactErrorCodes.WrongKind, flag.Code);
        Assert.Equal("a flag value (true or false)", flag.Rule);
        Assert.Equal("yes", flag.Value);
    }

    [Fact]
    public void OutOfDomainNumbers_StateTheDomain()
    {
        var above = Single(2, Review.NumberFact("employmentServicesTimePercent", 100.5));
        Assert.Equal(FactErrorCodes.AboveMaximum, above.Code);
        Assert.Equal("at least 0 and at most 100", above.Rule);
        Assert.Equal("100.5", above.Value);

        var below = Single(2, Review.NumberFact("employmentServicesTimePercent", -1));
        Assert.Equal(FactErrorCodes.BelowMinimum, below.Code);

        var exclusive = Single(1, Review.C("activeParticipants", 10), Review.NumberFact("fullTimeEquivalents", 0));
        Assert.Equal(FactErrorCodes.BelowMinimum, exclusive.Code);
        Assert.Equal("greater than 0", exclusive.Rule);

        Assert.Equal("at least 0", Single(1, Review.C("activeParticipants", -1), Review.NumberFact("fullTimeEquivalents", 1)).Rule);
    }

    [Fact]
    public void DomainEdges_AreInside()
    {
        var engine = new FidelityEngine(Ips25Scale.LoadDefinition());
        Assert.Equal(5, engine.Score(Review.Raw(ItemFacts.ForProgramme(2, [Review.NumberFact("employmentServicesTimePercent", 100)]))).Item(2).Score);
        Assert.Equal(1, engine.Score(Review.Raw(ItemFacts.ForProgramme(2, [Review.NumberFact("employmentServicesTimePercent", 0)]))).Item(2).Score);
    }

    [Fact]
    public void FractionalCountAndNonFiniteNumber_AreRejected()
    {
        var fraction = Single(1, new FactEntry("activeParticipants", FactValue.FromNumber(10.5)), Review.NumberFact("fullTimeEquivalents", 1));
        Assert.Equal(FactErrorCodes.NotAWholeNumber, fraction.Code);
        Assert.Equal("a whole number", fraction.Rule);
        Assert.Equal(FactErrorCodes.NotANumber, Single(2, Review.NumberFact("employmentServicesTimePercent", double.NaN)).Code);
        Assert.Equal("a finite number", Single(2, Review.NumberFact("employmentServicesTimePercent", double.PositiveInfinity)).Rule);
    }

    [Fact]
    public void UnknownAndDuplicateElements_AreNamed()
    {
        var unknown = Single(13, Review.E("disclosurePractices", "disclosureNotRequired", "tellsEveryone"));
        Assert.Equal(FactErrorCodes.UnknownElement, unknown.Code);
        Assert.Equal("tellsEveryone", unknown.Value);
        Assert.Equal("one of the elements disclosureNotRequired, discussesProsAndCons, discussesWhatToSay, discussedMoreThanOnce", unknown.Rule);

        var duplicate = Single(13, Review.E("disclosurePractices", "discussesWhatToSay", "discussesWhatToSay"));
        Assert.Equal(FactErrorCodes.DuplicateElement, duplicate.Code);
        Assert.Equal("discussesWhatToSay", duplicate.Value);
        Assert.Equal("each element given once", duplicate.Rule);
    }

    [Fact]
    public void UnknownLevel_ListsTheLevels()
    {
        var error = Single(17, Review.NumberFact("inPersonEmployerContactsPerWeek", 5), Review.L("contactLogReview", "daily"), Review.C("jobSeekers", 5));
        Assert.Equal(FactErrorCodes.UnknownLevel, error.Code);
        Assert.Equal("one of the levels none, monthly, weekly", error.Rule);
    }

    [Fact]
    public void BrokenConstraint_ShowsEveryFactGiven()
    {
        var error = Single(19, Review.C("jobsHeld", 3), Review.C("distinctJobTypes", 4));
        Assert.Equal("Ratio.DistinctJobTypesExceedJobsHeld", error.Code);
        Assert.Equal("jobsHeld=3, distinctJobTypes=4", error.Value);
        Assert.Equal("Distinct job types cannot exceed jobs held", error.Rule);
        Assert.Null(error.FactId);
    }

    [Fact]
    public void PerSpecialistError_NamesTheSpecialist()
    {
        var engine = new FidelityEngine(Ips25Scale.LoadDefinition());
        var review = Review.Raw(ItemFacts.ForSpecialists(2, [new SpecialistFacts { Label = "Kari", Facts = [Review.NumberFact("employmentServicesTimePercent", 120)] }]));
        var error = Assert.Single(engine.Score(review).Item(2).Errors);
        Assert.Equal("Kari", error.Specialist);
        Assert.Equal("Item 2, specialist 'Kari', fact 'employmentServicesTimePercent': value 120 breaks the rule: at least 0 and at most 100 (Fact.AboveMaximum).", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    [InlineData(-1)]
    public void FreshEngine_ItemNumberOutsideTheScale_IsAnInputError(int number)
    {
        var engine = new FidelityEngine(Ips25Scale.LoadDefinition());
        var facts = Review.Builder().Set(1, "activeParticipants", FactValue.FromCount(20)).Set(1, "fullTimeEquivalents", FactValue.FromNumber(1)).Build();
        facts = facts with { Items = [.. facts.Items, ItemFacts.ForProgramme(number, Review.C("activeParticipants", 1))] };

        var report = engine.Score(facts);

        var error = Assert.Single(report.InputErrors);
        Assert.Equal(FactErrorCodes.UnknownItem, error.Code);
        Assert.Equal(5, report.Item(1).Score);
    }

    [Fact]
    public void ProgrammeAndSpecialistFacts_TogetherMakeTheItemInvalid_WithTheRuleNamed()
    {
        var item = ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 80)) with
        {
            Specialists = [new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] }],
        };

        var result = new FidelityEngine(Ips25Scale.LoadDefinition()).Score(Review.Builder().Build() with { Items = [item] }).Item(2);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.BothProgrammeAndSpecialists, error.Code);
        Assert.Equal("give programme facts or per-specialist facts, not both", error.Rule);
    }

    [Fact]
    public void UnknownElement_NamesTheElementsAllowed()
    {
        var report = Review.Engine.Score(Review.Builder().Set(25, "engagementStrategies", FactValue.FromElements("coffee")).Build());

        var error = Assert.Single(report.Item(25).Errors);
        Assert.Equal(FactErrorCodes.UnknownElement, error.Code);
        Assert.StartsWith("one of the elements ", error.Rule, StringComparison.Ordinal);
        Assert.Contains("coffee", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullElementId_IsAnUnknownElement_ShownAsNull()
    {
        var report = Review.Engine.Score(Review.Builder().Set(25, "engagementStrategies", FactValue.FromElements("coffee", null!)).Build());

        Assert.Equal(["coffee", "null"], report.Item(25).Errors.Select(e => e.Value));
    }
}
