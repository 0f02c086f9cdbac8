using System.Collections.Immutable;
using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Outcomes;

/// <summary>Age bands for splitting outcome figures by age at enrolment: named data, with NAV's statistics bands as the default.</summary>
/// <remarks>
/// <para>
/// Given by their lower bounds: <c>Create(20, 25, 30, 40, 50, 60)</c> is under 20, 20–24, 25–29, 30–39, 40–49,
/// 50–59 and 60 and over. Every age from 0 falls in exactly one band.
/// </para>
/// <para>
/// <see cref="Default"/> uses the age groups of NAV's published statistics on people with reduced work capacity and
/// job seekers (nav.no tables by <i>alder</i>: under 20, 20–24, 25–29, 30–39, 40–49, 50–59, 60 år og over). Its
/// boundary at 30 is the upper age of NAV's IPS Ung (<see cref="Participants.NavMeasure.IpsUng"/>) and of JobbResept1's
/// target group (patients under 30), so "under 30" is the sum of the first three bands. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class AgeBands
{
    /// <summary>The most lower bounds accepted.</summary>
    public const int MaxBounds = 20;

    private AgeBands(ImmutableArray<int> lowerBounds)
    {
        LowerBounds = lowerBounds;
        var bands = ImmutableArray.CreateBuilder<AgeBand>(lowerBounds.Length + 1);
        var from = 0;
        foreach (var bound in lowerBounds)
        {
            bands.Add(new AgeBand(from, bound - 1));
            from = bound;
        }

        bands.Add(new AgeBand(from, null));
        Bands = bands.MoveToImmutable();
    }

    /// <summary>NAV's statistics bands: under 20, 20–24, 25–29, 30–39, 40–49, 50–59, 60 and over.</summary>
    public static AgeBands Default { get; } = new([20, 25, 30, 40, 50, 60]);

    /// <summary>The lower bounds of every band after the first, increasing.</summary>
    public ImmutableArray<int> LowerBounds { get; }

    /// <summary>The bands, youngest first; the first starts at 0 and the last is open.</summary>
    public ImmutableArray<AgeBand> Bands { get; }

    /// <summary>Creates bands from their lower bounds.</summary>
    /// <param name="lowerBounds">1 to <see cref="MaxBounds"/> strictly increasing ages from 1 to 120: the first age of every band after the first.</param>
    /// <returns>The bands.</returns>
    /// <exception cref="DomainException">The bounds break the rule (<see cref="ErrorCodes.Outcomes.AgeBandsInvalid"/>).</exception>
    public static AgeBands Create(params int[] lowerBounds) => TryCreate(lowerBounds).GetValueOrThrow();

    /// <summary>Creates bands from their lower bounds without throwing.</summary>
    /// <param name="lowerBounds">1 to <see cref="MaxBounds"/> strictly increasing ages from 1 to 120.</param>
    /// <returns>The bands or the broken rule.</returns>
    public static DomainResult<AgeBands> TryCreate(params int[] lowerBounds)
    {
        var ok = lowerBounds is { Length: > 0 and <= MaxBounds };
        for (var i = 0; ok && i < lowerBounds!.Length; i++)
        {
            ok = lowerBounds[i] is >= 1 and <= Participants.AgeAtEnrolment.MaxYears && (i == 0 || lowerBounds[i] > lowerBounds[i - 1]);
        }

        return ok
            ? new DomainResult<AgeBands>(new AgeBands([.. lowerBounds!]))
            : new DomainResult<AgeBands>(new DomainError(ErrorCodes.Outcomes.AgeBandsInvalid, nameof(LowerBounds), Invariant($"LowerBounds must be 1 to {MaxBounds} strictly increasing ages from 1 to {Participants.AgeAtEnrolment.MaxYears}.")));
    }

    /// <summary>The band an age falls in.</summary>
    /// <param name="years">The age in whole years, at least 0.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative.</exception>
    public AgeBand BandOf(int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var i = 0;
        while (i < LowerBounds.Length && years >= LowerBounds[i])
        {
            i++;
        }

        return Bands[i];
    }

    /// <summary>Returns the band codes, e.g. <c>AgeBands(0-19, 20-24, …, 60+)</c>.</summary>
    /// <returns>The codes.</returns>
    public override string ToString() => "AgeBands(" + string.Join(", ", Bands.Select(b => b.Code)) + ")";
}
