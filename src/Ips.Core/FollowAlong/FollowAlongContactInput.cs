using NodaTime;

namespace Ips.Core.FollowAlong;

/// <summary>Raw values for a follow-along contact, checked by <see cref="FollowAlongContactInputValidator"/> before <see cref="FollowAlongContact.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record FollowAlongContactInput
{
    /// <summary>The date of the contact.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>The job's identifier.</summary>
    public string? JobId { get; init; }

    /// <summary>Whether the contact was in person.</summary>
    public bool InPerson { get; init; }

    /// <summary>Who gave the support.</summary>
    public FollowAlongProvider By { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "FollowAlongContactInput(***)";
}
