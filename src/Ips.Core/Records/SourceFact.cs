namespace Ips.Core.Records;

/// <summary>A fact the IPS-25 derivation needs that a record source (e.g. a Jobbsporet export) may not hold.</summary>
public enum SourceFact
{
    /// <summary>Specialists' FTE devoted to IPS (item 1, caseload capacity).</summary>
    SpecialistFte = 0,

    /// <summary>Specialists' scheduled and community hours a week (item 24).</summary>
    SpecialistHours = 1,

    /// <summary>Which treatment teams each specialist is assigned to (item 4).</summary>
    TreatmentTeamAssignment = 2,

    /// <summary>STYRK-08 occupation codes of jobs (item 19).</summary>
    OccupationCodes = 3,

    /// <summary>Jobs' pay basis (ordinary wage), reservation for people with disabilities and wage-subsidy kind (item 21, NAV's competitive-job figures).</summary>
    JobTerms = 4,

    /// <summary>Whether employer contacts followed the participant's preferences (item 16).</summary>
    FollowedPreferences = 5,

    /// <summary>Dated benefits-planning sessions (item 12).</summary>
    BenefitsPlanningSessions = 6,

    /// <summary>Dated disclosure discussions and decisions (item 13).</summary>
    DisclosureRecords = 7,

    /// <summary>Dated career-profile entries and updates (item 14).</summary>
    CareerProfileEntries = 8,

    /// <summary>Outreach attempts to disengaged participants (item 25).</summary>
    OutreachAttempts = 9,
}
