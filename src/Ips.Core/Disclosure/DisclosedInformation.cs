namespace Ips.Core.Disclosure;

/// <summary>What a participant chooses to disclose at work; flags combine.</summary>
[Flags]
public enum DisclosedInformation
{
    /// <summary>Nothing is disclosed.</summary>
    None = 0,

    /// <summary>That they receive treatment.</summary>
    ReceivingTreatment = 1,

    /// <summary>That they have a mental illness.</summary>
    HavingMentalIllness = 2,

    /// <summary>Their diagnosis.</summary>
    Diagnosis = 4,

    /// <summary>Specific difficulties (e.g. anxiety, concentration).</summary>
    SpecificDifficulties = 8,

    /// <summary>The reason for a gap in their work history.</summary>
    GapInWorkHistory = 16,
}
