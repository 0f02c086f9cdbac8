using Ips.Core.Caseloads;
using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Specialists;
using NodaTime;

namespace Ips.Core.Tests;

/// <summary>Small, valid domain objects for tests.</summary>
internal static class Fixtures
{
    internal static readonly LocalDate Day = new(2024, 3, 1);

    internal static ParticipantId P(int n) => ParticipantId.Create($"p-{n}");

    internal static SpecialistId S(int n = 1) => SpecialistId.Create($"s-{n}");

    internal static EmployerId E(int n = 1) => EmployerId.Create($"e-{n}");

    internal static EmploymentSpecialist Specialist(decimal fte = 1m, int n = 1) =>
        EmploymentSpecialist.Create(S(n), fte, [TeamId.Create("team-1")]);

    internal static Participant Participant(int n) =>
        Core.Participants.Participant.Create(P(n), Day, Day.PlusDays(7), ReferralSource.FromTeam(TeamId.Create("team-1")));

    internal static Employer Employer(int n = 1) => Core.Employers.Employer.Create(E(n), OrganisationNumber.Create("974760673"), "Rema 1000 Storgata");

    internal static JobType Cashier => JobType.Create(OccupationCode.Create("5223"), "Butikkmedarbeider");

    internal static Job Job(
        int n = 1,
        int participant = 1,
        bool ordinaryWage = true,
        EmploymentForm form = EmploymentForm.Permanent,
        bool reserved = false,
        NavWageSubsidy subsidy = NavWageSubsidy.None,
        LocalDate? end = null) =>
        Core.Jobs.Job.Create(JobId.Create($"j-{n}"), P(participant), E(), Cashier, Day, PositionSize.FromPercent(50m), ordinaryWage, form, reserved, subsidy, end);

    internal static Caseload FullCaseload(EmploymentSpecialist specialist, int count)
    {
        var caseload = Caseload.Create(specialist);
        for (var i = 1; i <= count; i++)
        {
            caseload = caseload.Add(P(i));
        }

        return caseload;
    }
}
