using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Employers;

/// <summary>Validates <see cref="EmployerContactInput"/> with the codes of <see cref="ErrorCodes.EmployerContact"/>; the date may not lie after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class EmployerContactInputValidator : AbstractValidator<EmployerContactInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public EmployerContactInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Date).NotInFuture(clock, nameof(EmployerContactInput.Date));
        RuleFor(x => x.SpecialistId).MustBeIdentifier(required: false);
        RuleFor(x => x.SpecialistId)
            .NotNull()
            .WithErrorCode(ErrorCodes.EmployerContact.SpecialistMissing)
            .WithMessage("SpecialistId is required unless the contact is the participant's own (participant-specific, with the participant present).")
            .When(x => x.ParticipantIds.IsDefaultOrEmpty || x.ParticipantPresent != true);
        RuleFor(x => x.EmployerId).MustBeIdentifier();
        RuleFor(x => x.Purpose).MustBeDefined(nameof(EmployerContactInput.Purpose));
        RuleForEach(x => x.ParticipantIds).MustBeIdentifier();
        RuleFor(x => x.ParticipantIds).MustBeDistinctIdentifiers(ErrorCodes.EmployerContact.DuplicateParticipant);
        RuleFor(x => x.ParticipantPresent)
            .Null()
            .WithErrorCode(ErrorCodes.EmployerContact.PresenceOnGeneralContact)
            .WithMessage("ParticipantPresent must be null for a general contact (one without participants).")
            .When(x => x.ParticipantIds.IsDefaultOrEmpty);
        RuleFor(x => x.ParticipantPresent)
            .NotNull()
            .WithErrorCode(ErrorCodes.EmployerContact.PresenceMissing)
            .WithMessage("ParticipantPresent is required for a participant-specific contact.")
            .When(x => !x.ParticipantIds.IsDefaultOrEmpty);
        RuleFor(x => x.FollowedPreferences)
            .Null()
            .WithErrorCode(ErrorCodes.EmployerContact.PreferencesOnGeneralContact)
            .WithMessage("FollowedPreferences must be null for a general contact (one without participants).")
            .When(x => x.ParticipantIds.IsDefaultOrEmpty);
    }
}
