using NodaTime;

namespace Ips.Core.Jobs;

/// <summary>Raw values for a work trial, checked by <see cref="WorkTrialInputValidator"/> before <see cref="WorkTrial.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record WorkTrialInput
{
    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>The host employer's identifier.</summary>
    public string? EmployerId { get; init; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day, when ended.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The kind of trial.</summary>
    public WorkTrialKind Kind { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "WorkTrialInput(***)";
}
