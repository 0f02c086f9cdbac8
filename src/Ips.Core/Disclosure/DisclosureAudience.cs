namespace Ips.Core.Disclosure;

/// <summary>Whom a participant discloses to; flags combine.</summary>
[Flags]
public enum DisclosureAudience
{
    /// <summary>No one.</summary>
    None = 0,

    /// <summary>The employer (owner or hiring organisation).</summary>
    Employer = 1,

    /// <summary>The immediate manager.</summary>
    Manager = 2,

    /// <summary>Co-workers.</summary>
    CoWorkers = 4,

    /// <summary>Human resources.</summary>
    HumanResources = 8,
}
