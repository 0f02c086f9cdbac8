namespace Ips.Core.Participants;

/// <summary>A participant's status when leaving IPS, as NAV teams report it.</summary>
public enum ExitStatus
{
    /// <summary>In paid work.</summary>
    Working = 0,

    /// <summary>In education.</summary>
    Studying = 1,

    /// <summary>Neither working nor studying.</summary>
    Unresolved = 2,
}
