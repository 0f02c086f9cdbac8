using Ips.Core.Jobs;

namespace Ips.Core.Outcomes;

/// <summary>Puts a job's position size into NAV's bands.</summary>
/// <remarks>
/// Bands are half-open, lower bound inclusive: [0, 10), [10, 20), [20, 40), [40, 60), [60, 80), [80, ∞). So 10 % is in
/// 10–20, 20 % in 20–40, 79.99 % in 60–80 and 80 % in 80–100. 100 % (the most a percentage can be) is in 80–100, and so
/// is a position given in hours above 37.5 a week (over 100 %, not capped by the domain). On-call work
/// (<see cref="PositionSize.OnCall"/>) has no percentage and goes in the band below 10 %, as NAV's report says
/// ("&lt;10 (og tilkalling)"). Hours convert with <see cref="PositionSize.PercentOfFullTime"/> in exact decimal
/// arithmetic, so 3.75 hours is exactly 10 %. Thread-safe.
/// </remarks>
public static class PositionSizeBands
{
    /// <summary>The band a position size falls in.</summary>
    /// <param name="size">The position size.</param>
    /// <returns>The band.</returns>
    public static PositionSizeBand Of(PositionSize size)
    {
        ArgumentNullException.ThrowIfNull(size);
        return size.PercentOfFullTime switch
        {
            null => PositionSizeBand.Below10,
            < 10m => PositionSizeBand.Below10,
            < 20m => PositionSizeBand.From10To20,
            < 40m => PositionSizeBand.From20To40,
            < 60m => PositionSizeBand.From40To60,
            < 80m => PositionSizeBand.From60To80,
            _ => PositionSizeBand.From80To100,
        };
    }
}
