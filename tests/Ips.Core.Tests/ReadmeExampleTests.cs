using Ips.Core.Caseloads;
using Ips.Core.Identity;
using Ips.Core.Specialists;
using Ips.Core.Validation;

namespace Ips.Core.Tests;

/// <summary>Keeps the package README's example true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_TwentyFirstParticipant_FailsWithFullCode()
    {
        var specialist = EmploymentSpecialist.Create(SpecialistId.Create("es-1"), fte: 1.0m, teams: [TeamId.Create("fact-1")]);
        var caseload = Caseload.Create(specialist);
        for (var i = 1; i <= 20; i++)
        {
            caseload = caseload.Add(ParticipantId.Create($"p-{i}"));
        }

        DomainResult<Caseload> result = caseload.TryAdd(ParticipantId.Create("p-21"));
        Assert.False(result.IsSuccess);
        Assert.Equal("IPS-CASE-001", result.Errors[0].Code);
        Assert.Equal(ErrorCodes.Caseload.Full, result.Errors[0].Code);
        Assert.Equal(20, caseload.Count);
        Assert.Equal(ErrorCodes.Caseload.Full, Assert.Throws<DomainException>(() => caseload.Add(ParticipantId.Create("p-21"))).Code);
    }
}
