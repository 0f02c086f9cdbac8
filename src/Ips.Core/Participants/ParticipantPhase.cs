namespace Ips.Core.Participants;

/// <summary>The phase of IPS a participant is in.</summary>
/// <remarks>Everyone in a phase other than <see cref="Exited"/> counts on the caseload (item 1).</remarks>
public enum ParticipantPhase
{
    /// <summary>Engagement and career profiling, before an active job search.</summary>
    Engagement = 0,

    /// <summary>Searching for a job.</summary>
    JobSearch = 1,

    /// <summary>Working, with support.</summary>
    Working = 2,

    /// <summary>In education, with support.</summary>
    Education = 3,

    /// <summary>Follow-along support after steady work.</summary>
    FollowAlong = 4,

    /// <summary>No longer receiving IPS; reached only through <see cref="Participant.Exit(ParticipantExit)"/>.</summary>
    Exited = 5,
}
