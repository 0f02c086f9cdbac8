using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Benefits;

/// <summary>A dated session planning how work affects a participant's benefits (item 12).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BenefitsPlanningSession
{
    private BenefitsPlanningSession(LocalDate date, ParticipantId participant, BenefitsPlanner by, BenefitsPlanningOccasion occasion, bool helpWithIncomeReporting)
    {
        Date = date;
        Participant = participant;
        By = by;
        Occasion = occasion;
        HelpWithIncomeReporting = helpWithIncomeReporting;
    }

    /// <summary>The date of the session.</summary>
    public LocalDate Date { get; }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>Who held the session.</summary>
    public BenefitsPlanner By { get; }

    /// <summary>What prompted it.</summary>
    public BenefitsPlanningOccasion Occasion { get; }

    /// <summary>Whether the participant got help reporting income to NAV.</summary>
    public bool HelpWithIncomeReporting { get; }

    /// <summary>Creates a session record.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="by">Who held the session.</param>
    /// <param name="occasion">What prompted it.</param>
    /// <param name="helpWithIncomeReporting">Whether there was help reporting income.</param>
    /// <returns>The session.</returns>
    /// <exception cref="DomainException">The identifier is the default value or an enum value is undefined.</exception>
    public static BenefitsPlanningSession Create(LocalDate date, ParticipantId participant, BenefitsPlanner by, BenefitsPlanningOccasion occasion, bool helpWithIncomeReporting) =>
        TryCreate(date, participant, by, occasion, helpWithIncomeReporting).GetValueOrThrow();

    /// <summary>Creates a session record without throwing.</summary>
    /// <param name="date">The date.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="by">Who held the session.</param>
    /// <param name="occasion">What prompted it.</param>
    /// <param name="helpWithIncomeReporting">Whether there was help reporting income.</param>
    /// <returns>The value or the broken rules.</returns>
    public static DomainResult<BenefitsPlanningSession> TryCreate(LocalDate date, ParticipantId participant, BenefitsPlanner by, BenefitsPlanningOccasion occasion, bool helpWithIncomeReporting)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        Defined(ref errors, by, nameof(By));
        Defined(ref errors, occasion, nameof(Occasion));
        return errors is null ? new DomainResult<BenefitsPlanningSession>(new BenefitsPlanningSession(date, participant, by, occasion, helpWithIncomeReporting)) : DomainResult<BenefitsPlanningSession>.Fail(errors);
    }
}
