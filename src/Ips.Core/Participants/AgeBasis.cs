namespace Ips.Core.Participants;

/// <summary>How an <see cref="AgeAtEnrolment"/> was obtained.</summary>
public enum AgeBasis
{
    /// <summary>The caller gave the age in whole years on the enrolment date.</summary>
    GivenAge = 0,

    /// <summary>Computed from the year of birth: the enrolment year minus the year of birth (the age reached during the enrolment year, as Statistics Norway counts age at the end of a year).</summary>
    YearOfBirth = 1,
}
