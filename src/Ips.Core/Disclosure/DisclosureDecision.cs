using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Disclosure;

/// <summary>A participant's dated decision about disclosure: what, to whom, when, and whether the specialist may speak with the employer.</summary>
/// <remarks>
/// Disclosing nothing means no audience and no timing; disclosing anything needs an audience and a timing. The
/// decision is the participant's: item 13 requires that disclosure is never a condition for receiving IPS.
/// Immutable and thread-safe.
/// </remarks>
public sealed record DisclosureDecision
{
    internal const DisclosedInformation AllInformation = DisclosedInformation.ReceivingTreatment | DisclosedInformation.HavingMentalIllness
        | DisclosedInformation.Diagnosis | DisclosedInformation.SpecificDifficulties | DisclosedInformation.GapInWorkHistory;

    internal const DisclosureAudience AllAudiences = DisclosureAudience.Employer | DisclosureAudience.Manager | DisclosureAudience.CoWorkers | DisclosureAudience.HumanResources;

    private DisclosureDecision(ParticipantId participant, LocalDate date, DisclosedInformation information, DisclosureAudience audience, DisclosureTiming? timing, bool specialistMaySpeakWithEmployer)
    {
        Participant = participant;
        Date = date;
        Information = information;
        Audience = audience;
        Timing = timing;
        SpecialistMaySpeakWithEmployer = specialistMaySpeakWithEmployer;
    }

    /// <summary>The participant deciding.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>What is disclosed; <see cref="DisclosedInformation.None"/> for nothing.</summary>
    public DisclosedInformation Information { get; }

    /// <summary>To whom; <see cref="DisclosureAudience.None"/> exactly when nothing is disclosed.</summary>
    public DisclosureAudience Audience { get; }

    /// <summary>When; null exactly when nothing is disclosed.</summary>
    public DisclosureTiming? Timing { get; }

    /// <summary>Whether the specialist may speak with the employer on the participant's behalf.</summary>
    public bool SpecialistMaySpeakWithEmployer { get; }

    /// <summary>Whether anything is disclosed.</summary>
    public bool DisclosesAnything => Information != DisclosedInformation.None;

    /// <summary>Creates a decision.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="information">What is disclosed.</param>
    /// <param name="audience">To whom; none exactly when nothing is disclosed.</param>
    /// <param name="timing">When; null exactly when nothing is disclosed.</param>
    /// <param name="specialistMaySpeakWithEmployer">Whether the specialist may speak with the employer.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Disclosure"/>.</exception>
    public static DisclosureDecision Create(ParticipantId participant, LocalDate date, DisclosedInformation information, DisclosureAudience audience, DisclosureTiming? timing, bool specialistMaySpeakWithEmployer) =>
        TryCreate(participant, date, information, audience, timing, specialistMaySpeakWithEmployer).GetValueOrThrow();

    /// <summary>A decision to disclose nothing.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="specialistMaySpeakWithEmployer">Whether the specialist may still speak with the employer (without disclosing).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="DomainException">The participant identifier is the default value.</exception>
    public static DisclosureDecision Nothing(ParticipantId participant, LocalDate date, bool specialistMaySpeakWithEmployer) =>
        Create(participant, date, DisclosedInformation.None, DisclosureAudience.None, null, specialistMaySpeakWithEmployer);

    /// <summary>Creates a decision without throwing.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="information">What is disclosed.</param>
    /// <param name="audience">To whom; none exactly when nothing is disclosed.</param>
    /// <param name="timing">When; null exactly when nothing is disclosed.</param>
    /// <param name="specialistMaySpeakWithEmployer">Whether the specialist may speak with the employer.</param>
    /// <returns>The decision or the broken rules.</returns>
    public static DomainResult<DisclosureDecision> TryCreate(ParticipantId participant, LocalDate date, DisclosedInformation information, DisclosureAudience audience, DisclosureTiming? timing, bool specialistMaySpeakWithEmployer)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        DefinedFlags(ref errors, information, AllInformation, nameof(Information));
        DefinedFlags(ref errors, audience, AllAudiences, nameof(Audience));
        if (timing is { } t)
        {
            Defined(ref errors, t, nameof(Timing));
        }

        var disclosing = information != DisclosedInformation.None;
        if (disclosing && audience == DisclosureAudience.None)
        {
            Add(ref errors, ErrorCodes.Disclosure.AudienceMissing, nameof(Audience), Invariant($"Audience is None while Information is {information}; say to whom it is disclosed."));
        }
        else if (!disclosing && audience != DisclosureAudience.None)
        {
            Add(ref errors, ErrorCodes.Disclosure.AudienceWithoutInformation, nameof(Audience), Invariant($"Audience is {audience} while Information is None; nothing disclosed means no audience."));
        }

        if (disclosing && timing is null)
        {
            Add(ref errors, ErrorCodes.Disclosure.TimingMissing, nameof(Timing), Invariant($"Timing is required while Information is {information}."));
        }
        else if (!disclosing && timing is not null)
        {
            Add(ref errors, ErrorCodes.Disclosure.TimingWithoutInformation, nameof(Timing), Invariant($"Timing is {timing} while Information is None; nothing disclosed means no timing."));
        }

        return errors is null
            ? new DomainResult<DisclosureDecision>(new DisclosureDecision(participant, date, information, audience, timing, specialistMaySpeakWithEmployer))
            : DomainResult<DisclosureDecision>.Fail(errors);
    }
}
