using System.Globalization;
using System.Text.RegularExpressions;
using Ips.Core.Records;
using Ips.TestSupport;

namespace Ips.Core.Synthetic.Tests;

public sealed partial class CsvExporterTests
{
    [Fact]
    public void SameSeed_GivesIdenticalBytes()
    {
        var a = ProgrammeRecords.Write(SyntheticProgrammeGenerator.Generate(TestData.Small), TestData.NewTempDirectory());
        var b = ProgrammeRecords.Write(SyntheticProgrammeGenerator.Generate(TestData.Small), TestData.NewTempDirectory());

        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(File.ReadAllBytes(a[i]), File.ReadAllBytes(b[i]));
        }
    }

    [Fact]
    public void DifferentSeed_GivesDifferentData()
    {
        var a = ProgrammeRecords.Write(SyntheticProgrammeGenerator.Generate(TestData.Small), TestData.NewTempDirectory());
        var b = ProgrammeRecords.Write(SyntheticProgrammeGenerator.Generate(TestData.Small with { Seed = 43 }), TestData.NewTempDirectory());

        var participants = Array.FindIndex(a.ToArray(), p => p.EndsWith("participants.csv", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllBytes(a[participants]), File.ReadAllBytes(b[participants]));
    }

    [Fact]
    public void Headers_MatchTheSchema_AndRowsHaveAsManyFields()
    {
        var paths = ProgrammeRecords.Write(TestData.SmallSet, TestData.NewTempDirectory());

        Assert.Equal(ProgrammeRecords.Files.Length, paths.Length);
        for (var i = 0; i < paths.Length; i++)
        {
            var (file, columns) = ProgrammeRecords.Files[i];
            Assert.Equal(file, Path.GetFileName(paths[i]));
            var lines = File.ReadAllLines(paths[i]);
            Assert.Equal(string.Join(',', columns), lines[0]);
            Assert.All(lines.Skip(1), line => Assert.Equal(columns.Length, CsvLine.Split(line).Length));
        }
    }

    [Fact]
    public void Schema_MatchesTheDocumentation()
    {
        var doc = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "records-csv.md"));
        var documented = new List<(string File, List<string> Columns)>();
        foreach (var line in doc)
        {
            var heading = HeadingPattern().Match(line);
            if (heading.Success)
            {
                documented.Add((heading.Groups[1].Value, []));
                continue;
            }

            var row = RowPattern().Match(line);
            if (row.Success && documented.Count > 0)
            {
                documented[^1].Columns.Add(row.Groups[1].Value);
            }
        }

        Assert.Equal(ProgrammeRecords.Files.Select(f => f.File), documented.Select(d => d.File));
        for (var i = 0; i < documented.Count; i++)
        {
            Assert.Equal(ProgrammeRecords.Files[i].Columns, documented[i].Columns);
        }
    }

    [Fact]
    public void Output_IsCultureInvariant_UnderNorwegianCulture()
    {
        Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        var dir = TestData.NewTempDirectory();
        ProgrammeRecords.Write(TestData.SmallSet, dir);

        var specialists = File.ReadAllLines(Path.Combine(dir, "specialists.csv")).Skip(1).Select(CsvLine.Split).ToList();
        Assert.All(specialists, f => Assert.Matches(DecimalPattern(), f[2]));
        Assert.Contains(specialists, f => f[2].Contains('.', StringComparison.Ordinal) || f[4].Contains('.', StringComparison.Ordinal));

        var jobs = File.ReadAllLines(Path.Combine(dir, "jobs.csv")).Skip(1).Select(CsvLine.Split).ToList();
        Assert.All(jobs, f => Assert.Matches(DatePattern(), f[6]));
        Assert.All(jobs, f => Assert.Matches(OptionalDecimalPattern(), f[9]));
        Assert.All(jobs, f => Assert.Matches(OptionalDecimalPattern(), f[10]));
        Assert.All(jobs, f => Assert.Matches("^(true|false)$", f[11]));
        Assert.Contains(jobs, f => f[9] == "18.75");
        Assert.Contains(jobs, f => f[10] == "50" && f[8] == "HoursPerWeek");
    }

    [Fact]
    public void Output_IsUtf8WithoutBom_WithLfLineEnds_AndQuotesNamesWithCommas()
    {
        var dir = TestData.NewTempDirectory();
        ProgrammeRecords.Write(TestData.MediumSet, dir);

        var bytes = File.ReadAllBytes(Path.Combine(dir, "employers.csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains(", avd. ", text, StringComparison.Ordinal);
        Assert.Matches("\"[^\"]+, avd\\. [^\"]+\"", text);
        Assert.Contains("Næringsmiddelindustri", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WritesEveryFile_EvenWithoutRows()
    {
        var dir = TestData.NewTempDirectory();
        var paths = ProgrammeRecords.Write([], dir);

        Assert.All(paths, p => Assert.Single(File.ReadAllLines(p)));
    }

    [Fact]
    public void RowCounts_MatchTheRecords()
    {
        var dir = TestData.NewTempDirectory();
        var programmes = TestData.SmallSet;
        ProgrammeRecords.Write(programmes, dir);

        int Rows(string file) => File.ReadAllLines(Path.Combine(dir, file)).Length - 1;
        Assert.Equal(programmes.Sum(p => p.Participants.Length), Rows("participants.csv"));
        Assert.Equal(programmes.Sum(p => p.EmployerContacts.Length), Rows("employer_contacts.csv"));
        Assert.Equal(programmes.Sum(p => p.EmployerContacts.Sum(c => c.Participants.Length)), Rows("employer_contact_participants.csv"));
        Assert.Equal(programmes.Sum(p => p.Jobs.Length), Rows("jobs.csv"));
        Assert.Equal(programmes.Sum(p => p.FollowAlongContacts.Length), Rows("follow_along_contacts.csv"));
        Assert.Equal(programmes.Sum(p => p.Caseloads.Sum(c => c.Count)), Rows("caseload_assignments.csv"));
        Assert.Equal(programmes.Sum(p => p.Specialists.Sum(s => s.Teams.Length)), Rows("specialist_teams.csv"));
    }

    [GeneratedRegex(@"^### `([a-z_]+\.csv)`$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\| `([a-z_]+)` \|")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^(\d+(\.\d+)?)?$")]
    private static partial Regex OptionalDecimalPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();
}
