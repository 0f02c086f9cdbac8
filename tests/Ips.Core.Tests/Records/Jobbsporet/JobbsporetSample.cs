using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.TestSupport;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>The constructed Jobbsporet export of <c>examples/data/jobbsporet</c> (every object and picklist value of the reference), copied to a fresh directory per test so a test can break a row.</summary>
internal static class JobbsporetSample
{
    /// <summary>Person identifiers in the sample (a made-up fødselsnummer, name and birth date): nothing the reader returns may contain them.</summary>
    internal static readonly string[] PersonSentinels = ["01019912345", "Kari Nordmann", "1999-01-01", "DPS Ålesund"];

    private static readonly Lock NoGcGate = new();

    internal static string Source { get; } = RepositoryPaths.Combine("examples", "data", "jobbsporet");

    /// <summary>The 18-character Salesforce id the sample uses for object prefix <paramref name="prefix"/> and number <paramref name="n"/>.</summary>
    internal static string Id(string prefix, int n) => prefix + "Q" + n.ToString("D11", System.Globalization.CultureInfo.InvariantCulture) + "AAA";

    internal static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), "ips-jobbsporet-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Source, "*.csv"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    /// <summary>Replaces the field named <paramref name="field"/> on 1-based physical <paramref name="line"/> of <paramref name="file"/> (the sample has no line breaks inside fields).</summary>
    internal static void SetField(string directory, string file, int line, string field, string value)
    {
        var path = Path.Combine(directory, file);
        var lines = File.ReadAllLines(path);
        var header = CsvLine.Split(lines[0]);
        var column = Array.IndexOf(header, field);
        Assert.True(column >= 0, field + " is not a field of " + file);
        var fields = CsvLine.Split(lines[line - 1]);
        fields[column] = value;
        lines[line - 1] = Quote(fields);
        File.WriteAllLines(path, lines);
    }

    /// <summary>The 1-based line of the row whose Id is <paramref name="id"/>.</summary>
    internal static int LineOf(string directory, string file, string id) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(directory, file)), l => l.StartsWith("\"" + id + "\"", StringComparison.Ordinal)) + 1;

    internal static JobbsporetReadResult Read(JobbsporetReadOptions? options = null) => JobbsporetExport.TryRead(Copy(), options);

    internal static JobbsporetReadResult ReadLenient(string directory) =>
        JobbsporetExport.TryRead(directory, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });

    /// <summary>The 1-based column of <paramref name="field"/> in the header of <paramref name="file"/>, as errors number it.</summary>
    internal static int ColumnOf(string directory, string file, string field)
    {
        var column = Array.IndexOf(CsvLine.Split(File.ReadLines(Path.Combine(directory, file)).First()), field);
        Assert.True(column >= 0, field + " is not a field of " + file);
        return column + 1;
    }

    /// <summary>The fields of 1-based physical <paramref name="line"/> of <paramref name="file"/>.</summary>
    internal static string[] Fields(string directory, string file, int line) => CsvLine.Split(File.ReadAllLines(Path.Combine(directory, file))[line - 1]);

    /// <summary>Appends a row of quoted fields, as Salesforce writes them; returns its 1-based line.</summary>
    internal static int AppendRow(string directory, string file, params string[] fields)
    {
        var path = Path.Combine(directory, file);
        File.AppendAllText(path, Quote(fields) + "\n");
        return File.ReadAllLines(path).Length;
    }

    /// <summary>Appends a copy of 1-based <paramref name="line"/> with <paramref name="field"/> set to <paramref name="value"/>; returns the new row's line.</summary>
    internal static int AppendCopy(string directory, string file, int line, string field, string value)
    {
        var fields = Fields(directory, file, line);
        fields[ColumnOf(directory, file, field) - 1] = value;
        return AppendRow(directory, file, fields);
    }

    /// <summary>Removes the field named <paramref name="field"/> from the header and every row of <paramref name="file"/>.</summary>
    internal static void DropField(string directory, string file, string field)
    {
        var path = Path.Combine(directory, file);
        var column = ColumnOf(directory, file, field) - 1;
        File.WriteAllLines(path, File.ReadAllLines(path).Select(l => Quote(CsvLine.Split(l).Where((_, i) => i != column))));
    }

    /// <summary>Moves the field named <paramref name="field"/> to the first column of the header and of every row of <paramref name="file"/> (a Salesforce export may list fields in any order).</summary>
    internal static void MoveFieldFirst(string directory, string file, string field)
    {
        var path = Path.Combine(directory, file);
        var column = ColumnOf(directory, file, field) - 1;
        File.WriteAllLines(path, File.ReadAllLines(path).Select(l => CsvLine.Split(l)).Select(f => Quote([f[column], .. f.Where((_, i) => i != column)])));
    }

    /// <summary>Reads <paramref name="directory"/> and asserts that no file of it is still open (an exclusive open succeeds).</summary>
    /// <remarks>A finalizer would close a file the read left open and hide the leak: small line buffers and a no-GC region keep the collector out of the read and the check.</remarks>
    internal static JobbsporetReadResult ReadAndAssertReleased(string directory, JobbsporetReadOptions options)
    {
        var files = Directory.GetFiles(directory, "*.csv");

        // One no-GC region per process at a time: the tests using it take turns.
        lock (NoGcGate)
        {
            var noGc = GC.TryStartNoGCRegion(32_000_000);
            try
            {
                var read = JobbsporetExport.TryRead(directory, options with { Records = options.Records with { MaxLineLength = 1024 } });
                foreach (var file in files)
                {
                    using var exclusive = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                }

                return read;
            }
            finally
            {
                if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
                {
                    try
                    {
                        GC.EndNoGCRegion();
                    }
                    catch (InvalidOperationException)
                    {
                        // Other tests' allocations ended the region early; the check then ran with the collector free.
                    }
                }
            }
        }
    }

    internal static string Quote(IEnumerable<string> fields) => string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
