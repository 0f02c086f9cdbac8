using Ips.Core.Disclosure;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Disclosure;

public sealed class DisclosureHistoryTests
{
    private static DisclosureDecision Decision(int day, int participant = 1) =>
        DisclosureDecision.Create(Fixtures.P(participant), Fixtures.Day.PlusDays(day), DisclosedInformation.ReceivingTreatment | DisclosedInformation.GapInWorkHistory, DisclosureAudience.Manager, DisclosureTiming.AfterStart, true);

    [Fact]
    public void Revise_LaterDecision_ReturnsNewHistoryWithItCurrent()
    {
        var history = DisclosureHistory.Create(Fixtures.P(1), [DisclosureDecision.Nothing(Fixtures.P(1), Fixtures.Day, false)]);
        var revised = history.Revise(Decision(30));
        Assert.Single(history.Decisions);
        Assert.Equal(2, revised.Decisions.Length);
        Assert.Equal(Fixtures.Day.PlusDays(30), revised.Current!.Date);
    }

    [Fact]
    public void Revise_SameDay_IsAllowed() => Assert.Equal(2, DisclosureHistory.Create(Fixtures.P(1), [Decision(5)]).Revise(Decision(5)).Decisions.Length);

    [Fact]
    public void Revise_EarlierDecision_FailsWithOutOfOrder()
    {
        var history = DisclosureHistory.Create(Fixtures.P(1), [Decision(10)]);
        Assert.Equal(ErrorCodes.Disclosure.RevisionOutOfOrder, history.TryRevise(Decision(9)).Errors.Single().Code);
    }

    [Fact]
    public void Create_DecisionsOutOfOrder_Fails()
    {
        Assert.Equal(ErrorCodes.Disclosure.RevisionOutOfOrder, DisclosureHistory.TryCreate(Fixtures.P(1), [Decision(10), Decision(2)]).Errors.Single().Code);
    }

    [Fact]
    public void Revise_OtherParticipant_FailsWithWrongParticipant()
    {
        Assert.Equal(ErrorCodes.Disclosure.WrongParticipant, DisclosureHistory.Create(Fixtures.P(1)).TryRevise(Decision(1, participant: 2)).Errors.Single().Code);
    }

    [Fact]
    public void Current_EmptyHistory_IsNull() => Assert.Null(DisclosureHistory.Create(Fixtures.P(1)).Current);
}
