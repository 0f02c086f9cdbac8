using System.Collections.Immutable;
using NodaTime;

namespace Ips.Core.Employers;

/// <summary>Raw values for an employer contact, checked by <see cref="EmployerContactInputValidator"/> before <see cref="EmployerContact.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record EmployerContactInput
{
    /// <summary>The date of the contact.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The specialist's identifier; null only for a participant's own contact.</summary>
    public string? SpecialistId { get; init; }

    /// <summary>The employer's identifier.</summary>
    public string? EmployerId { get; init; }

    /// <summary>Whether the contact was in person.</summary>
    public bool InPerson { get; init; }

    /// <summary>Why the contact was made.</summary>
    public ContactPurpose Purpose { get; init; }

    /// <summary>The participants' identifiers; empty for a general contact.</summary>
    public ImmutableArray<string?> ParticipantIds { get; init; } = [];

    /// <summary>Whether the participant was present; null for a general contact.</summary>
    public bool? ParticipantPresent { get; init; }

    /// <summary>Whether the contact followed the participant's preferences; null for a general contact or when not recorded.</summary>
    public bool? FollowedPreferences { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "EmployerContactInput(***)";
}
