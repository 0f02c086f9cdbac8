namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>How a CSV file separates fields and writes numbers.</summary>
public enum CsvDialect
{
    /// <summary>RFC 4180: comma separator, decimal point, ISO dates (what R's <c>write.csv</c> and pandas' <c>to_csv</c> write).</summary>
    Standard = 0,

    /// <summary>
    /// What Excel writes in Norway ("CSV (semikolondelt)"): semicolon separator, decimal comma (<c>4,2</c>), dates also
    /// as <c>dd.MM.yyyy</c>, flags also as <c>SANN</c> / <c>USANN</c>.
    /// </summary>
    NorwegianExcel = 1,
}
