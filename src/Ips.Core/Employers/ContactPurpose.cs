namespace Ips.Core.Employers;

/// <summary>Why a specialist contacted an employer.</summary>
public enum ContactPurpose
{
    /// <summary>Job development for job seekers (counted by item 17).</summary>
    JobDevelopment = 0,

    /// <summary>Follow-up of a participant who works there.</summary>
    FollowUpOfWorkingParticipant = 1,

    /// <summary>Any other purpose.</summary>
    Other = 2,
}
