using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Identity;
using NodaTime;

namespace Ips.Core.Validation;

/// <summary>Shared FluentValidation rules: the same codes and messages as the domain factories.</summary>
/// <remarks>
/// Identity rules go through <c>Custom</c> and add failures with <see cref="ValidationFailure.AttemptedValue"/> left
/// null, so a raw identifier never reaches a message, a log or a serialised result. Every message is explicit
/// invariant-culture text; FluentValidation's global options are never touched.
/// </remarks>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptionsConditions<T, string?> MustBeIdentifier<T>(this IRuleBuilder<T, string?> rule, bool required = true) =>
        rule.Custom((value, context) =>
        {
            if (Identifier.IsValid(value) || (value is null && !required))
            {
                return;
            }

            var error = Identifier.Error(context.PropertyPath, value);
            context.AddFailure(new ValidationFailure(context.PropertyPath, error.Message) { ErrorCode = error.Code, AttemptedValue = null });
        });

    /// <summary>An identifier that must be absent (null); the failure carries no attempted value.</summary>
    internal static IRuleBuilderOptionsConditions<T, string?> MustBeAbsentIdentifier<T>(this IRuleBuilder<T, string?> rule, string code, Func<T, string> message) =>
        rule.Custom((value, context) =>
        {
            if (value is not null)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, message(context.InstanceToValidate)) { ErrorCode = code, AttemptedValue = null });
            }
        });

    /// <summary>A list of identifiers without repeats (ordinal); the failure carries no attempted value.</summary>
    internal static IRuleBuilderOptionsConditions<T, System.Collections.Immutable.ImmutableArray<string?>> MustBeDistinctIdentifiers<T>(this IRuleBuilder<T, System.Collections.Immutable.ImmutableArray<string?>> rule, string code) =>
        rule.Custom((ids, context) =>
        {
            if (!ids.IsDefaultOrEmpty && ids.Distinct(StringComparer.Ordinal).Count() != ids.Length)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, $"{context.PropertyPath} lists an identifier (not shown) more than once.") { ErrorCode = code, AttemptedValue = null });
            }
        });

    internal static IRuleBuilderOptionsConditions<T, string?> MustBeOrganisationNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            // Null means "no organisation number"; the value is never attempted-echoed (it may be a national id typed in the wrong field).
            if (value is not null && OrganisationNumber.Check(value, context.PropertyPath) is { } error)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, error.Message) { ErrorCode = error.Code, AttemptedValue = null });
            }
        });

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
