using Ips.Core.Identity;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>The source of a referral, with the team when it came from a treatment team.</summary>
/// <remarks>Item 4 uses the team to find the share of a caseload referred by the specialist's own teams. Immutable and thread-safe.</remarks>
public sealed record ReferralSource
{
    private ReferralSource(ReferralSourceKind kind, TeamId? team)
    {
        Kind = kind;
        Team = team;
    }

    /// <summary>The kind of source.</summary>
    public ReferralSourceKind Kind { get; }

    /// <summary>The referring treatment team; set exactly when <see cref="Kind"/> is <see cref="ReferralSourceKind.TreatmentTeam"/>.</summary>
    public TeamId? Team { get; }

    /// <summary>A referral from a treatment team.</summary>
    /// <param name="team">The referring team.</param>
    /// <returns>The referral source.</returns>
    /// <exception cref="DomainException">The team identifier is the default value.</exception>
    public static ReferralSource FromTeam(TeamId team) => Create(ReferralSourceKind.TreatmentTeam, team);

    /// <summary>Creates a referral source.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="team">The referring team: required for <see cref="ReferralSourceKind.TreatmentTeam"/>, otherwise not allowed.</param>
    /// <returns>The referral source.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static ReferralSource Create(ReferralSourceKind kind, TeamId? team = null) => TryCreate(kind, team).GetValueOrThrow();

    /// <summary>Creates a referral source without throwing.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="team">The referring team: required for <see cref="ReferralSourceKind.TreatmentTeam"/>, otherwise not allowed.</param>
    /// <returns>The referral source or the broken rules.</returns>
    public static DomainResult<ReferralSource> TryCreate(ReferralSourceKind kind, TeamId? team = null)
    {
        List<DomainError>? errors = null;
        Defined(ref errors, kind, nameof(Kind));
        if (kind == ReferralSourceKind.TreatmentTeam && team is null)
        {
            Add(ref errors, ErrorCodes.Participant.ReferralTeamMissing, nameof(Team), TeamMissingMessage);
        }
        else if (kind != ReferralSourceKind.TreatmentTeam && team is not null)
        {
            Add(ref errors, ErrorCodes.Participant.ReferralTeamNotAllowed, nameof(Team), TeamNotAllowedMessage(kind));
        }
        else if (team is { } t)
        {
            RequireId(ref errors, t, nameof(Team));
        }

        return errors is null ? new DomainResult<ReferralSource>(new ReferralSource(kind, team)) : DomainResult<ReferralSource>.Fail(errors);
    }

    internal const string TeamMissingMessage = "Team is required when the referral source is TreatmentTeam.";

    internal static string TeamNotAllowedMessage(ReferralSourceKind kind) =>
        Invariant($"Team must not be given when the referral source is {kind}; only TreatmentTeam referrals name a team.");
}
