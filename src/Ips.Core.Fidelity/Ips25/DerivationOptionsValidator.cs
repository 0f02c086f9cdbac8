using FluentValidation;
using Ips.Core.Metrics;
using Ips.Core.Validation;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>Checks <see cref="DerivationOptions"/>: a period, a review date on or after its end, a policy, defined enums.</summary>
/// <remarks>
/// Error codes (stable): <c>Derivation.PeriodMissing</c>, <c>Derivation.ReviewDateBeforePeriodEnd</c>,
/// <c>Derivation.PolicyMissing</c>, <c>Derivation.JobTypeLevelUndefined</c>, <c>Derivation.SourceGapInvalid</c>, <c>Derivation.NonIsoCalendar</c>; for
/// <see cref="DerivationOptions.FirstContact"/>, Ips.Core's <see cref="ErrorCodes.Metrics.FirstContactOptionsMissing"/>
/// and those of <see cref="FirstContactOptionsValidator"/> (paths <c>FirstContact.Entry</c>, <c>FirstContact.WithoutContact</c>).
/// Messages are explicit and culture-invariant; FluentValidation's global options are not touched. Thread-safe.
/// </remarks>
public sealed class DerivationOptionsValidator : AbstractValidator<DerivationOptions>
{
    /// <summary>Creates the validator.</summary>
    public DerivationOptionsValidator()
    {
        RuleFor(x => x.Period).NotNull().WithErrorCode("Derivation.PeriodMissing").WithMessage("Period is required.");
        RuleFor(x => x.Period.Start.Calendar).Must(c => c == NodaTime.CalendarSystem.Iso)
            .When(x => x.Period is not null)
            .WithErrorCode("Derivation.NonIsoCalendar").WithMessage("Period must use the ISO calendar.");
        RuleFor(x => x.ReviewDate.Calendar).Must(c => c == NodaTime.CalendarSystem.Iso)
            .WithErrorCode("Derivation.NonIsoCalendar").WithMessage("ReviewDate must use the ISO calendar.");
        RuleFor(x => x.ReviewDate).Must((options, date) => date.Calendar != NodaTime.CalendarSystem.Iso || options.Period.End.Calendar != NodaTime.CalendarSystem.Iso || date >= options.Period.End)
            .When(x => x.Period is not null)
            .WithErrorCode("Derivation.ReviewDateBeforePeriodEnd")
            .WithMessage("ReviewDate must be on or after the end of Period: facts never count records dated after the review.");
        RuleFor(x => x.CompetitiveJobPolicy).NotNull().WithErrorCode("Derivation.PolicyMissing").WithMessage("CompetitiveJobPolicy is required.");
        RuleFor(x => x.FirstContact).NotNull()
            .WithErrorCode(ErrorCodes.Metrics.FirstContactOptionsMissing).WithMessage("FirstContact is required.")
            .SetValidator(FirstContactOptionsValidator.Instance);
        // Enum.IsDefined<T>, not IsInEnum(): FluentValidation's EnumValidator reflects over the enum type, which NativeAOT
        // rejects (IL3050/IL3053); Ips.Core's own enum rules are written the same way.
        RuleForEach(x => x.SourceGaps).Must(gap => gap is not null && Enum.IsDefined(gap.Fact))
            .WithErrorCode("Derivation.SourceGapInvalid").WithMessage("Every entry of SourceGaps must be set and name a defined SourceFact.");
        RuleFor(x => x.JobTypeLevel).Must(level => Enum.IsDefined(level)).WithErrorCode("Derivation.JobTypeLevelUndefined").WithMessage("JobTypeLevel must be a defined level.");
    }

    /// <summary>A shared instance.</summary>
    public static DerivationOptionsValidator Instance { get; } = new();
}
