using Ips.Core.Caseloads;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Specialists;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Ips25;

/// <summary>Small hand-built records for derivation tests.</summary>
internal static class Records
{
    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static SpecialistId Es(string id) => SpecialistId.Create(id);

    public static ParticipantId P(string id) => ParticipantId.Create(id);

    public static EmployerId E(string id) => EmployerId.Create(id);

    public static TeamId T(string id) => TeamId.Create(id);

    public static EmploymentSpecialist Specialist(string id, decimal fte = 1m, string[]? teams = null, decimal? scheduled = null, decimal? community = null) =>
        EmploymentSpecialist.Create(Es(id), fte, teams?.Select(T), scheduledHoursPerWeek: scheduled, communityHoursPerWeek: community);

    public static Participant Participant(string id, LocalDate enrolled, ParticipantPhase phase = ParticipantPhase.JobSearch, string? team = null, ParticipantExit? exit = null) =>
        Core.Participants.Participant.Create(
            P(id),
            enrolled,
            enrolled,
            team is null ? ReferralSource.Create(ReferralSourceKind.Nav) : ReferralSource.FromTeam(T(team)),
            phase: exit is null ? phase : ParticipantPhase.Exited,
            exit: exit);

    public static Employer Employer(string id) => Core.Employers.Employer.Create(E(id));

    public static EmployerContact Contact(LocalDate date, string? specialist, string employer, bool inPerson = true, ContactPurpose purpose = ContactPurpose.JobDevelopment, string[]? participants = null, bool? followed = null) =>
        EmployerContact.Create(
            date,
            specialist is null ? null : Es(specialist),
            E(employer),
            inPerson,
            purpose,
            participants?.Select(P),
            participants is null ? null : true,
            participants is null ? null : followed);

    public static Job Job(string id, string participant, string employer, string code, LocalDate start, LocalDate? end = null, EmploymentForm form = EmploymentForm.Permanent, NavWageSubsidy subsidy = NavWageSubsidy.None) =>
        Core.Jobs.Job.Create(
            JobId.Create(id),
            P(participant),
            E(employer),
            JobType.Create(OccupationCode.Create(code), "Medarbeider"),
            start,
            PositionSize.FromPercent(50),
            ordinaryWage: true,
            form,
            wageSubsidy: subsidy,
            end: end);

    public static FollowAlongContact FollowAlongContactAt(LocalDate date, string participant, string job, bool inPerson = true, FollowAlongProvider by = FollowAlongProvider.Specialist) =>
        FollowAlongContact.Create(date, P(participant), JobId.Create(job), inPerson, by);

    public static DisclosureDiscussion Discussion(LocalDate date, string specialist, string participant, bool pros = false, bool accommodations = false, bool wording = false) =>
        DisclosureDiscussion.Create(date, Es(specialist), P(participant), pros, accommodations, wording);

    /// <summary>A programme as read from records: the specialists, and one caseload each holding the listed participants (by specialist id), loaded with <see cref="Caseload.FromRecords"/> (kept even beyond capacity).</summary>
    public static IpsProgramme Build(
        IEnumerable<EmploymentSpecialist> specialists,
        IEnumerable<Participant> participants,
        IReadOnlyDictionary<string, string[]>? caseloads = null,
        Action<IpsProgramme.Builder>? more = null)
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1"));
        var list = specialists.ToList();
        foreach (var specialist in list)
        {
            builder.Add(specialist);
        }

        foreach (var participant in participants)
        {
            builder.Add(participant);
        }

        foreach (var specialist in list)
        {
            var ids = caseloads is not null && caseloads.TryGetValue(specialist.Id.Value, out var members) ? members.Select(P) : [];
            builder.Add(Caseload.FromRecords(specialist, ids));
        }

        more?.Invoke(builder);
        return builder.Build();
    }
}
