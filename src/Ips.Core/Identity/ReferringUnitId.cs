using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>Opaque identifier of the unit that referred a participant (e.g. a clinic, a DPS outpatient unit or a NAV office), for reporting outcomes by referring unit.</summary>
/// <remarks>
/// 1–64 characters of <c>[A-Za-z0-9._:-]</c>, compared ordinally (case-sensitive). The caller owns the scheme (and
/// any label, see <c>Participants.ReferringUnit</c>); <see cref="ToString"/> and error messages never print the
/// value. The default value is not a valid identifier and is rejected wherever one is required. Immutable and thread-safe.
/// </remarks>
public readonly record struct ReferringUnitId : IIdentifier
{
    private readonly string? _value;

    private ReferringUnitId(string value) => _value = value;

    /// <summary>The raw identifier (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    bool IIdentifier.IsDefault => _value is null;

    /// <summary>Creates an identifier from its raw value.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="DomainException">The value is missing (<see cref="ErrorCodes.Identity.Missing"/>) or malformed (<see cref="ErrorCodes.Identity.Invalid"/>).</exception>
    public static ReferringUnitId Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an identifier from its raw value without throwing.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier, or an error that does not contain the value.</returns>
    public static DomainResult<ReferringUnitId> TryCreate(string? value) =>
        Identifier.IsValid(value)
            ? new DomainResult<ReferringUnitId>(new ReferringUnitId(value))
            : new DomainResult<ReferringUnitId>(Identifier.Error(nameof(ReferringUnitId), value));

    /// <summary>Returns <c>ReferringUnitId(***)</c>: the value is the caller's and is never printed.</summary>
    /// <returns>A text without the value.</returns>
    public override string ToString() => "ReferringUnitId(***)";
}
