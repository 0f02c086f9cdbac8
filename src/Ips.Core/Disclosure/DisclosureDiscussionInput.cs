using NodaTime;

namespace Ips.Core.Disclosure;

/// <summary>Raw values for a disclosure discussion, checked by <see cref="DisclosureDiscussionInputValidator"/> before <see cref="DisclosureDiscussion.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record DisclosureDiscussionInput
{
    /// <summary>The date of the discussion.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The specialist's identifier.</summary>
    public string? SpecialistId { get; init; }

    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>Whether pros and cons were discussed.</summary>
    public bool ProsAndConsCovered { get; init; }

    /// <summary>Whether the bearing on accommodations was discussed.</summary>
    public bool AccommodationsCovered { get; init; }

    /// <summary>Whether wording examples were given.</summary>
    public bool WordingExamplesGiven { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "DisclosureDiscussionInput(***)";
}
