using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Ips.Core.Validation;

/// <summary>Shared FluentValidation rules: the same codes and messages as the domain factories.</summary>
/// <remarks>
/// Identifier rules are in <c>Ips.Core.Identity.IdentifierRules</c>. Every message is explicit invariant-culture text;
/// FluentValidation's global options are never touched.
/// </remarks>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptions<T, TEnum> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string property)
        where TEnum : struct, Enum =>
        rule.Must(v => Enum.IsDefined(v))
            .WithErrorCode(ErrorCodes.General.UndefinedValue)
            .WithMessage((_, v) => Preconditions.UndefinedMessage(property, v));

    internal static IRuleBuilderOptions<T, TEnum?> MustBeDefined<T, TEnum>(this IRuleBuilder<T, TEnum?> rule, string property)
        where TEnum : struct, Enum =>
        rule.Must(v => v is null || Enum.IsDefined(v.Value))
            .WithErrorCode(ErrorCodes.General.UndefinedValue)
            .WithMessage((_, v) => Preconditions.UndefinedMessage(property, v!.Value));

    internal static IRuleBuilderOptions<T, LocalDate> NotInFuture<T>(this IRuleBuilder<T, LocalDate> rule, IClock clock, string property) =>
        rule.Must(d => d <= NorwegianToday.From(clock))
            .WithErrorCode(ErrorCodes.General.DateInFuture)
            .WithMessage((_, d) => Preconditions.DateInFutureMessage(property, d, NorwegianToday.From(clock)));

    internal static IRuleBuilderOptions<T, LocalDate?> NotInFuture<T>(this IRuleBuilder<T, LocalDate?> rule, IClock clock, string property) =>
        rule.Must(d => d is null || d.Value <= NorwegianToday.From(clock))
            .WithErrorCode(ErrorCodes.General.DateInFuture)
            .WithMessage((_, d) => Preconditions.DateInFutureMessage(property, d!.Value, NorwegianToday.From(clock)));

    internal static IRuleBuilderOptionsConditions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, Preconditions.BlankMessage(context.PropertyPath), value) { ErrorCode = ErrorCodes.General.BlankText });
            }
            else if (value.Length > maxLength)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, Preconditions.TooLongMessage(context.PropertyPath, value.Length, maxLength)) { ErrorCode = ErrorCodes.General.TextTooLong });
            }
        });

    internal static IRuleBuilderOptionsConditions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Custom((value, context) =>
        {
            if (value is null)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, $"{context.PropertyPath} is required.") { ErrorCode = ErrorCodes.General.Required });
            }
        }).OptionalText(maxLength);
}
