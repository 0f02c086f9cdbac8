using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;
using static Ips.Core.Tests.Fixtures;

namespace Ips.Core.Tests.Metrics;

/// <summary>Small records for the metric tests.</summary>
internal static class MetricRecords
{
    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal static Participant Person(int n, LocalDate enrolled, LocalDate? referred = null, LocalDate? exit = null) =>
        Core.Participants.Participant.Create(
            P(n),
            referred ?? enrolled,
            enrolled,
            ReferralSource.FromTeam(TeamId.Create("team-1")),
            phase: exit is null ? ParticipantPhase.JobSearch : ParticipantPhase.Exited,
            exit: exit is { } date ? ParticipantExit.Create(date, NavEndReason.OtherActivity, ExitStatus.Unresolved) : null);

    internal static EmployerContact Contact(
        LocalDate date,
        int[] participants,
        bool inPerson = true,
        ContactPurpose purpose = ContactPurpose.JobDevelopment,
        bool byParticipantAlone = false) =>
        EmployerContact.Create(
            date,
            byParticipantAlone ? null : S(),
            E(),
            inPerson,
            purpose,
            participants.Select(P),
            participantPresent: participants.Length == 0 ? null : byParticipantAlone,
            followedPreferences: null);

    internal static Job WorkFor(
        int n,
        LocalDate start,
        LocalDate? end = null,
        EmploymentForm form = EmploymentForm.Permanent,
        NavWageSubsidy subsidy = NavWageSubsidy.None,
        bool ordinaryWage = true,
        bool reserved = false) =>
        Core.Jobs.Job.Create(JobId.Create($"j-{n}"), P(1), E(), Cashier, start, PositionSize.FromPercent(50m), ordinaryWage, form, reserved, subsidy, end);

    internal static IpsProgramme Programme(IEnumerable<Participant> participants, IEnumerable<EmployerContact> contacts)
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1")).Add(Specialist()).Add(Employer());
        foreach (var p in participants)
        {
            builder.Add(p);
        }

        foreach (var c in contacts)
        {
            builder.Add(c);
        }

        return builder.Build();
    }
}
