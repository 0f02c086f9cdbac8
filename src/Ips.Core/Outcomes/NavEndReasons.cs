using Ips.Core.Participants;

namespace Ips.Core.Outcomes;

/// <summary>Groups <see cref="NavEndReason"/> values as NAV's outcome report does.</summary>
/// <remarks>
/// The four work reasons (<see cref="NavEndReason.WorkWithoutWageSubsidy"/>, <see cref="NavEndReason.WorkWithWageSubsidy"/>,
/// <see cref="NavEndReason.WorkCombinedWithOtherNavBenefits"/>, <see cref="NavEndReason.WorkWithGradedDisabilityPension"/>)
/// make up "SUM formidling til arbeid"; every other reason is one of the "andre sluttårsaker". Thread-safe.
/// </remarks>
public static class NavEndReasons
{
    /// <summary>The category of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Its category; <see cref="NavEndReasonCategory.Other"/> for an undefined value.</returns>
    public static NavEndReasonCategory CategoryOf(NavEndReason reason) => reason switch
    {
        NavEndReason.WorkWithoutWageSubsidy
            or NavEndReason.WorkWithWageSubsidy
            or NavEndReason.WorkCombinedWithOtherNavBenefits
            or NavEndReason.WorkWithGradedDisabilityPension => NavEndReasonCategory.Work,
        NavEndReason.EducationSelfFunded or NavEndReason.EducationFundedByNav => NavEndReasonCategory.Education,
        NavEndReason.MovedToAnotherNavMeasure or NavEndReason.OtherActivity => NavEndReasonCategory.OtherMeasureOrActivity,
        NavEndReason.StoppedDueToIllness or NavEndReason.DisabilityPension => NavEndReasonCategory.IllnessOrDisability,
        _ => NavEndReasonCategory.Other,
    };

    /// <summary>Whether the reason is an exit to work (<see cref="NavEndReasonCategory.Work"/>).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> for the four work reasons.</returns>
    public static bool IsWork(NavEndReason reason) => CategoryOf(reason) == NavEndReasonCategory.Work;
}
