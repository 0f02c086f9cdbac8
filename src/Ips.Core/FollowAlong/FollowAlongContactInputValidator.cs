using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;

namespace Ips.Core.FollowAlong;

/// <summary>Validates <see cref="FollowAlongContactInput"/>: identifiers, provider, and a date not after today.</summary>
/// <remarks>"Today" is the date in Norway from the injected <see cref="IClock"/>. Thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class FollowAlongContactInputValidator : AbstractValidator<FollowAlongContactInput>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock giving today.</param>
    public FollowAlongContactInputValidator(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Date).NotInFuture(clock, nameof(FollowAlongContactInput.Date));
        RuleFor(x => x.ParticipantId).MustBeIdentifier();
        RuleFor(x => x.JobId).MustBeIdentifier();
        RuleFor(x => x.By).MustBeDefined(nameof(FollowAlongContactInput.By));
    }
}
