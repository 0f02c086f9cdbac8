using System.Diagnostics.CodeAnalysis;
using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>The shared shape rule of every identifier: 1–64 characters of <c>[A-Za-z0-9._:-]</c>.</summary>
internal static class Identifier
{
    internal const int MaxLength = 64;

    internal const string Rule = "1-64 characters of [A-Za-z0-9._:-]";

    internal static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (value is null || value.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The error for an invalid value; the value itself is never part of it.</summary>
    internal static DomainError Error(string property, string? value) =>
        value is null
            ? new DomainError(ErrorCodes.Identity.Missing, property, MissingMessage(property))
            : new DomainError(ErrorCodes.Identity.Invalid, property, InvalidMessage(property));

    internal static string MissingMessage(string property) => $"{property} is required.";

    internal static string InvalidMessage(string property) =>
        $"{property} must be {Rule}; the value given is not shown because it is an identity value.";
}
