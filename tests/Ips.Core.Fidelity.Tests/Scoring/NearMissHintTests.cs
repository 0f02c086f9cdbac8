using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>Near misses of a fact, element or level id get a "did you mean" hint naming the scale's id, in the coded error's message.</summary>
public sealed class NearMissHintTests
{
    private static string Message(params ItemFacts[] items)
    {
        var failure = Assert.Single(Ips25Scale.Validator.Validate(Raw(items)).Errors);
        return failure.ErrorMessage;
    }

    [Fact]
    public void WrongCaseLevel_HintsTheLevel()
    {
        var message = Message(ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", 5), L("contactLogReview", "Weekly"), C("jobSeekers", 10)));

        Assert.Equal("Item 17, fact 'contactLogReview': value Weekly breaks the rule: one of the levels none, monthly, weekly (did you mean 'weekly'?) (Fact.UnknownLevel).", message);
    }

    [Fact]
    public void MisspeltFactId_HintsTheFact()
    {
        var message = Message(ItemFacts.ForProgramme(1, C("activeParticipants", 36), NumberFact("fullTimeEquivalent", 2)));

        Assert.Contains("(did you mean 'fullTimeEquivalents'?) (Fact.UnknownFact)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementWithTwoLettersSwapped_HintsTheElement()
    {
        var element = Ips25Scale.Definition.FindItem(5)!.Facts[0].Elements[0].Id;
        var misspelt = element[..2] + element[3] + element[2] + element[4..];

        var message = Message(ItemFacts.ForProgramme(5, E("teamContactPractices", misspelt)));

        Assert.Contains("(did you mean '" + element + "'?) (Fact.UnknownElement)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdFarFromEveryId_GetsNoHint()
    {
        var message = Message(ItemFacts.ForProgramme(17, NumberFact("inPersonEmployerContactsPerWeek", 5), L("contactLogReview", "fortnightly"), C("jobSeekers", 10)));

        Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
    }
}
