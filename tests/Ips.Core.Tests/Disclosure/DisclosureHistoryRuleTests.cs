using Ips.Core.Disclosure;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Disclosure;

public sealed class DisclosureHistoryRuleTests
{
    private static DisclosureDecision Decision(int day, int participant = 1) =>
        DisclosureDecision.Nothing(Fixtures.P(participant), Fixtures.Day.PlusDays(day), false);

    [Fact]
    public void Create_InOrder_KeepsDecisionsAndCurrentIsTheLast()
    {
        var history = DisclosureHistory.Create(Fixtures.P(1), [Decision(1), Decision(1), Decision(4)]);
        Assert.Equal(3, history.Decisions.Length);
        Assert.Equal(Fixtures.Day.PlusDays(4), history.Current!.Date);
        Assert.Equal(Fixtures.P(1), history.Participant);
        Assert.Equal("DisclosureHistory(***, 3 decisions)", history.ToString());
    }

    [Fact]
    public void Create_ErrorsNameTheIndex()
    {
        var result = DisclosureHistory.TryCreate(Fixtures.P(1), [Decision(5), Decision(2, participant: 2), null!]);
        Assert.Equal(
            [
                (ErrorCodes.Disclosure.WrongParticipant, "Decisions[1].Participant"),
                (ErrorCodes.Disclosure.RevisionOutOfOrder, "Decisions[1].Date"),
                (ErrorCodes.General.Required, "Decisions[2]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Decisions[1] is about another participant than the history (ids not shown).", result.Errors[0].Message);
        Assert.Equal("Decisions[1] dated 2024-03-03 lies before the current decision of 2024-03-06; revisions are in date order.", result.Errors[1].Message);
    }

    [Fact]
    public void Create_DefaultParticipant_Fails()
    {
        Assert.Equal(ErrorCodes.Identity.Missing, DisclosureHistory.TryCreate(default).Errors.Single().Code);
    }

    [Fact]
    public void Revise_Null_FailsAndRevisingInvalidThrows()
    {
        var history = DisclosureHistory.Create(Fixtures.P(1));
        var error = history.TryRevise(null!).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("Decisions", error.PropertyName);
        Assert.Equal(ErrorCodes.Disclosure.WrongParticipant, Assert.Throws<DomainException>(() => history.Revise(Decision(1, participant: 2))).Code);
    }

    [Fact]
    public void Revise_FirstDecision_HasNoOrderConstraint()
    {
        var history = DisclosureHistory.Create(Fixtures.P(1)).Revise(Decision(-100));
        Assert.Equal(Fixtures.Day.PlusDays(-100), history.Current!.Date);
    }
}
