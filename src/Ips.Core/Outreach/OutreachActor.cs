namespace Ips.Core.Outreach;

/// <summary>Who made an outreach attempt.</summary>
public enum OutreachActor
{
    /// <summary>The employment specialist.</summary>
    Specialist = 0,

    /// <summary>A member of the integrated treatment team.</summary>
    TeamMember = 1,
}
