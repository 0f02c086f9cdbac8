using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>A Norwegian organisation number (organisasjonsnummer) from the Central Coordinating Register for Legal Entities.</summary>
/// <remarks>
/// Exactly 9 ASCII digits; the ninth is a mod-11 check digit over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2:
/// with <c>r</c> the weighted sum modulo 11, the check digit is <c>11 - r</c>, or 0 when <c>r</c> is 0; a remainder
/// of 1 gives no valid number. Organisation numbers identify businesses, not people, so <see cref="ToString"/>
/// prints the number. Error messages do not echo the value, since a mistyped field may hold a person's national
/// identity number. Immutable and thread-safe.
/// </remarks>
public sealed record OrganisationNumber
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private OrganisationNumber(string value) => Value = value;

    /// <summary>The nine digits.</summary>
    public string Value { get; }

    /// <summary>Creates an organisation number.</summary>
    /// <param name="value">Exactly 9 ASCII digits with a valid mod-11 check digit.</param>
    /// <returns>The organisation number.</returns>
    /// <exception cref="DomainException">The value is missing, not 9 digits (<see cref="ErrorCodes.OrganisationNumber.Format"/>) or has a wrong check digit (<see cref="ErrorCodes.OrganisationNumber.CheckDigit"/>).</exception>
    public static OrganisationNumber Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an organisation number without throwing.</summary>
    /// <param name="value">Exactly 9 ASCII digits with a valid mod-11 check digit.</param>
    /// <returns>The organisation number or the broken rule.</returns>
    public static DomainResult<OrganisationNumber> TryCreate(string? value)
    {
        var error = Check(value, nameof(OrganisationNumber));
        return error is null ? new DomainResult<OrganisationNumber>(new OrganisationNumber(value!)) : new DomainResult<OrganisationNumber>(error);
    }

    /// <summary>Whether <paramref name="value"/> is a valid organisation number.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when it is 9 digits with a valid check digit.</returns>
    public static bool IsValid(string? value) => Check(value, nameof(OrganisationNumber)) is null;

    /// <summary>Computes the check digit for the first eight digits, or -1 when the remainder is 1 (no valid number).</summary>
    internal static int CheckDigitFor(ReadOnlySpan<char> firstEight)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (firstEight[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        return remainder switch
        {
            0 => 0,
            1 => -1,
            _ => 11 - remainder,
        };
    }

    internal static DomainError? Check(string? value, string property)
    {
        if (value is null)
        {
            return new DomainError(ErrorCodes.General.Required, property, $"{property} is required.");
        }

        if (value.Length != 9 || !value.All(char.IsAsciiDigit))
        {
            return new DomainError(ErrorCodes.OrganisationNumber.Format, property, FormatMessage(property, value));
        }

        var expected = CheckDigitFor(value.AsSpan(0, 8));
        return expected == value[8] - '0'
            ? null
            : new DomainError(ErrorCodes.OrganisationNumber.CheckDigit, property, CheckDigitMessage(property));
    }

    // The value is not echoed: a mistyped field may hold a national identity number (11 digits).
    internal static string FormatMessage(string property, string value) =>
        Preconditions.Invariant($"{property} must be exactly 9 digits; the value given has {value.Length} characters and is not shown.");

    internal static string CheckDigitMessage(string property) =>
        $"{property} fails the mod-11 check (weights 3,2,7,6,5,4,3,2) on its last digit; the value is not shown.";

    /// <summary>Returns the nine digits.</summary>
    /// <returns>The organisation number.</returns>
    public override string ToString() => Value;
}
