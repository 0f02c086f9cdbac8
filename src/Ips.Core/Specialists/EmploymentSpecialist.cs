using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Specialists;

/// <summary>An employment specialist (IPS-konsulent): FTE devoted to IPS, treatment teams, supervisor and working hours.</summary>
/// <remarks>
/// Carries the facts for item 1 (FTE is the caseload denominator), item 4 (assigned treatment teams; none means a
/// vocational programme separate from treatment) and item 24 (community hours as a share of scheduled hours).
/// Hours are per week and optional because many records lack them; when both are known, community hours never exceed
/// scheduled hours. Immutable and thread-safe.
/// </remarks>
public sealed class EmploymentSpecialist
{
    /// <summary>The most hours a week has.</summary>
    public const decimal MaxHoursPerWeek = 168m;

    private EmploymentSpecialist(SpecialistId id, decimal fte, ImmutableArray<TeamId> teams, SupervisorId? supervisor, decimal? scheduled, decimal? community)
    {
        Id = id;
        Fte = fte;
        Teams = teams;
        Supervisor = supervisor;
        ScheduledHoursPerWeek = scheduled;
        CommunityHoursPerWeek = community;
    }

    /// <summary>The specialist's identifier.</summary>
    public SpecialistId Id { get; }

    /// <summary>Full-time equivalent devoted to IPS: greater than 0 and at most 1.</summary>
    public decimal Fte { get; }

    /// <summary>The treatment teams the specialist is assigned to, distinct, in the order given.</summary>
    public ImmutableArray<TeamId> Teams { get; }

    /// <summary>The specialist's IPS supervisor or team leader, when known.</summary>
    public SupervisorId? Supervisor { get; }

    /// <summary>Scheduled working hours per week, when known.</summary>
    public decimal? ScheduledHoursPerWeek { get; }

    /// <summary>Scheduled hours per week spent in the community (homes, workplaces, cafés; not offices), when known.</summary>
    public decimal? CommunityHoursPerWeek { get; }

    /// <summary>Creates a specialist.</summary>
    /// <param name="id">The specialist's identifier.</param>
    /// <param name="fte">FTE devoted to IPS: greater than 0 and at most 1.</param>
    /// <param name="teams">Assigned treatment teams; duplicates are dropped. None is allowed (a separate vocational programme).</param>
    /// <param name="supervisor">The supervisor, when known.</param>
    /// <param name="scheduledHoursPerWeek">Scheduled hours per week (0–168), when known.</param>
    /// <param name="communityHoursPerWeek">Community hours per week (0–168, at most the scheduled hours), when known.</param>
    /// <returns>The specialist.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Specialist"/>.</exception>
    public static EmploymentSpecialist Create(
        SpecialistId id,
        decimal fte,
        IEnumerable<TeamId>? teams = null,
        SupervisorId? supervisor = null,
        decimal? scheduledHoursPerWeek = null,
        decimal? communityHoursPerWeek = null) =>
        TryCreate(id, fte, teams, supervisor, scheduledHoursPerWeek, communityHoursPerWeek).GetValueOrThrow();

    /// <summary>Creates a specialist without throwing.</summary>
    /// <param name="id">The specialist's identifier.</param>
    /// <param name="fte">FTE devoted to IPS: greater than 0 and at most 1.</param>
    /// <param name="teams">Assigned treatment teams; duplicates are dropped. None is allowed (a separate vocational programme).</param>
    /// <param name="supervisor">The supervisor, when known.</param>
    /// <param name="scheduledHoursPerWeek">Scheduled hours per week (0–168), when known.</param>
    /// <param name="communityHoursPerWeek">Community hours per week (0–168, at most the scheduled hours), when known.</param>
    /// <returns>The specialist or the broken rules.</returns>
    public static DomainResult<EmploymentSpecialist> TryCreate(
        SpecialistId id,
        decimal fte,
        IEnumerable<TeamId>? teams = null,
        SupervisorId? supervisor = null,
        decimal? scheduledHoursPerWeek = null,
        decimal? communityHoursPerWeek = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, id, nameof(Id));
        if (!IsValidFte(fte))
        {
            Add(ref errors, ErrorCodes.Specialist.FteOutOfRange, nameof(Fte), FteMessage(fte));
        }

        var teamArray = teams is null ? [] : teams.Distinct().ToImmutableArray();
        for (var i = 0; i < teamArray.Length; i++)
        {
            RequireId(ref errors, teamArray[i], $"{nameof(Teams)}[{i}]");
        }

        if (supervisor is { } s)
        {
            RequireId(ref errors, s, nameof(Supervisor));
        }

        if (!IsValidHours(scheduledHoursPerWeek))
        {
            Add(ref errors, ErrorCodes.Specialist.ScheduledHoursOutOfRange, nameof(ScheduledHoursPerWeek), HoursMessage(nameof(ScheduledHoursPerWeek), scheduledHoursPerWeek!.Value));
        }

        if (!IsValidHours(communityHoursPerWeek))
        {
            Add(ref errors, ErrorCodes.Specialist.CommunityHoursOutOfRange, nameof(CommunityHoursPerWeek), HoursMessage(nameof(CommunityHoursPerWeek), communityHoursPerWeek!.Value));
        }
        else if (!CommunityWithinScheduled(scheduledHoursPerWeek, communityHoursPerWeek))
        {
            Add(ref errors, ErrorCodes.Specialist.CommunityHoursExceedScheduled, nameof(CommunityHoursPerWeek), CommunityMessage(communityHoursPerWeek!.Value, scheduledHoursPerWeek!.Value));
        }

        return errors is null
            ? new DomainResult<EmploymentSpecialist>(new EmploymentSpecialist(id, fte, teamArray, supervisor, scheduledHoursPerWeek, communityHoursPerWeek))
            : DomainResult<EmploymentSpecialist>.Fail(errors);
    }

    /// <summary>Returns a text without the identifier, e.g. <c>EmploymentSpecialist(***, FTE 0.5, 2 teams)</c>.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => Invariant($"EmploymentSpecialist(***, FTE {Fte}, {Teams.Length} teams)");

    internal static bool IsValidFte(decimal fte) => fte is > 0m and <= 1m;

    internal static bool IsValidHours(decimal? hours) => hours is null or (>= 0m and <= MaxHoursPerWeek);

    internal static bool CommunityWithinScheduled(decimal? scheduled, decimal? community) =>
        scheduled is null || community is null || community <= scheduled;

    internal static string FteMessage(decimal fte) =>
        Invariant($"Fte {fte} is out of range; FTE devoted to IPS must be greater than 0 and at most 1.");

    internal static string HoursMessage(string property, decimal hours) =>
        Invariant($"{property} {hours} is out of range; hours per week must be between 0 and {MaxHoursPerWeek}.");

    internal static string CommunityMessage(decimal community, decimal scheduled) =>
        Invariant($"CommunityHoursPerWeek {community} exceeds ScheduledHoursPerWeek {scheduled}; community hours are part of scheduled hours.");
}
