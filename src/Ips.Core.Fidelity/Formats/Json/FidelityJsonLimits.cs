using System.Globalization;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>
/// Bounds on a facts document, checked while it is read: a document over a bound is refused with a
/// <see cref="JsonReadErrorCodes.Limit"/> error at the path where the bound was crossed, before the rest is read.
/// </summary>
/// <remarks>
/// The defaults are far above any real review (IPS-25 has 25 items; a team has a handful of specialists) and keep a
/// hostile or broken document from costing more than a few megabytes and milliseconds. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = 256 * 1024 };
/// var read = FidelityJson.TryReadFacts(body, Ips25Scale.Definition, limits);   // Json.Limit for a larger body
/// </code>
/// </example>
public sealed record FidelityJsonLimits
{
    /// <summary>The defaults: 4 MiB, 1 000 items, 200 specialists per item, 500 facts per fact map, 1 000 elements per fact, depth 32.</summary>
    public static FidelityJsonLimits Default { get; } = new();

    /// <summary>The largest document, in UTF-8 bytes (default 4 MiB).</summary>
    public int MaxDocumentBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The most entries in <c>items</c> (default 1 000).</summary>
    public int MaxItems { get; init; } = 1_000;

    /// <summary>The most entries in one item's <c>specialists</c> (default 200).</summary>
    public int MaxSpecialistsPerItem { get; init; } = 200;

    /// <summary>The most facts in one fact map (<c>facts</c>; default 500).</summary>
    public int MaxFactsPerMap { get; init; } = 500;

    /// <summary>The most element ids in one fact's array (default 1 000).</summary>
    public int MaxElementsPerFact { get; init; } = 1_000;

    /// <summary>The deepest nesting of arrays and objects (default 32; a facts document needs 7).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Throws when a bound is not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is zero or negative; the message names it.</exception>
    /// <param name="parameter">The caller's parameter that holds the limits.</param>
    internal void Check(string parameter = "limits")
    {
        Positive(MaxDocumentBytes, nameof(MaxDocumentBytes), parameter);
        Positive(MaxItems, nameof(MaxItems), parameter);
        Positive(MaxSpecialistsPerItem, nameof(MaxSpecialistsPerItem), parameter);
        Positive(MaxFactsPerMap, nameof(MaxFactsPerMap), parameter);
        Positive(MaxElementsPerFact, nameof(MaxElementsPerFact), parameter);
        Positive(MaxDepth, nameof(MaxDepth), parameter);
    }

    private static void Positive(int value, string name, string parameter)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(parameter, value, "FidelityJsonLimits." + name + " must be positive; got " + value.ToString(CultureInfo.InvariantCulture) + ".");
        }
    }
}
