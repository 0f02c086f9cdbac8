using FluentValidation;
using Ips.Core.Identity;
using FluentValidation.Results;
using Ips.Core.Validation;

namespace Ips.Core.Jobs;

/// <summary>Validates <see cref="JobInput"/> with the codes of <see cref="ErrorCodes.Job"/> and <see cref="ErrorCodes.Occupation"/>.</summary>
/// <remarks>A job's end may lie in the future (a fixed-term contract's agreed end). Stateless and thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class JobInputValidator : AbstractValidator<JobInput>
{
    /// <summary>Creates the validator.</summary>
    public JobInputValidator()
    {
        RuleFor(x => x.Id).MustBeIdentifier();
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.EmployerId).MustBeIdentifier();
        // Custom, so a malformed value (which could be anything typed in the wrong field) is not the attempted value.
        RuleFor(x => x.OccupationCode).Custom((code, context) =>
        {
            if (code is null)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, $"{context.PropertyPath} is required.") { ErrorCode = ErrorCodes.General.Required });
            }
            else if (!OccupationCode.IsValid(code))
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, OccupationCode.FormatMessage(context.PropertyPath, code)) { ErrorCode = ErrorCodes.Occupation.Format, AttemptedValue = null });
            }
        });
        RuleFor(x => x.Title).RequiredText(JobType.MaxTitleLength);
        RuleFor(x => x.End)
            .Must((x, e) => e is null || e.Value >= x.Start)
            .WithErrorCode(ErrorCodes.Job.EndBeforeStart)
            .WithMessage((x, e) => Preconditions.EndBeforeStartMessage(nameof(JobInput.End), e!.Value, x.Start));
        RuleFor(x => x.EndReason)
            .MustBeDefined(nameof(JobInput.EndReason))
            .Must((x, r) => r is null || x.End is not null)
            .WithErrorCode(ErrorCodes.Job.EndReasonWithoutEnd)
            .WithMessage((_, r) => Job.EndReasonWithoutEndMessage(r!.Value));
        // Custom, so the failure's attempted value is not the whole input (which holds identifiers).
        RuleFor(x => x).Custom((x, context) =>
        {
            var count = PositionSizeCount(x);
            if (count != 1)
            {
                context.AddFailure(new ValidationFailure(
                    "PositionSize",
                    count == 0
                        ? "A position size is required: give one of PositionPercent, PositionHoursPerWeek and OnCall."
                        : "Give exactly one of PositionPercent, PositionHoursPerWeek and OnCall; more than one was given.")
                {
                    ErrorCode = count == 0 ? ErrorCodes.General.Required : ErrorCodes.Job.PositionSizeAmbiguous,
                    AttemptedValue = null,
                });
            }
        });
        RuleFor(x => x.PositionPercent)
            .Must(p => p is null || PositionSize.IsValidPercent(p.Value))
            .WithErrorCode(ErrorCodes.Job.PercentOutOfRange)
            .WithMessage((_, p) => PositionSize.PercentMessage(p!.Value));
        RuleFor(x => x.PositionHoursPerWeek)
            .Must(h => h is null || PositionSize.IsValidHours(h.Value))
            .WithErrorCode(ErrorCodes.Job.HoursOutOfRange)
            .WithMessage((_, h) => PositionSize.HoursMessage(h!.Value));
        RuleFor(x => x.Form).MustBeDefined(nameof(JobInput.Form));
        RuleFor(x => x.WageSubsidy).MustBeDefined(nameof(JobInput.WageSubsidy));
    }

    private static int PositionSizeCount(JobInput x) =>
        (x.PositionPercent.HasValue ? 1 : 0) + (x.PositionHoursPerWeek.HasValue ? 1 : 0) + (x.OnCall ? 1 : 0);
}
