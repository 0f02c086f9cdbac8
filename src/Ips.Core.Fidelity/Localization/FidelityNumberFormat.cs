using System.Globalization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>Formats numbers for report texts, the same on every machine whatever the thread culture.</summary>
/// <remarks>
/// The formats are built here from a language's separators in the scale definition rather than taken from ICU culture
/// data, always with the ASCII hyphen-minus. At most two decimals are shown and trailing zeros are dropped (4.2, 20,
/// 64.5). Thread-safe.
/// </remarks>
internal static class FidelityNumberFormat
{
    /// <summary>
    /// The format for a language the definition does not declare (decimal point, comma between thousands): the same as
    /// a <c>LanguageDefinition</c> without separators. Reports use their definition's formats (<c>ScaleDefinition.FormatNumber</c>).
    /// </summary>
    public static NumberFormatInfo Fallback { get; } = Create(".", ",");

    /// <summary>Formats <paramref name="value"/> invariantly (decimal point, round-trippable); used in error messages.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The invariant text.</returns>
    public static string FormatInvariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static NumberFormatInfo Create(string decimalSeparator, string groupSeparator)
    {
        var format = new NumberFormatInfo
        {
            NumberDecimalSeparator = decimalSeparator,
            NumberGroupSeparator = groupSeparator,
            NumberGroupSizes = [3],
            NegativeSign = "-",
            PositiveSign = "+",
            NaNSymbol = "NaN",
            PositiveInfinitySymbol = "∞",
            NegativeInfinitySymbol = "-∞",
            PercentDecimalSeparator = decimalSeparator,
            PercentGroupSeparator = groupSeparator,
        };
        return NumberFormatInfo.ReadOnly(format);
    }
}
