namespace Ips.Core.FollowAlong;

/// <summary>Who gave follow-along support.</summary>
public enum FollowAlongProvider
{
    /// <summary>The employment specialist.</summary>
    Specialist = 0,

    /// <summary>A member of the treatment team.</summary>
    TreatmentTeamMember = 1,

    /// <summary>Anyone else (e.g. family, a co-worker).</summary>
    Other = 2,
}
