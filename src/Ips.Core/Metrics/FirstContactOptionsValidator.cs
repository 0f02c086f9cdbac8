using FluentValidation;
using Ips.Core.Validation;

namespace Ips.Core.Metrics;

/// <summary>Checks <see cref="FirstContactOptions"/>: both choices are defined enum members.</summary>
/// <remarks>
/// Error codes (stable): <see cref="ErrorCodes.Metrics.EntryUndefined"/>, <see cref="ErrorCodes.Metrics.WithoutContactUndefined"/>.
/// Messages are explicit and culture-invariant; FluentValidation's global options are not touched. Thread-safe.
/// </remarks>
public sealed class FirstContactOptionsValidator : AbstractValidator<FirstContactOptions>
{
    /// <summary>Creates the validator.</summary>
    public FirstContactOptionsValidator()
    {
        RuleFor(x => x.Entry).Must(e => Enum.IsDefined(e))
            .WithErrorCode(ErrorCodes.Metrics.EntryUndefined)
            .WithMessage((_, e) => Preconditions.UndefinedMessage(nameof(FirstContactOptions.Entry), e));
        RuleFor(x => x.WithoutContact).Must(w => Enum.IsDefined(w))
            .WithErrorCode(ErrorCodes.Metrics.WithoutContactUndefined)
            .WithMessage((_, w) => Preconditions.UndefinedMessage(nameof(FirstContactOptions.WithoutContact), w));
    }

    /// <summary>A shared instance.</summary>
    public static FirstContactOptionsValidator Instance { get; } = new();
}
