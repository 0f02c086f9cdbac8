using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Participants;

/// <summary>Validates <see cref="ParticipantInput"/> with the codes of <see cref="ErrorCodes.Participant"/>; dates may not lie after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class ParticipantInputValidator : AbstractValidator<ParticipantInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public ParticipantInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Id).MustBeIdentifier();
        RuleFor(x => x.ReferralDate).NotInFuture(clock, nameof(ParticipantInput.ReferralDate));
        RuleFor(x => x.EnrolmentDate)
            .NotInFuture(clock, nameof(ParticipantInput.EnrolmentDate))
            .Must((x, d) => d >= x.ReferralDate)
            .WithErrorCode(ErrorCodes.Participant.EnrolmentBeforeReferral)
            .WithMessage((x, d) => Participant.EnrolmentMessage(d, x.ReferralDate));
        RuleFor(x => x.ReferralSource).MustBeDefined(nameof(ParticipantInput.ReferralSource));
        RuleFor(x => x.ReferralTeamId)
            .MustBeIdentifier()
            .When(x => x.ReferralSource == ReferralSourceKind.TreatmentTeam);
        RuleFor(x => x.ReferralTeamId)
            .MustBeAbsentIdentifier(ErrorCodes.Participant.ReferralTeamNotAllowed, x => ReferralSource.TeamNotAllowedMessage(x.ReferralSource))
            .When(x => x.ReferralSource != ReferralSourceKind.TreatmentTeam);
        RuleFor(x => x.Phase)
            .MustBeDefined(nameof(ParticipantInput.Phase))
            .Must((x, p) => (p == ParticipantPhase.Exited) == x.ExitDate.HasValue)
            .WithErrorCode(ErrorCodes.Participant.PhaseExitMismatch)
            .WithMessage((x, p) => Preconditions.Invariant($"Phase {p} with {(x.ExitDate.HasValue ? "an" : "no")} ExitDate; the phase is Exited exactly when an exit date is given."));
        RuleFor(x => x.ExitDate)
            .NotInFuture(clock, nameof(ParticipantInput.ExitDate))
            .Must((x, d) => d is null || d.Value >= x.EnrolmentDate)
            .WithErrorCode(ErrorCodes.Participant.ExitBeforeEnrolment)
            .WithMessage((x, d) => Participant.ExitMessage(d!.Value, x.EnrolmentDate));
        RuleFor(x => x.ExitReason)
            .NotNull()
            .WithErrorCode(ErrorCodes.General.Required)
            .WithMessage("ExitReason is required when an ExitDate is given.")
            .When(x => x.ExitDate.HasValue);
        RuleFor(x => x.ExitReason).MustBeDefined(nameof(ParticipantInput.ExitReason));
        RuleFor(x => x.ExitStatus)
            .NotNull()
            .WithErrorCode(ErrorCodes.General.Required)
            .WithMessage("ExitStatus is required when an ExitDate is given.")
            .When(x => x.ExitDate.HasValue);
        RuleFor(x => x.ExitStatus).MustBeDefined(nameof(ParticipantInput.ExitStatus));
    }
}
