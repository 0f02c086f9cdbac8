namespace Ips.Core.Benefits;

/// <summary>What prompted a benefits-planning session.</summary>
public enum BenefitsPlanningOccasion
{
    /// <summary>Before starting a job.</summary>
    BeforeJobStart = 0,

    /// <summary>When deciding on a change in hours or pay.</summary>
    ChangeOfHoursOrPay = 1,

    /// <summary>Any other occasion.</summary>
    Other = 2,
}
