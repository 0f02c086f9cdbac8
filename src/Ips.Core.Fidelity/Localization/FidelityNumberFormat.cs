using System.Globalization;

namespace Ips.Core.Fidelity.Localization;

/// <summary>Formats numbers for report texts, the same on every machine whatever the thread culture.</summary>
/// <remarks>
/// The formats are built here rather than taken from ICU culture data: Norwegian uses a decimal comma and a
/// no-break space between thousands, English a decimal point and a comma; both use the ASCII hyphen-minus.
/// At most two decimals are shown and trailing zeros are dropped (4.2, 20, 64.5). Thread-safe.
/// </remarks>
internal static class FidelityNumberFormat
{
    private static readonly NumberFormatInfo NorwegianFormat = Create(",", "\u00A0");
    private static readonly NumberFormatInfo EnglishFormat = Create(".", ",");

    /// <summary>The built-in number format for <paramref name="language"/> (read-only): Norwegian, or English for any other language.</summary>
    /// <param name="language">The report language.</param>
    /// <returns>A read-only <see cref="NumberFormatInfo"/>.</returns>
    /// <remarks>Reports use the format their scale definition declares (<c>ScaleDefinition.FormatNumber</c>).</remarks>
    public static NumberFormatInfo For(ReportLanguage language) =>
        language == ReportLanguage.Norwegian ? NorwegianFormat : EnglishFormat;


    /// <summary>Formats <paramref name="value"/> for <paramref name="language"/>, with up to two decimals.</summary>
    /// <param name="value">The number; NaN and infinities are written as <c>NaN</c>, <c>∞</c> and <c>-∞</c>.</param>
    /// <param name="language">The report language.</param>
    /// <returns>The formatted number.</returns>
    public static string Format(double value, ReportLanguage language) =>
        value.ToString("#,0.##", For(language));

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
