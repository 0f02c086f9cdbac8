namespace Ips.Core.Outcomes;

/// <summary>The groups NAV's outcome report puts its reasons for ending into.</summary>
public enum NavEndReasonCategory
{
    /// <summary>Ended to work (<i>formidling til arbeid</i>): with or without wage subsidy, combined with other NAV benefits or a graded disability pension.</summary>
    Work = 0,

    /// <summary>Ended to education, self-funded or funded by NAV.</summary>
    Education = 1,

    /// <summary>Moved to another NAV measure or another activity such as treatment.</summary>
    OtherMeasureOrActivity = 2,

    /// <summary>Stopped because of illness, or applied for or got a disability pension.</summary>
    IllnessOrDisability = 3,

    /// <summary>Any other reason.</summary>
    Other = 4,
}
