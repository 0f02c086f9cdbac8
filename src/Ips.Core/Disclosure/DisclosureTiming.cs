namespace Ips.Core.Disclosure;

/// <summary>When a participant discloses.</summary>
public enum DisclosureTiming
{
    /// <summary>Before being hired, e.g. when the specialist first contacts the employer.</summary>
    BeforeHire = 0,

    /// <summary>At the job interview.</summary>
    AtInterview = 1,

    /// <summary>After starting the job.</summary>
    AfterStart = 2,
}
