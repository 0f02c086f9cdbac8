using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Disclosure;

/// <summary>Validates <see cref="DisclosureDecisionInput"/> with the codes of <see cref="ErrorCodes.Disclosure"/>; the date may not lie after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class DisclosureDecisionInputValidator : AbstractValidator<DisclosureDecisionInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public DisclosureDecisionInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.Date).NotInFuture(clock, nameof(DisclosureDecisionInput.Date));
        RuleFor(x => x.Timing).MustBeDefined(nameof(DisclosureDecisionInput.Timing));
        RuleFor(x => x.Information)
            .Must(v => (v & ~DisclosureDecision.AllInformation) == 0)
            .WithErrorCode(ErrorCodes.General.UndefinedValue)
            .WithMessage((_, v) => Preconditions.UndefinedMessage(nameof(DisclosureDecisionInput.Information), v));
        RuleFor(x => x.Audience)
            .Must(v => (v & ~DisclosureDecision.AllAudiences) == 0)
            .WithErrorCode(ErrorCodes.General.UndefinedValue)
            .WithMessage((_, v) => Preconditions.UndefinedMessage(nameof(DisclosureDecisionInput.Audience), v));
        RuleFor(x => x.Audience)
            .NotEqual(DisclosureAudience.None)
            .WithErrorCode(ErrorCodes.Disclosure.AudienceMissing)
            .WithMessage(x => Preconditions.Invariant($"Audience is None while Information is {x.Information}; say to whom it is disclosed."))
            .When(x => x.Information != DisclosedInformation.None);
        RuleFor(x => x.Audience)
            .Equal(DisclosureAudience.None)
            .WithErrorCode(ErrorCodes.Disclosure.AudienceWithoutInformation)
            .WithMessage(x => Preconditions.Invariant($"Audience is {x.Audience} while Information is None; nothing disclosed means no audience."))
            .When(x => x.Information == DisclosedInformation.None);
        RuleFor(x => x.Timing)
            .NotNull()
            .WithErrorCode(ErrorCodes.Disclosure.TimingMissing)
            .WithMessage(x => Preconditions.Invariant($"Timing is required while Information is {x.Information}."))
            .When(x => x.Information != DisclosedInformation.None);
        RuleFor(x => x.Timing)
            .Null()
            .WithErrorCode(ErrorCodes.Disclosure.TimingWithoutInformation)
            .WithMessage(x => Preconditions.Invariant($"Timing is {x.Timing} while Information is None; nothing disclosed means no timing."))
            .When(x => x.Information == DisclosedInformation.None);
    }
}
