using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>Opaque identifier of an employment specialist (IPS-konsulent).</summary>
/// <remarks>
/// 1–64 characters of <c>[A-Za-z0-9._:-]</c>, compared ordinally (case-sensitive). It identifies a person, so <see cref="ToString"/> prints <c>SpecialistId(***)</c>; read <see cref="Value"/>
/// explicitly when the raw value is needed, and keep it out of logs and messages.
/// The default value is not a valid identifier and is rejected wherever one is required. Immutable and thread-safe.
/// </remarks>
public readonly record struct SpecialistId : IIdentifier
{
    private readonly string? _value;

    private SpecialistId(string value) => _value = value;

    /// <summary>The raw identifier. It identifies a person: keep it out of logs and messages.</summary>
    public string Value => _value ?? string.Empty;

    bool IIdentifier.IsDefault => _value is null;

    /// <summary>Creates an identifier from its raw value.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="DomainException">The value is missing (<see cref="ErrorCodes.Identity.Missing"/>) or malformed (<see cref="ErrorCodes.Identity.Invalid"/>).</exception>
    public static SpecialistId Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an identifier from its raw value without throwing.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier, or an error that does not contain the value.</returns>
    public static DomainResult<SpecialistId> TryCreate(string? value) =>
        Identifier.IsValid(value)
            ? new DomainResult<SpecialistId>(new SpecialistId(value))
            : new DomainResult<SpecialistId>(Identifier.Error(nameof(SpecialistId), value));

    /// <summary>Returns <c>SpecialistId(***)</c>: the identifier names a person, so its value is never printed.</summary>
    /// <returns>A fixed, non-identifying text.</returns>
    public override string ToString() => "SpecialistId(***)";
}
