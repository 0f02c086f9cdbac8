using NodaTime;
using Ips.Core.Participants;
using Ips.Core.Caseloads;
using Ips.Core.Identity;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Programmes;

public sealed class IpsProgrammeFindingsTests
{
    private static readonly ProgrammeId Prog = ProgrammeId.Create("prog-oslo");

    /// <summary>Specialist s-1 (1.0 FTE, capacity 20) with a caseload of <paramref name="count"/> loaded from records; s-2 with an empty caseload.</summary>
    private static IpsProgramme Loaded(int count, int free = 0)
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var s2 = Fixtures.Specialist(1m, 2);
        var builder = IpsProgramme.CreateBuilder(Prog).Add(s1).Add(s2);
        for (var i = 1; i <= count + free; i++)
        {
            builder.Add(Fixtures.Participant(i));
        }

        return builder
            .Add(Caseload.FromRecords(s2, []))
            .Add(Caseload.FromRecords(s1, Enumerable.Range(1, count).Select(Fixtures.P)))
            .Build();
    }

    [Fact]
    public void Build_CaseloadLoadedOverCapacity_KeepsEveryParticipant_AndReportsOneFinding()
    {
        var programme = Loaded(25);

        Assert.Equal(25, programme.Caseloads[1].Count);
        var finding = Assert.Single(programme.Findings);
        Assert.Equal(ErrorCodes.Caseload.OverCapacity, finding.Code);
        Assert.Equal("Caseloads[1]", finding.PropertyName);
        Assert.Equal("Caseloads[1] in programme 'prog-oslo' holds more participants than its capacity (25 of capacity 20); kept as recorded, and no participant can be assigned to it until it is below capacity.", finding.Message);
        Assert.DoesNotContain("p-", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s-", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CaseloadsWithinCapacity_HaveNoFindings()
    {
        Assert.Empty(Loaded(20).Findings);
        Assert.Empty(IpsProgramme.CreateBuilder(Prog).Build().Findings);
    }

    [Fact]
    public void TryAddToCaseload_OverCapacity_IsStillRefused_AndAssigningElsewhereKeepsTheFinding()
    {
        var programme = Loaded(21, free: 1);

        var refused = programme.TryAddToCaseload(Fixtures.S(1), Fixtures.P(22));
        Assert.Equal(ErrorCodes.Caseload.Full, Assert.Single(refused.Errors).Code);
        Assert.Contains("21 of capacity 20", refused.Errors[0].Message, StringComparison.Ordinal);

        var elsewhere = programme.AddToCaseload(Fixtures.S(2), Fixtures.P(22));
        Assert.Equal("Caseloads[1]", Assert.Single(elsewhere.Findings).PropertyName);
    }

    [Fact]
    public void Build_CreateStillEnforcesCapacity_WhenAssigning()
    {
        var error = Assert.Throws<DomainException>(() => Caseload.Create(Fixtures.Specialist(), participants: Enumerable.Range(1, 21).Select(Fixtures.P)));
        Assert.Equal(ErrorCodes.Caseload.Full, Assert.Single(error.Errors).Code);
    }

    [Fact]
    public void Build_TwoCaseloadsOverCapacity_ReportOneFindingEach_InCaseloadOrder()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var s2 = Fixtures.Specialist(1m, 2);
        var builder = IpsProgramme.CreateBuilder(Prog).Add(s1).Add(s2);
        for (var i = 1; i <= 42; i++)
        {
            builder.Add(Fixtures.Participant(i));
        }

        var programme = builder
            .Add(Caseload.FromRecords(s1, Enumerable.Range(1, 21).Select(Fixtures.P)))
            .Add(Caseload.FromRecords(s2, Enumerable.Range(22, 21).Select(Fixtures.P)))
            .Build();

        Assert.Equal(
            [(ErrorCodes.Caseload.OverCapacity, "Caseloads[0]"), (ErrorCodes.Caseload.OverCapacity, "Caseloads[1]")],
            programme.Findings.Select(f => (f.Code, f.PropertyName)));
    }

    [Fact]
    public void Build_CaseloadOverCapacity_AndAReportedExit_KeepBothFindings_CaseloadsFirst()
    {
        var s1 = Fixtures.Specialist(1m, 1);
        var builder = IpsProgramme.CreateBuilder(Prog).Add(s1).Add(Fixtures.Employer());
        for (var i = 1; i <= 21; i++)
        {
            builder.Add(Fixtures.Participant(i));
        }

        builder.Add(Outcomes.OutcomeFixtures.Person(22, new LocalDate(2019, 1, 7), Outcomes.OutcomeFixtures.ExitOn(new LocalDate(2019, 6, 30), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)));
        builder.Add(Caseload.FromRecords(s1, Enumerable.Range(1, 21).Select(Fixtures.P)));
        builder.ExitConsistency = ExitConsistency.Report;

        var programme = builder.Build();

        Assert.Equal(
            [(ErrorCodes.Caseload.OverCapacity, "Caseloads[0]"), (ErrorCodes.Programme.ExitWorkWithoutJob, "Participants[21].ExitRecord")],
            programme.Findings.Select(f => (f.Code, f.PropertyName)));
    }
}
