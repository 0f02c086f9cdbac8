namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>How <see cref="FactsCsv"/> reads a file: its dialect.</summary>
/// <remarks>Immutable. The dialect is chosen explicitly, never guessed: a file in the other dialect is refused with a hint naming this option.</remarks>
/// <example>
/// <code>
/// var rows = FactsCsv.Read(File.OpenText("fra-excel.csv"), options: new FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel });
/// </code>
/// </example>
public sealed record FactsCsvOptions
{
    /// <summary>The standard dialect (comma, decimal point).</summary>
    public static FactsCsvOptions Default { get; } = new();

    /// <summary>The dialect of the file; <see cref="CsvDialect.Standard"/> unless set.</summary>
    public CsvDialect Dialect { get; init; } = CsvDialect.Standard;
}
