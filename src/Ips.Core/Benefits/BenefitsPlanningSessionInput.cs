using NodaTime;

namespace Ips.Core.Benefits;

/// <summary>Raw values for a benefits-planning session, checked by <see cref="BenefitsPlanningSessionInputValidator"/> before <see cref="BenefitsPlanningSession.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record BenefitsPlanningSessionInput
{
    /// <summary>The date of the session.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>Who held the session.</summary>
    public BenefitsPlanner By { get; init; }

    /// <summary>What prompted it.</summary>
    public BenefitsPlanningOccasion Occasion { get; init; }

    /// <summary>Whether there was help reporting income to NAV.</summary>
    public bool HelpWithIncomeReporting { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "BenefitsPlanningSessionInput(***)";
}
