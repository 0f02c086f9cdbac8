using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Outreach;

/// <summary>Validates <see cref="OutreachAttemptInput"/> with the codes of <see cref="ErrorCodes.Outreach"/>; the date may not lie after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class OutreachAttemptInputValidator : AbstractValidator<OutreachAttemptInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public OutreachAttemptInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Date).NotInFuture(clock, nameof(OutreachAttemptInput.Date));
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.Method).MustBeDefined(nameof(OutreachAttemptInput.Method));
        RuleFor(x => x.By).MustBeDefined(nameof(OutreachAttemptInput.By));
        RuleFor(x => x.CoordinatedVisit)
            .Must((x, c) => !c || x.Method is OutreachMethod.HomeVisit or OutreachMethod.CommunityVisit)
            .WithErrorCode(ErrorCodes.Outreach.CoordinatedRequiresVisit)
            .WithMessage(x => Preconditions.Invariant($"CoordinatedVisit is true but Method is {x.Method}; only a home or community visit can be a coordinated visit."));
    }
}
