using NodaTime;

namespace Ips.Core.Disclosure;

/// <summary>Raw values for a disclosure decision, checked by <see cref="DisclosureDecisionInputValidator"/> before <see cref="DisclosureDecision.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record DisclosureDecisionInput
{
    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>The date of the decision.</summary>
    public LocalDate Date { get; init; }

    /// <summary>What is disclosed.</summary>
    public DisclosedInformation Information { get; init; }

    /// <summary>To whom.</summary>
    public DisclosureAudience Audience { get; init; }

    /// <summary>When; null when nothing is disclosed.</summary>
    public DisclosureTiming? Timing { get; init; }

    /// <summary>Whether the specialist may speak with the employer.</summary>
    public bool SpecialistMaySpeakWithEmployer { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "DisclosureDecisionInput(***)";
}
