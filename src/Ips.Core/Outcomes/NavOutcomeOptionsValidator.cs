using FluentValidation;
using Ips.Core.Metrics;
using Ips.Core.Validation;

namespace Ips.Core.Outcomes;

/// <summary>Checks <see cref="NavOutcomeOptions"/>: a competitive-job policy, first-contact options with defined choices, defined cohorts.</summary>
/// <remarks>
/// Error codes (stable): <see cref="ErrorCodes.Outcomes.CompetitiveJobPolicyMissing"/>,
/// <see cref="ErrorCodes.Outcomes.FirstContactCohortUndefined"/>, <see cref="ErrorCodes.Outcomes.PositionSizeCohortUndefined"/>, <see cref="ErrorCodes.Metrics.FirstContactOptionsMissing"/>,
/// and those of <see cref="FirstContactOptionsValidator"/> (property paths <c>FirstContact.Entry</c>,
/// <c>FirstContact.WithoutContact</c>). Messages are explicit and culture-invariant. Thread-safe.
/// </remarks>
public sealed class NavOutcomeOptionsValidator : AbstractValidator<NavOutcomeOptions>
{
    /// <summary>Creates the validator.</summary>
    public NavOutcomeOptionsValidator()
    {
        RuleFor(x => x.CompetitiveJobPolicy).NotNull()
            .WithErrorCode(ErrorCodes.Outcomes.CompetitiveJobPolicyMissing)
            .WithMessage("CompetitiveJobPolicy is required.");
        RuleFor(x => x.FirstContact).NotNull()
            .WithErrorCode(ErrorCodes.Metrics.FirstContactOptionsMissing)
            .WithMessage("FirstContact is required.")
            .SetValidator(FirstContactOptionsValidator.Instance);
        RuleFor(x => x.FirstContactCohort).Must(c => Enum.IsDefined(c))
            .WithErrorCode(ErrorCodes.Outcomes.FirstContactCohortUndefined)
            .WithMessage((_, c) => Preconditions.UndefinedMessage(nameof(NavOutcomeOptions.FirstContactCohort), c));
        RuleFor(x => x.PositionSizeCohort).Must(c => Enum.IsDefined(c))
            .WithErrorCode(ErrorCodes.Outcomes.PositionSizeCohortUndefined)
            .WithMessage((_, c) => Preconditions.UndefinedMessage(nameof(NavOutcomeOptions.PositionSizeCohort), c));
    }

    /// <summary>A shared instance.</summary>
    public static NavOutcomeOptionsValidator Instance { get; } = new();
}
