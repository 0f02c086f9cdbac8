namespace Ips.Core.Jobs;

/// <summary>How a position size is expressed.</summary>
public enum PositionSizeKind
{
    /// <summary>A percentage of a full-time position.</summary>
    Percent = 0,

    /// <summary>Contracted hours per week.</summary>
    HoursPerWeek = 1,

    /// <summary>On call (tilkallingsvikar), with no fixed hours.</summary>
    OnCall = 2,
}
