using System.Collections.Immutable;
using Ips.Core.Validation;

namespace Ips.Core.Participants;

/// <summary>The NAV measure (tiltak) a participant receives IPS under: <see cref="Ips"/> or <see cref="IpsUng"/>, with NAV's measure code.</summary>
/// <remarks>
/// Only NAV's two IPS measures exist: <c>INDJOBSTOT</c> "Individuell jobbstøtte (IPS)" and <c>IPSUNG</c>
/// "Individuell karrierestøtte (IPS Ung)" (NAV's measure names and codes, as in its register of labour-market
/// measures). Equality is by code; every value is one of the two instances. Immutable and thread-safe.
/// </remarks>
public sealed class NavMeasure : IEquatable<NavMeasure>
{
    private NavMeasure(string code, string norwegianName, string englishName)
    {
        Code = code;
        NorwegianName = norwegianName;
        EnglishName = englishName;
    }

    /// <summary>Individuell jobbstøtte (IPS), code <c>INDJOBSTOT</c>.</summary>
    public static NavMeasure Ips { get; } = new("INDJOBSTOT", "Individuell jobbstøtte (IPS)", "Individual Placement and Support (IPS)");

    /// <summary>Individuell karrierestøtte (IPS Ung), code <c>IPSUNG</c>: IPS for young people.</summary>
    public static NavMeasure IpsUng { get; } = new("IPSUNG", "Individuell karrierestøtte (IPS Ung)", "Individual career support for young people (IPS Ung)");

    /// <summary>Both measures, <see cref="Ips"/> first.</summary>
    public static ImmutableArray<NavMeasure> All { get; } = [Ips, IpsUng];

    /// <summary>NAV's measure code, e.g. <c>INDJOBSTOT</c>.</summary>
    public string Code { get; }

    /// <summary>NAV's Norwegian name of the measure.</summary>
    public string NorwegianName { get; }

    /// <summary>An English name of the measure.</summary>
    public string EnglishName { get; }

    /// <summary>The measure with a code.</summary>
    /// <param name="code"><c>INDJOBSTOT</c> or <c>IPSUNG</c> (exact, upper case).</param>
    /// <returns>The measure.</returns>
    /// <exception cref="DomainException">The code is missing or not one of the two (<see cref="ErrorCodes.Participant.UnknownNavMeasure"/>).</exception>
    public static NavMeasure FromCode(string? code) => TryFromCode(code).GetValueOrThrow();

    /// <summary>The measure with a code, without throwing.</summary>
    /// <param name="code"><c>INDJOBSTOT</c> or <c>IPSUNG</c> (exact, upper case).</param>
    /// <returns>The measure, or an error that does not contain the value.</returns>
    public static DomainResult<NavMeasure> TryFromCode(string? code)
    {
        foreach (var measure in All)
        {
            if (string.Equals(measure.Code, code, StringComparison.Ordinal))
            {
                return new DomainResult<NavMeasure>(measure);
            }
        }

        return new DomainResult<NavMeasure>(new DomainError(ErrorCodes.Participant.UnknownNavMeasure, nameof(NavMeasure), UnknownMessage(nameof(NavMeasure))));
    }

    /// <inheritdoc/>
    public bool Equals(NavMeasure? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NavMeasure);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code, e.g. <c>IPSUNG</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    internal static string UnknownMessage(string property) =>
        $"{property} must be a NAV IPS measure code: INDJOBSTOT (Individuell jobbstøtte) or IPSUNG (Individuell karrierestøtte, IPS Ung); the value given is not shown.";
}
