namespace Ips.Core.Outreach;

/// <summary>How an outreach attempt was made.</summary>
public enum OutreachMethod
{
    /// <summary>A visit to the participant's home.</summary>
    HomeVisit = 0,

    /// <summary>A visit somewhere else in the community.</summary>
    CommunityVisit = 1,

    /// <summary>A phone call.</summary>
    Phone = 2,

    /// <summary>A letter.</summary>
    Letter = 3,

    /// <summary>A text or digital message.</summary>
    Message = 4,
}
