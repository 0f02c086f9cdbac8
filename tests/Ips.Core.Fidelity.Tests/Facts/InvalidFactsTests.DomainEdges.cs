using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>
/// Fact checks at the edges of the declared domain and of the value shape: exclusive maxima, one-sided domains,
/// values whose member for their kind is missing, and duplicates that are reported once.
/// </summary>
public sealed partial class InvalidFactsTests
{
    private static FidelityEngine Fresh() => new(Ips25Scale.LoadDefinition());

    private static FactError Single(ItemResult result)
    {
        Assert.Equal(ItemStatus.Invalid, result.Status);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void DuplicateFact_IsReportedOnce_AndTheRepeatIsNotCheckedAsWell()
    {
        var error = Single(Fresh().Score(2, Review.NumberFact("employmentServicesTimePercent", 80), Review.NumberFact("employmentServicesTimePercent", 250)));
        Assert.Equal(FactErrorCodes.DuplicateFact, error.Code);
        Assert.Equal("250", error.Value);
    }

    [Theory]
    [InlineData(99.9, null)]
    [InlineData(100, FactErrorCodes.AboveMaximum)]
    [InlineData(100.5, FactErrorCodes.AboveMaximum)]
    public void ExclusiveMaximum_ExcludesTheBoundItself(double percent, string? code)
    {
        var engine = DefinitionJson.Engine(json => DefinitionJson.Fact(json, 2, "employmentServicesTimePercent")["maxExclusive"] = true);
        var result = engine.Score(2, Review.NumberFact("employmentServicesTimePercent", percent));
        if (code is null)
        {
            Assert.Equal(ItemStatus.Rated, result.Status);
            Assert.Equal(5, result.Score);
        }
        else
        {
            var error = Single(result);
            Assert.Equal(code, error.Code);
            Assert.Equal("at least 0 and less than 100", error.Rule);
        }
    }

    [Fact]
    public void DomainWithOnlyAMaximum_StatesOnlyTheMaximum()
    {
        var engine = DefinitionJson.Engine(json =>
        {
            var contacts = DefinitionJson.Fact(json, 17, "inPersonEmployerContactsPerWeek");
            contacts.Remove("min");
            contacts["max"] = 1000;
        });
        var error = Single(engine.Score(17, Review.NumberFact("inPersonEmployerContactsPerWeek", 1000.5), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 10)));
        Assert.Equal(FactErrorCodes.AboveMaximum, error.Code);
        Assert.Equal("at most 1000", error.Rule);
    }

    [Fact]
    public void UnknownElement_ListsTheElements()
    {
        var error = Single(Fresh().Score(13, Review.E("disclosurePractices", "discussesWhatToSay", "tellsEveryone")));
        Assert.Equal(FactErrorCodes.UnknownElement, error.Code);
        Assert.Equal("tellsEveryone", error.Value);
        Assert.Equal("one of the elements disclosureNotRequired, discussesProsAndCons, discussesWhatToSay, discussedMoreThanOnce", error.Rule);
    }

    [Fact]
    public void LevelValueWithoutALevel_IsTheWrongKind()
    {
        var error = Single(Fresh().Score(7, new FactEntry("unitPractice", new FactValue { Kind = FactKind.Level })));
        Assert.Equal(FactErrorCodes.WrongKind, error.Code);
        Assert.Equal("(no level)", error.Value);
        Assert.Equal("a level value", error.Rule);
    }

    [Fact]
    public void FlagValueWithoutAnAnswer_IsTheWrongKind()
    {
        var error = Single(Fresh().Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 20), new FactEntry("employerContactsTracked", new FactValue { Kind = FactKind.Flag })));
        Assert.Equal(FactErrorCodes.WrongKind, error.Code);
        Assert.Equal("(no flag)", error.Value);
    }

    [Fact]
    public void AnswerCarriedByAnotherKind_IsTheWrongKind()
    {
        var error = Single(Fresh().Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 20), new FactEntry("employerContactsTracked", new FactValue { Kind = FactKind.Level, Level = "yes", Flag = true })));
        Assert.Equal(FactErrorCodes.WrongKind, error.Code);
        Assert.Equal("a flag value (true or false)", error.Rule);
    }

    [Fact]
    public void ElementsValueWithADefaultArray_CountsAsNoElementsPresent()
    {
        var result = Fresh().Score(13, new FactEntry("disclosurePractices", new FactValue { Kind = FactKind.Elements }));
        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(1, result.Score);
        Assert.Equal(0, result.MeasuredValue);
    }
}
