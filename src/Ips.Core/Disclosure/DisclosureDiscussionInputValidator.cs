using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.Disclosure;

/// <summary>Validates <see cref="DisclosureDiscussionInput"/>: identifiers, and a date not after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class DisclosureDiscussionInputValidator : AbstractValidator<DisclosureDiscussionInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public DisclosureDiscussionInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Date).NotInFuture(clock, nameof(DisclosureDiscussionInput.Date));
        RuleFor(x => x.SpecialistId).MustBeIdentifier();
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
    }
}
