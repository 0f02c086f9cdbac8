using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Benefits;
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
        RuleFor(x => x.BenefitsAtExit)
            .Custom((b, context) => Report(context, b, nameof(ParticipantInput.BenefitsAtExit)))
            .Must((x, b) => b is null || x.ExitDate.HasValue)
            .WithErrorCode(ErrorCodes.Participant.BenefitsAtExitWithoutExit)
            .WithMessage("BenefitsAtExit is given without an ExitDate; benefits at exit belong to an exit.");
        RuleFor(x => x.BenefitsAtEntry).Custom((b, context) => Report(context, b, nameof(ParticipantInput.BenefitsAtEntry)));
        RuleFor(x => x.NavMeasureCode).Custom((code, context) =>
        {
            // No attempted value: a wrong code may be anything typed into the field.
            if (code is not null && !NavMeasure.TryFromCode(code).IsSuccess)
            {
                context.AddFailure(new ValidationFailure(nameof(ParticipantInput.NavMeasureCode), NavMeasure.UnknownMessage(nameof(ParticipantInput.NavMeasureCode))) { ErrorCode = ErrorCodes.Participant.UnknownNavMeasure });
            }
        });
        RuleFor(x => x.AgeAtEnrolment)
            .Must(age => age is null or >= 0 and <= Participants.AgeAtEnrolment.MaxYears)
            .WithErrorCode(ErrorCodes.Participant.AgeOutOfRange)
            .WithMessage(Participants.AgeAtEnrolment.OutOfRangeMessage(nameof(ParticipantInput.AgeAtEnrolment)))
            .Must((x, age) => age is null || x.YearOfBirth is null)
            .WithErrorCode(ErrorCodes.Participant.AgeGivenTwice)
            .WithMessage("AgeAtEnrolment and YearOfBirth are both given; give one (the age at enrolment is computed from the year of birth).");
        RuleFor(x => x.YearOfBirth)
            .Must((x, year) => year is null || Participants.AgeAtEnrolment.TryFromYearOfBirth(year.Value, x.EnrolmentDate).IsSuccess)
            .WithErrorCode(ErrorCodes.Participant.AgeOutOfRange)
            .WithMessage(Participants.AgeAtEnrolment.OutOfRangeMessage(nameof(ParticipantInput.YearOfBirth)));
        RuleFor(x => x.ReferringUnitId).MustBeIdentifier(required: false);
        RuleFor(x => x.ReferringUnitLabel)
            .OptionalText(ReferringUnit.MaxLabelLength);
        RuleFor(x => x.ReferringUnitLabel)
            .MustBeAbsentIdentifier(ErrorCodes.Participant.ReferringUnitLabelWithoutId, _ => "ReferringUnitLabel is given without a ReferringUnitId; a label names a unit.")
            .When(x => x.ReferringUnitId is null);
        RuleFor(x => x.GroupingTags).Custom((tags, context) =>
        {
            if (tags is null)
            {
                return;
            }

            if (tags.Count > EntryCharacteristics.MaxTags)
            {
                context.AddFailure(new ValidationFailure(nameof(ParticipantInput.GroupingTags), EntryCharacteristics.TooManyTagsMessage(nameof(ParticipantInput.GroupingTags))) { ErrorCode = ErrorCodes.Participant.TooManyGroupingTags });
                return;
            }

            for (var i = 0; i < tags.Count; i++)
            {
                var property = Preconditions.Invariant($"{nameof(ParticipantInput.GroupingTags)}[{i}]");
                if (!GroupingTag.IsValid(tags[i]))
                {
                    context.AddFailure(new ValidationFailure(property, GroupingTag.InvalidMessage(property)) { ErrorCode = ErrorCodes.Participant.GroupingTagInvalid });
                }
                else if (tags.Take(i).Contains(tags[i], StringComparer.Ordinal))
                {
                    context.AddFailure(new ValidationFailure(property, EntryCharacteristics.DuplicateTagMessage(property)) { ErrorCode = ErrorCodes.Participant.DuplicateGroupingTag });
                }
            }
        });
    }

    private static void Report<T>(ValidationContext<T> context, NavBenefits? benefits, string property)
    {
        List<DomainError>? errors = null;
        NavBenefitRules.Check(ref errors, benefits, property);
        foreach (var error in errors ?? [])
        {
            context.AddFailure(new ValidationFailure(property, error.Message) { ErrorCode = error.Code });
        }
    }
}
