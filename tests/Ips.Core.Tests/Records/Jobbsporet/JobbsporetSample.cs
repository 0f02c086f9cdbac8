using Ips.Core.Records.Jobbsporet;
using Ips.TestSupport;

namespace Ips.Core.Tests.Records.Jobbsporet;

/// <summary>The constructed Jobbsporet export of <c>examples/data/jobbsporet</c> (every object and picklist value of the reference), copied to a fresh directory per test so a test can break a row.</summary>
internal static class JobbsporetSample
{
    /// <summary>Person identifiers in the sample (a made-up fødselsnummer, name and birth date): nothing the reader returns may contain them.</summary>
    internal static readonly string[] PersonSentinels = ["01019912345", "Kari Nordmann", "1999-01-01", "DPS Ålesund"];

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
        lines[line - 1] = string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        File.WriteAllLines(path, lines);
    }

    /// <summary>The 1-based line of the row whose Id is <paramref name="id"/>.</summary>
    internal static int LineOf(string directory, string file, string id) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(directory, file)), l => l.StartsWith("\"" + id + "\"", StringComparison.Ordinal)) + 1;

    internal static JobbsporetReadResult Read(JobbsporetReadOptions? options = null) => JobbsporetExport.TryRead(Copy(), options);
}
