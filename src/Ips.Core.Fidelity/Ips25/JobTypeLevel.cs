namespace Ips.Core.Fidelity.Ips25;

/// <summary>The STYRK-08 (ISCO-08) level at which two jobs count as the same job type (item 19).</summary>
public enum JobTypeLevel
{
    /// <summary>All four digits, e.g. <c>5223</c> (the default, the finest level).</summary>
    UnitGroup = 0,

    /// <summary>The first three digits, e.g. <c>522</c>.</summary>
    MinorGroup = 1,

    /// <summary>The first two digits, e.g. <c>52</c>.</summary>
    SubMajorGroup = 2,

    /// <summary>The first digit, e.g. <c>5</c>.</summary>
    MajorGroup = 3,
}
