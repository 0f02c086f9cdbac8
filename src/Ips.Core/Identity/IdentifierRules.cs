using FluentValidation;
using FluentValidation.Results;

namespace Ips.Core.Identity;

/// <summary>Shared FluentValidation rules for identifiers and organisation numbers: the same codes and messages as the factories.</summary>
/// <remarks>
/// Each rule goes through <c>Custom</c> and adds failures with <see cref="ValidationFailure.AttemptedValue"/> left null,
/// so a raw identifier never reaches a message, a log or a serialised result. They live with the identifiers so that
/// <c>Ips.Core.Validation</c> does not depend on <c>Ips.Core.Identity</c>.
/// </remarks>
internal static class IdentifierRules
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
}
