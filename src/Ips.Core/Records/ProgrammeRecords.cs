using System.Collections.Immutable;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records;

/// <summary>Programme records as CSV files, one per record type (the format of <c>docs/records-csv.md</c>): write them, and read them back into programmes.</summary>
/// <remarks>
/// <para>
/// Records round-trip: <see cref="Write"/> then <see cref="Read"/> gives programmes equal to those written. Reading
/// streams every file row by row through a bounded buffer (<see cref="RecordReadOptions"/>), parses fields from UTF-8
/// bytes, interns identifiers, and builds every record through the domain's factories and
/// <see cref="IpsProgramme.Builder"/>, so every domain rule is checked. Files are read in parallel and programmes
/// built in parallel; the result is the same on any machine, culture or thread count.
/// </para>
/// <para>
/// Every bad row is reported (<see cref="RecordError"/>: file, line, column, stable code) and never silently dropped;
/// no error message contains a value from the files. Records from real programmes are special-category health data.
/// Thread-safe: nothing is kept between calls.
/// </para>
/// </remarks>
public static class ProgrammeRecords
{
    /// <summary>Every record file with its header columns, in the order written (and documented).</summary>
    public static ImmutableArray<(string File, ImmutableArray<string> Columns)> Files => RecordSchema.Files;

    /// <summary>Writes the programmes' records into <paramref name="directory"/>, creating it if needed and overwriting the files.</summary>
    /// <param name="programmes">The programmes, written in this order.</param>
    /// <param name="directory">The target directory.</param>
    /// <returns>The full paths of the files written, in <see cref="Files"/> order.</returns>
    /// <example>
    /// <code>
    /// ProgrammeRecords.Write(programmes, "/secure/export");   // 18 files: programmes.csv, specialists.csv, …
    /// </code>
    /// </example>
    public static ImmutableArray<string> Write(IEnumerable<IpsProgramme> programmes, string directory) => RecordExporter.Export(programmes, directory);

    /// <summary>Reads the programmes from the record files in <paramref name="directory"/>, throwing when anything is wrong.</summary>
    /// <param name="directory">The directory holding the 18 record files.</param>
    /// <param name="options">The mode and bounds; <see cref="RecordReadOptions.Default"/> (strict) when null.</param>
    /// <returns>The programmes, in <c>programmes.csv</c> order.</returns>
    /// <exception cref="DomainException">Any error (in either mode); each carries its code and location.</exception>
    /// <exception cref="ArgumentException">The directory is blank or an option is out of range.</exception>
    public static ImmutableArray<IpsProgramme> Read(string directory, RecordReadOptions? options = null) =>
        TryRead(directory, options).GetProgrammesOrThrow();

    /// <summary>Reads the programmes from the record files in <paramref name="directory"/> without throwing for anything in the files.</summary>
    /// <param name="directory">The directory holding the 18 record files.</param>
    /// <param name="options">The mode and bounds; <see cref="RecordReadOptions.Default"/> (strict) when null.</param>
    /// <returns>The programmes and every error; see <see cref="RecordReadResult"/> for strict and lenient.</returns>
    /// <exception cref="ArgumentException">The directory is blank or an option is out of range.</exception>
    /// <example>
    /// <code>
    /// var result = ProgrammeRecords.TryRead("/secure/export", RecordReadOptions.Lenient);
    /// foreach (var error in result.Errors) { Console.WriteLine(error); }   // jobs.csv:12:7 (start_date) IPS-REC-013: …
    /// var programmes = result.Programmes;
    /// </code>
    /// </example>
    public static RecordReadResult TryRead(string directory, RecordReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= RecordReadOptions.Default;
        options.Check();
        return new RecordReader(directory, options).Read();
    }
}
