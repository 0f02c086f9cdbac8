using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Specialists;

/// <summary>Validates <see cref="EmploymentSpecialistInput"/> with the codes of <see cref="ErrorCodes.Specialist"/> and <see cref="ErrorCodes.Identity"/>.</summary>
/// <remarks>Stateless and thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class EmploymentSpecialistInputValidator : AbstractValidator<EmploymentSpecialistInput>
{
    /// <summary>Creates the validator.</summary>
    public EmploymentSpecialistInputValidator()
    {
        RuleFor(x => x.Id).MustBeIdentifier();
        RuleForEach(x => x.TeamIds).MustBeIdentifier();
        RuleFor(x => x.SupervisorId).MustBeIdentifier(required: false);
        RuleFor(x => x.Fte)
            .Must(EmploymentSpecialist.IsValidFte)
            .WithErrorCode(ErrorCodes.Specialist.FteOutOfRange)
            .WithMessage((_, fte) => EmploymentSpecialist.FteMessage(fte));
        RuleFor(x => x.ScheduledHoursPerWeek)
            .Must(EmploymentSpecialist.IsValidHours)
            .WithErrorCode(ErrorCodes.Specialist.ScheduledHoursOutOfRange)
            .WithMessage((_, h) => EmploymentSpecialist.HoursMessage(nameof(EmploymentSpecialistInput.ScheduledHoursPerWeek), h!.Value));
        RuleFor(x => x.CommunityHoursPerWeek)
            .Must(EmploymentSpecialist.IsValidHours)
            .WithErrorCode(ErrorCodes.Specialist.CommunityHoursOutOfRange)
            .WithMessage((_, h) => EmploymentSpecialist.HoursMessage(nameof(EmploymentSpecialistInput.CommunityHoursPerWeek), h!.Value))
            .DependentRules(() => RuleFor(x => x.CommunityHoursPerWeek)
                .Must((x, c) => EmploymentSpecialist.CommunityWithinScheduled(x.ScheduledHoursPerWeek, c))
                .WithErrorCode(ErrorCodes.Specialist.CommunityHoursExceedScheduled)
                .WithMessage((x, c) => EmploymentSpecialist.CommunityMessage(c!.Value, x.ScheduledHoursPerWeek!.Value)));
    }
}
