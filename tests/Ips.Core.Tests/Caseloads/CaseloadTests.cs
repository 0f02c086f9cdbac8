using Ips.Core.Caseloads;
using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Caseloads;

public sealed class CaseloadTests
{
    [Fact]
    public void TryAdd_TwentyFirstOnFullTimeCaseload_FailsAndCaseloadStillHoldsTwenty()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(1m), 20);

        var result = caseload.TryAdd(ParticipantId.Create("SENTINEL-P-7f3a"));

        Assert.False(result.IsSuccess);
        var error = result.Errors.Single();
        Assert.Equal(ErrorCodes.Caseload.Full, error.Code);
        Assert.Contains("capacity 20", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SENTINEL", error.Message, StringComparison.Ordinal);
        Assert.Equal(20, caseload.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(Fixtures.P), caseload.Participants);
    }

    [Fact]
    public void Add_TwentyFirst_ThrowsWithFullCode()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(1m), 20);
        Assert.Equal(ErrorCodes.Caseload.Full, Assert.Throws<DomainException>(() => caseload.Add(Fixtures.P(21))).Code);
        Assert.Equal(20, caseload.Count);
    }

    [Theory]
    [InlineData("0.5", 10)]
    [InlineData("0.75", 15)]
    public void TryAdd_PartTimeSpecialist_CapacityIsProRata(string fte, int capacity)
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture)), capacity);
        Assert.Equal(capacity, caseload.Capacity);
        Assert.True(caseload.IsFull);
        Assert.Equal(ErrorCodes.Caseload.Full, caseload.TryAdd(Fixtures.P(99)).Errors.Single().Code);
    }

    [Fact]
    public void TryAdd_SameParticipantTwice_FailsWithDuplicateCode()
    {
        var caseload = Caseload.Create(Fixtures.Specialist()).Add(Fixtures.P(1));
        Assert.Equal(ErrorCodes.Caseload.DuplicateParticipant, caseload.TryAdd(Fixtures.P(1)).Errors.Single().Code);
        Assert.Equal(1, caseload.Count);
    }

    [Fact]
    public void Add_ReturnsNewInstance_OriginalUnchanged()
    {
        var empty = Caseload.Create(Fixtures.Specialist());
        var one = empty.Add(Fixtures.P(1));
        Assert.Equal(0, empty.Count);
        Assert.Equal(1, one.Count);
    }

    [Fact]
    public void Remove_Participant_KeepsOrderOfTheRest()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(), 3).Remove(Fixtures.P(2));
        Assert.Equal([Fixtures.P(1), Fixtures.P(3)], caseload.Participants);
        Assert.Equal(ErrorCodes.Caseload.NotOnCaseload, caseload.TryRemove(Fixtures.P(2)).Errors.Single().Code);
    }

    [Fact]
    public void Remove_FromFullCaseload_MakesRoomAgain()
    {
        var caseload = Fixtures.FullCaseload(Fixtures.Specialist(), 20).Remove(Fixtures.P(5));
        Assert.True(caseload.TryAdd(Fixtures.P(21)).IsSuccess);
    }

    [Fact]
    public void Create_WithInitialParticipantsOverCapacityOrDuplicated_Fails()
    {
        var result = Caseload.TryCreate(Fixtures.Specialist(0.1m), participants: [Fixtures.P(1), Fixtures.P(1), Fixtures.P(2), Fixtures.P(3)]);
        Assert.Equal([ErrorCodes.Caseload.DuplicateParticipant, ErrorCodes.Caseload.Full], result.Errors.Select(e => e.Code));
    }
}
