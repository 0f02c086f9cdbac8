using Ips.Core.Caseloads;
using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Caseloads;

public sealed class CaseloadEdgeTests
{
    [Fact]
    public void CapacityPolicy_RatioOfOne_IsTheSmallestAllowed()
    {
        Assert.Equal(1, CaseloadCapacityPolicy.Create(1).ParticipantsPerFullTimeEquivalent);
        var ex = Assert.Throws<DomainException>(() => CaseloadCapacityPolicy.Create(-3));
        Assert.Equal("ParticipantsPerFullTimeEquivalent", ex.Errors.Single().PropertyName);
        Assert.Equal("ParticipantsPerFullTimeEquivalent -3 is out of range; it must be at least 1.", ex.Errors.Single().Message);
    }

    [Fact]
    public void IsFull_OneBelowCapacity_IsFalse()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(0.25m), 4);
        Assert.Equal(5, caseload.Capacity);
        Assert.False(caseload.IsFull);
        Assert.True(caseload.Add(Fixtures.P(5)).IsFull);
    }

    [Fact]
    public void TryCreate_InitialParticipants_AreKeptInOrder()
    {
        var caseload = Caseload.Create(Fixtures.Specialist(), participants: [Fixtures.P(3), Fixtures.P(1)]);
        Assert.Equal([Fixtures.P(3), Fixtures.P(1)], caseload.Participants);
        Assert.Equal(Fixtures.S(), caseload.Specialist);
        Assert.True(caseload.Contains(Fixtures.P(1)));
        Assert.False(caseload.Contains(Fixtures.P(2)));
    }

    [Fact]
    public void TryCreate_InitialParticipantsAtCapacity_Succeeds()
    {
        var caseload = Caseload.Create(Fixtures.Specialist(0.1m), participants: [Fixtures.P(1), Fixtures.P(2)]);
        Assert.Equal(2, caseload.Count);
        Assert.True(caseload.IsFull);
    }

    [Fact]
    public void TryCreate_InitialErrors_NameTheIndexAndTheRule()
    {
        var result = Caseload.TryCreate(Fixtures.Specialist(0.1m), participants: [Fixtures.P(1), default, Fixtures.P(1), Fixtures.P(2)]);
        Assert.Equal(
            [
                (ErrorCodes.Identity.Missing, "Participants[1]"),
                (ErrorCodes.Caseload.DuplicateParticipant, "Participants[2]"),
                (ErrorCodes.Caseload.Full, "Participants[3]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Participants[2]: the participant (id not shown) is already on this caseload (0 of capacity 2); a participant is on a caseload once.", result.Errors[1].Message);
        Assert.Equal("Participants[3]: the caseload is full (0 of capacity 2); the participant (id not shown) was not added and nothing on the caseload changed.", result.Errors[2].Message);
    }

    [Fact]
    public void TryAdd_DefaultId_FailsWithMissingOnly()
    {
        var full = Fixtures.FullCaseload(Fixtures.Specialist(0.05m), 1);
        var error = full.TryAdd(default).Errors.Single();
        Assert.Equal(ErrorCodes.Identity.Missing, error.Code);
        Assert.Equal("Participants", error.PropertyName);
    }

    [Fact]
    public void TryAdd_Duplicate_MessageDescribesTheCaseload()
    {
        var caseload = Caseload.Create(Fixtures.Specialist()).Add(Fixtures.P(1));
        Assert.Equal("Participants: the participant (id not shown) is already on this caseload (1 of capacity 20); a participant is on a caseload once.", caseload.TryAdd(Fixtures.P(1)).Errors.Single().Message);
    }

    [Fact]
    public void TryRemove_Absent_MessageDescribesTheCaseload()
    {
        var caseload = Caseload.Create(Fixtures.Specialist()).Add(Fixtures.P(1));
        var error = caseload.TryRemove(Fixtures.P(2)).Errors.Single();
        Assert.Equal("Participants", error.PropertyName);
        Assert.Equal("Participants: the participant (id not shown) is not on this caseload (1 of capacity 20), so it cannot be removed.", error.Message);
        Assert.Equal(ErrorCodes.Caseload.NotOnCaseload, Assert.Throws<DomainException>(() => caseload.Remove(Fixtures.P(2))).Code);
    }

    [Fact]
    public void ToString_ShowsCountAndCapacityOnly()
    {
        Assert.Equal("Caseload(***, 2/10)", Fixtures.FullCaseload(Fixtures.Specialist(0.5m), 2).ToString());
    }

    [Fact]
    public void Create_CustomPolicy_SetsCapacity()
    {
        Assert.Equal(12, Caseload.Create(Fixtures.Specialist(), CaseloadCapacityPolicy.Create(12)).Capacity);
        Assert.Throws<ArgumentNullException>(() => Caseload.Create(null!));
    }
}
