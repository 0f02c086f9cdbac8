namespace Ips.Core.Benefits;

/// <summary>Who held a benefits-planning session.</summary>
public enum BenefitsPlanner
{
    /// <summary>The employment specialist.</summary>
    Specialist = 0,

    /// <summary>A person trained in benefits counselling (item 12's anchors 4 and 5).</summary>
    TrainedBenefitsCounsellor = 1,

    /// <summary>A NAV counsellor (NAV-veileder).</summary>
    NavCounsellor = 2,
}
