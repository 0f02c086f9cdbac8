using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Benefits;

/// <summary>Validates <see cref="BenefitsPlanningSessionInput"/>: identifier, defined values, and a date not after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class BenefitsPlanningSessionInputValidator : AbstractValidator<BenefitsPlanningSessionInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public BenefitsPlanningSessionInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Date).NotInFuture(clock, nameof(BenefitsPlanningSessionInput.Date));
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.By).MustBeDefined(nameof(BenefitsPlanningSessionInput.By));
        RuleFor(x => x.Occasion).MustBeDefined(nameof(BenefitsPlanningSessionInput.Occasion));
    }
}
