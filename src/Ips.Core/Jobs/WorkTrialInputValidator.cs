using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Jobs;

/// <summary>Validates <see cref="WorkTrialInput"/> with the codes of <see cref="ErrorCodes.WorkTrial"/>.</summary>
/// <remarks>Stateless and thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class WorkTrialInputValidator : AbstractValidator<WorkTrialInput>
{
    /// <summary>Creates the validator.</summary>
    public WorkTrialInputValidator()
    {
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.EmployerId).MustBeIdentifier();
        RuleFor(x => x.Kind).MustBeDefined(nameof(WorkTrialInput.Kind));
        RuleFor(x => x.End)
            .Must((x, e) => e is null || e.Value >= x.Start)
            .WithErrorCode(ErrorCodes.WorkTrial.EndBeforeStart)
            .WithMessage((x, e) => Preconditions.EndBeforeStartMessage(nameof(WorkTrialInput.End), e!.Value, x.Start));
    }
}
