using NodaTime;

namespace Ips.Core.Outreach;

/// <summary>Raw values for an outreach attempt, checked by <see cref="OutreachAttemptInputValidator"/> before <see cref="OutreachAttempt.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record OutreachAttemptInput
{
    /// <summary>The date of the attempt.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>How the attempt was made.</summary>
    public OutreachMethod Method { get; init; }

    /// <summary>Who made it.</summary>
    public OutreachActor By { get; init; }

    /// <summary>Whether it was a coordinated visit.</summary>
    public bool CoordinatedVisit { get; init; }

    /// <summary>Whether family was contacted.</summary>
    public bool FamilyContact { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "OutreachAttemptInput(***)";
}
