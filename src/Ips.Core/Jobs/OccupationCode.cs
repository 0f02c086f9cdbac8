using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>A STYRK-08 occupation code (the Norwegian version of ISCO-08) at unit-group level: exactly 4 digits.</summary>
/// <remarks>
/// The digits nest: the first is the major group (0 = armed forces occupations, 1–9 the others), the first two the
/// sub-major group, the first three the minor group and all four the unit group. Only the shape is validated, not
/// membership of the published classification. Item 19 counts distinct codes as distinct job types.
/// Immutable and thread-safe.
/// </remarks>
public sealed record OccupationCode
{
    private OccupationCode(string value) => Value = value;

    /// <summary>The four digits, e.g. <c>5223</c>.</summary>
    public string Value { get; }

    /// <summary>The major group: the first digit, e.g. <c>5</c>.</summary>
    public string MajorGroup => Value[..1];

    /// <summary>The sub-major group: the first two digits, e.g. <c>52</c>.</summary>
    public string SubMajorGroup => Value[..2];

    /// <summary>The minor group: the first three digits, e.g. <c>522</c>.</summary>
    public string MinorGroup => Value[..3];

    /// <summary>The unit group: all four digits, e.g. <c>5223</c>.</summary>
    public string UnitGroup => Value;

    /// <summary>Creates an occupation code.</summary>
    /// <param name="value">Exactly 4 ASCII digits.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DomainException">The value is missing or not 4 digits (<see cref="ErrorCodes.Occupation.Format"/>).</exception>
    public static OccupationCode Create(string? value) => TryCreate(value).GetValueOrThrow();

    /// <summary>Creates an occupation code without throwing.</summary>
    /// <param name="value">Exactly 4 ASCII digits.</param>
    /// <returns>The code or the broken rule.</returns>
    public static DomainResult<OccupationCode> TryCreate(string? value)
    {
        List<DomainError>? errors = null;
        if (value is null)
        {
            NotNull(ref errors, value, nameof(OccupationCode));
        }
        else if (!IsValid(value))
        {
            Add(ref errors, ErrorCodes.Occupation.Format, nameof(OccupationCode), FormatMessage(nameof(OccupationCode), value));
        }

        return errors is null ? new DomainResult<OccupationCode>(new OccupationCode(value!)) : DomainResult<OccupationCode>.Fail(errors);
    }

    /// <summary>Whether <paramref name="value"/> has the shape of a STYRK-08 unit-group code (exactly 4 ASCII digits).</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(string? value) => value is { Length: 4 } && value.All(char.IsAsciiDigit);

    /// <summary>Returns the four digits.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    internal static string FormatMessage(string property, string value) =>
        value.Length <= 8
            ? Invariant($"{property} '{value}' must be exactly 4 digits (a STYRK-08 unit group).")
            : Invariant($"{property} must be exactly 4 digits (a STYRK-08 unit group); the value given has {value.Length} characters.");
}
