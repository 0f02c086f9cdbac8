using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>Opaque identifier of an employer (a business; in Norway usually backed by an organisation number).</summary>
/// <remarks>
/// 1–64 characters of <c>[A-Za-z0-9._:-]</c>, compared ordinally (case-sensitive). It does not identify a person, so <see cref="ToString"/> prints the value; error messages still never echo it.
/// The default value is not a valid identifier and is rejected wherever one is required. Immutable and thread-safe.
/// </remarks>
public readonly record struct EmployerId : IIdentifier
{
    private readonly string? _value;

    private EmployerId(string value) => _value = value;

    /// <summary>The raw identifier (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    bool IIdentifier.IsDefault => _value is null;

    /// <summary>Creates an identifier from its raw value.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="DomainException">The value is missing (<see cref="ErrorCodes.Identity.Missing"/>) or malformed (<see cref="ErrorCodes.Identity.Invalid"/>).</exception>
    public static EmployerId Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an identifier from its raw value without throwing.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier, or an error that does not contain the value.</returns>
    public static DomainResult<EmployerId> TryCreate(string? value) =>
        Identifier.IsValid(value)
            ? new DomainResult<EmployerId>(new EmployerId(value))
            : new DomainResult<EmployerId>(Identifier.Error(nameof(EmployerId), value));

    /// <summary>Returns <c>EmployerId(value)</c>.</summary>
    /// <returns>The type name and the value.</returns>
    public override string ToString() => $"EmployerId({Value})";
}
