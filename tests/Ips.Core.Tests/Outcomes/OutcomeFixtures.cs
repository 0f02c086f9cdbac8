using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;
using static Ips.Core.Tests.Fixtures;

namespace Ips.Core.Tests.Outcomes;

/// <summary>Small hand-built programmes for the outcome tests.</summary>
internal static class OutcomeFixtures
{
    internal static readonly TeamId Team = TeamId.Create("team-1");

    /// <summary>The first column's period of most outcome tests.</summary>
    internal static readonly DateInterval September = new(D(2019, 9, 1), D(2019, 9, 30));

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    internal static Participant Person(int n, LocalDate enrolled, ParticipantExit? exit = null) =>
        Core.Participants.Participant.Create(
            P(n),
            enrolled,
            enrolled,
            ReferralSource.FromTeam(Team),
            phase: exit is null ? ParticipantPhase.JobSearch : ParticipantPhase.Exited,
            exit: exit);

    internal static ParticipantExit ExitOn(LocalDate date, NavEndReason reason = NavEndReason.OtherActivity, ExitStatus status = ExitStatus.Unresolved) =>
        ParticipantExit.Create(date, reason, status);

    internal static Job Work(
        int n,
        int participant,
        LocalDate start,
        LocalDate? end = null,
        PositionSize? size = null,
        NavWageSubsidy subsidy = NavWageSubsidy.None,
        bool ordinaryWage = true,
        EmploymentForm form = EmploymentForm.Permanent) =>
        Core.Jobs.Job.Create(JobId.Create($"j-{n}"), P(participant), E(), Cashier, start, size ?? PositionSize.FromPercent(50m), ordinaryWage, form, false, subsidy, end);

    internal static EmployerContact InPersonContact(LocalDate date, int participant, bool inPerson = true) =>
        EmployerContact.Create(date, S(), E(), inPerson, ContactPurpose.JobDevelopment, [P(participant)], participantPresent: false, followedPreferences: true);

    internal static IpsProgramme Programme(string id, IEnumerable<Participant> participants, IEnumerable<Job>? jobs = null, IEnumerable<EmployerContact>? contacts = null)
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create(id)).Add(Specialist()).Add(Employer());
        foreach (var p in participants)
        {
            builder.Add(p);
        }

        foreach (var j in jobs ?? [])
        {
            builder.Add(j);
        }

        foreach (var c in contacts ?? [])
        {
            builder.Add(c);
        }

        return builder.Build();
    }
}
