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
        // Capacity 2: p-1, (missing), p-1 again, p-2, p-3 → two distinct fit, p-3 is the first that does not.
        var result = Caseload.TryCreate(Fixtures.Specialist(0.1m), participants: [Fixtures.P(1), default, Fixtures.P(1), Fixtures.P(2), Fixtures.P(3)]);
        Assert.Equal(
            [
                (ErrorCodes.Identity.Missing, "Participants[1]"),
                (ErrorCodes.Caseload.DuplicateParticipant, "Participants[2]"),
                (ErrorCodes.Caseload.Full, "Participants[4]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Equal("Participants[2]: the participant (id not shown) is already on this caseload (3 of capacity 2); a participant is on a caseload once.", result.Errors[1].Message);
        Assert.Equal("Participants[4]: more participants are listed than the caseload's capacity (3 of capacity 2), so the caseload was not created; at most 2 can be assigned. An existing caseload is loaded from records with FromRecords, which keeps them all.", result.Errors[2].Message);
    }

    [Fact]
    public void TryCreate_MissingId_DoesNotTakeAPlaceOnTheCaseload()
    {
        // Capacity 2: p-1, (missing), p-2 → only the missing id is an error; it does not push p-2 over capacity.
        var result = Caseload.TryCreate(Fixtures.Specialist(0.1m), participants: [Fixtures.P(1), default, Fixtures.P(2)]);
        Assert.Equal([(ErrorCodes.Identity.Missing, "Participants[1]")], result.Errors.Select(e => (e.Code, e.PropertyName)));
    }

    [Fact]
    public void TryCreate_MissingIdInFirstPlace_IsReported()
    {
        var result = Caseload.TryCreate(Fixtures.Specialist(), participants: [default, Fixtures.P(1)]);

        Assert.False(result.IsSuccess);
        Assert.Equal([(ErrorCodes.Identity.Missing, "Participants[0]")], result.Errors.Select(e => (e.Code, e.PropertyName)));
    }

    [Fact]
    public void TryCreate_OnACaseloadOfCapacityZero_RefusesTheFirstParticipant()
    {
        // 0.04 FTE × 20 = 0.8, rounded down: no place at all.
        var result = Caseload.TryCreate(Fixtures.Specialist(0.04m), participants: [Fixtures.P(1)]);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorCodes.Caseload.Full, "Participants[0]"), (error.Code, error.PropertyName));
        Assert.Contains("(1 of capacity 0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_TwentyFiveOnFullTime_SaysTwentyFiveOfTwentyOnce()
    {
        var result = Caseload.TryCreate(Fixtures.Specialist(), participants: Enumerable.Range(1, 25).Select(Fixtures.P));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Caseload.Full, error.Code);
        Assert.Equal("Participants[20]", error.PropertyName);
        Assert.Contains("(25 of capacity 20)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRecords_OverCapacity_KeepsEveryParticipantInOrder()
    {
        var ids = Enumerable.Range(1, 25).Select(Fixtures.P).ToList();

        var caseload = Caseload.FromRecords(Fixtures.Specialist(), ids);

        Assert.Equal(ids, caseload.Participants);
        Assert.Equal(20, caseload.Capacity);
        Assert.True(caseload.IsOverCapacity);
        Assert.True(caseload.IsFull);
        Assert.Equal("Caseload(***, 25/20)", caseload.ToString());
    }

    [Fact]
    public void FromRecords_AtCapacity_IsNotOverCapacity()
    {
        var caseload = Caseload.FromRecords(Fixtures.Specialist(0.1m), [Fixtures.P(1), Fixtures.P(2)]);

        Assert.True(caseload.IsFull);
        Assert.False(caseload.IsOverCapacity);
    }

    [Fact]
    public void FromRecords_RepeatedOrMissingParticipant_StillFails()
    {
        var result = Caseload.TryFromRecords(Fixtures.Specialist(0.1m), [Fixtures.P(1), Fixtures.P(1), default, Fixtures.P(2), Fixtures.P(3)]);

        Assert.Equal(
            [(ErrorCodes.Caseload.DuplicateParticipant, "Participants[1]"), (ErrorCodes.Identity.Missing, "Participants[2]")],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
        Assert.Throws<DomainException>(() => Caseload.FromRecords(Fixtures.Specialist(), [Fixtures.P(1), Fixtures.P(1)]));
        Assert.Throws<ArgumentNullException>(() => Caseload.TryFromRecords(Fixtures.Specialist(), null!));
    }

    [Fact]
    public void TryAdd_ToCaseloadLoadedOverCapacity_IsRefusedAsFull_UntilBelowCapacity()
    {
        var caseload = Caseload.FromRecords(Fixtures.Specialist(0.1m), [Fixtures.P(1), Fixtures.P(2), Fixtures.P(3)]);

        var refused = caseload.TryAdd(Fixtures.P(4));
        Assert.Equal(ErrorCodes.Caseload.Full, Assert.Single(refused.Errors).Code);
        Assert.Contains("(3 of capacity 2)", refused.Errors[0].Message, StringComparison.Ordinal);

        var one = caseload.Remove(Fixtures.P(1));
        Assert.False(one.IsOverCapacity);
        Assert.False(one.TryAdd(Fixtures.P(4)).IsSuccess); // at capacity: still full
        Assert.True(one.Remove(Fixtures.P(2)).TryAdd(Fixtures.P(4)).IsSuccess);
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

    [Fact]
    public void TryCreate_EveryRepeatedParticipant_IsReportedAtItsOwnIndex()
    {
        var result = Caseload.TryCreate(Fixtures.Specialist(), participants: [Fixtures.P(1), Fixtures.P(2), Fixtures.P(1), Fixtures.P(2), Fixtures.P(1)]);

        Assert.Equal(
            [
                (ErrorCodes.Caseload.DuplicateParticipant, "Participants[2]"),
                (ErrorCodes.Caseload.DuplicateParticipant, "Participants[3]"),
                (ErrorCodes.Caseload.DuplicateParticipant, "Participants[4]"),
            ],
            result.Errors.Select(e => (e.Code, e.PropertyName)));
    }
}
