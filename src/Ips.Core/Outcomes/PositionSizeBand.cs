namespace Ips.Core.Outcomes;

/// <summary>NAV's position-size bands for jobs held at exit, lower bound inclusive, upper bound exclusive.</summary>
/// <remarks>See <see cref="PositionSizeBands.Of"/> for the exact rule, including on call and 100 %.</remarks>
public enum PositionSizeBand
{
    /// <summary>Below 10 % of full time, and every on-call position: [0, 10).</summary>
    Below10 = 0,

    /// <summary>[10, 20) %.</summary>
    From10To20 = 1,

    /// <summary>[20, 40) %.</summary>
    From20To40 = 2,

    /// <summary>[40, 60) %.</summary>
    From40To60 = 3,

    /// <summary>[60, 80) %.</summary>
    From60To80 = 4,

    /// <summary>80 % and above, 100 % included (and more than 100 % from hours above 37.5 a week): [80, ∞).</summary>
    From80To100 = 5,
}
