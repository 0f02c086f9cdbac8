using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;

namespace Ips.Core.Disclosure;

/// <summary>A dated discussion of disclosure between a specialist and a participant, and what it covered.</summary>
/// <remarks>
/// The flags are item 13's elements (b) pros and cons, including the bearing on accommodations, and (c) concrete
/// wording; element (d), more than one discussion, is counted across records. Immutable and thread-safe.
/// </remarks>
public sealed record DisclosureDiscussion
{
    private DisclosureDiscussion(LocalDate date, SpecialistId specialist, ParticipantId participant, bool prosAndCons, bool accommodations, bool wording)
    {
        Date = date;
        Specialist = specialist;
        Participant = participant;
        ProsAndConsCovered = prosAndCons;
        AccommodationsCovered = accommodations;
        WordingExamplesGiven = wording;
    }

    /// <summary>The date of the discussion.</summary>
    public LocalDate Date { get; }

    /// <summary>The specialist.</summary>
    public SpecialistId Specialist { get; }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>Whether the pros and cons of disclosure were discussed.</summary>
    public bool ProsAndConsCovered { get; }

    /// <summary>Whether the bearing of disclosure on asking for accommodations was discussed.</summary>
    public bool AccommodationsCovered { get; }

    /// <summary>Whether concrete examples of what could be said were given.</summary>
    public bool WordingExamplesGiven { get; }

    /// <summary>Creates a discussion record.</summary>
    /// <param name="date">The date.</param>
    /// <param name="specialist">The specialist.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="prosAndConsCovered">Whether pros and cons were discussed.</param>
    /// <param name="accommodationsCovered">Whether the bearing on accommodations was discussed.</param>
    /// <param name="wordingExamplesGiven">Whether wording examples were given.</param>
    /// <returns>The discussion.</returns>
    /// <exception cref="DomainException">An identifier is the default value.</exception>
    public static DisclosureDiscussion Create(LocalDate date, SpecialistId specialist, ParticipantId participant, bool prosAndConsCovered, bool accommodationsCovered, bool wordingExamplesGiven) =>
        TryCreate(date, specialist, participant, prosAndConsCovered, accommodationsCovered, wordingExamplesGiven).GetValueOrThrow();

    /// <summary>Creates a discussion record without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="specialist">The specialist.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="prosAndConsCovered">Whether pros and cons were discussed.</param>
    /// <param name="accommodationsCovered">Whether the bearing on accommodations was discussed.</param>
    /// <param name="wordingExamplesGiven">Whether wording examples were given.</param>
    /// <returns>The value or the broken rules.</returns>
    public static DomainResult<DisclosureDiscussion> TryCreate(LocalDate date, SpecialistId specialist, ParticipantId participant, bool prosAndConsCovered, bool accommodationsCovered, bool wordingExamplesGiven)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, specialist, nameof(Specialist));
        RequireId(ref errors, participant, nameof(Participant));
        return errors is null ? new DomainResult<DisclosureDiscussion>(new DisclosureDiscussion(date, specialist, participant, prosAndConsCovered, accommodationsCovered, wordingExamplesGiven)) : DomainResult<DisclosureDiscussion>.Fail(errors);
    }
}
