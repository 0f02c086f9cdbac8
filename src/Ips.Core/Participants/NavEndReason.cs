namespace Ips.Core.Participants;

/// <summary>NAV's reason for ending IPS, as NAV teams report it.</summary>
public enum NavEndReason
{
    /// <summary>Work without wage subsidy.</summary>
    WorkWithoutWageSubsidy = 0,

    /// <summary>Work with wage subsidy (lønnstilskudd).</summary>
    WorkWithWageSubsidy = 1,

    /// <summary>Work combined with other NAV benefits.</summary>
    WorkCombinedWithOtherNavBenefits = 2,

    /// <summary>Work with a graded disability pension (gradert uføretrygd).</summary>
    WorkWithGradedDisabilityPension = 3,

    /// <summary>Education, self-funded.</summary>
    EducationSelfFunded = 4,

    /// <summary>Education funded by NAV.</summary>
    EducationFundedByNav = 5,

    /// <summary>Moved to another NAV measure.</summary>
    MovedToAnotherNavMeasure = 6,

    /// <summary>Other activity, such as treatment.</summary>
    OtherActivity = 7,

    /// <summary>Stopped due to illness.</summary>
    StoppedDueToIllness = 8,

    /// <summary>Applied for or got a disability pension (uføretrygd).</summary>
    DisabilityPension = 9,

    /// <summary>Any other reason.</summary>
    Other = 10,

    /// <summary>Applied for or got an old-age pension or AFP (søkt/innvilget alderspensjon/AFP); one of NAV's "andre sluttårsaker".</summary>
    OldAgePension = 11,
}
