namespace Ips.Core.Outcomes;

/// <summary>A count out of a denominator, with the share as a fraction.</summary>
/// <param name="Count">How many of the denominator have the property (0 ≤ count ≤ denominator).</param>
/// <param name="Denominator">How many were counted.</param>
/// <remarks>
/// <see cref="Share"/> is <c>Count / Denominator</c> as a fraction in [0, 1] (0.4 is 40 %), and null when the
/// denominator is 0: an empty group has no share, never <see cref="double.NaN"/> and never 0. Immutable and thread-safe.
/// </remarks>
public sealed record CountShare(int Count, int Denominator)
{
    /// <summary>An empty share: 0 of 0, share null.</summary>
    public static CountShare Empty { get; } = new(0, 0);

    /// <summary>The share as a fraction in [0, 1], or null when <see cref="Denominator"/> is 0.</summary>
    public double? Share => Denominator == 0 ? null : (double)Count / Denominator;
}
