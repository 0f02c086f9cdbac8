using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Outreach;

/// <summary>A dated attempt to re-engage a participant (item 25).</summary>
/// <remarks>A coordinated visit (specialist and team member together or by plan) needs a visit method. Immutable and thread-safe.</remarks>
public sealed record OutreachAttempt
{
    private OutreachAttempt(LocalDate date, ParticipantId participant, OutreachMethod method, OutreachActor by, bool coordinatedVisit, bool familyContact)
    {
        Date = date;
        Participant = participant;
        Method = method;
        By = by;
        CoordinatedVisit = coordinatedVisit;
        FamilyContact = familyContact;
    }

    /// <summary>The date of the attempt.</summary>
    public LocalDate Date { get; }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>How the attempt was made.</summary>
    public OutreachMethod Method { get; }

    /// <summary>Who made it.</summary>
    public OutreachActor By { get; }

    /// <summary>Whether it was a visit coordinated between the specialist and a team member.</summary>
    public bool CoordinatedVisit { get; }

    /// <summary>Whether the participant's family was contacted.</summary>
    public bool FamilyContact { get; }

    /// <summary>Creates an outreach attempt.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="method">How.</param>
    /// <param name="by">Who.</param>
    /// <param name="coordinatedVisit">Whether a coordinated visit; only with a visit method.</param>
    /// <param name="familyContact">Whether family was contacted.</param>
    /// <returns>The attempt.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static OutreachAttempt Create(LocalDate date, ParticipantId participant, OutreachMethod method, OutreachActor by, bool coordinatedVisit = false, bool familyContact = false) =>
        TryCreate(date, participant, method, by, coordinatedVisit, familyContact).GetValueOrThrow();

    /// <summary>Creates an outreach attempt without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="method">How.</param>
    /// <param name="by">Who.</param>
    /// <param name="coordinatedVisit">Whether a coordinated visit; only with a visit method.</param>
    /// <param name="familyContact">Whether family was contacted.</param>
    /// <returns>The value or the broken rules.</returns>
    public static DomainResult<OutreachAttempt> TryCreate(LocalDate date, ParticipantId participant, OutreachMethod method, OutreachActor by, bool coordinatedVisit = false, bool familyContact = false)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        Defined(ref errors, method, nameof(Method));
        Defined(ref errors, by, nameof(By));
        if (coordinatedVisit && method is not (OutreachMethod.HomeVisit or OutreachMethod.CommunityVisit))
        {
            Add(ref errors, ErrorCodes.Outreach.CoordinatedRequiresVisit, nameof(CoordinatedVisit), Invariant($"CoordinatedVisit is true but Method is {method}; only a home or community visit can be a coordinated visit."));
        }

        return errors is null ? new DomainResult<OutreachAttempt>(new OutreachAttempt(date, participant, method, by, coordinatedVisit, familyContact)) : DomainResult<OutreachAttempt>.Fail(errors);
    }
}
