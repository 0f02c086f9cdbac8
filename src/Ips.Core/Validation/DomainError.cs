namespace Ips.Core.Validation;

/// <summary>One broken domain rule: a stable code, the field it concerns and an invariant-culture message.</summary>
/// <remarks>
/// Messages name the field, the value (when it is not an identity value) and the rule. Identity values
/// (participant, specialist and other ids) are never part of a message. Immutable and thread-safe.
/// </remarks>
/// <param name="Code">The stable error code, one of the constants in <see cref="ErrorCodes"/>.</param>
/// <param name="PropertyName">The field the rule concerns, e.g. <c>Fte</c> or <c>Jobs[3].Employer</c>.</param>
/// <param name="Message">An invariant-culture message naming the field, the value and the rule.</param>
public sealed record DomainError(string Code, string PropertyName, string Message);
