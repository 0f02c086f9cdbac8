using Ips.Core.Validation;

namespace Ips.Core.Identity;

/// <summary>Opaque identifier of a treatment team (e.g. a FACT team or a DPS outpatient team).</summary>
/// <remarks>
/// 1–64 characters of <c>[A-Za-z0-9._:-]</c>, compared ordinally (case-sensitive). It does not identify a person, so <see cref="ToString"/> prints the value; error messages still never echo it.
/// The default value is not a valid identifier and is rejected wherever one is required. Immutable and thread-safe.
/// </remarks>
public readonly record struct TeamId : IIdentifier
{
    private readonly string? _value;

    private TeamId(string value) => _value = value;

    /// <summary>The raw identifier (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    bool IIdentifier.IsDefault => _value is null;

    /// <summary>Creates an identifier from its raw value.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="DomainException">The value is missing (<see cref="ErrorCodes.Identity.Missing"/>) or malformed (<see cref="ErrorCodes.Identity.Invalid"/>).</exception>
    public static TeamId Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an identifier from its raw value without throwing.</summary>
    /// <param name="value">1–64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
    /// <returns>The identifier, or an error that does not contain the value.</returns>
    public static DomainResult<TeamId> TryCreate(string? value) =>
        Identifier.IsValid(value)
            ? new DomainResult<TeamId>(new TeamId(value))
            : new DomainResult<TeamId>(Identifier.Error(nameof(TeamId), value));

    /// <summary>Returns <c>TeamId(value)</c>.</summary>
    /// <returns>The type name and the value.</returns>
    public override string ToString() => $"TeamId({Value})";
}
