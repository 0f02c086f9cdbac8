using System.Diagnostics;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Csv;

/// <summary>The scores CSV for analysis: stamps on every row, wide and long layouts, totals only when complete, and what R and pandas make of our files.</summary>
public sealed class ScoresCsvTests
{
    private static string DataFile => Path.Combine(Path.GetDirectoryName(ExampleReviews.Directory)!, "data", "programmes.csv");

    private static List<FidelityReport> Reports() => [.. FactsCsv.Read(File.ReadAllText(DataFile)).Select(row => Ips25Scale.Engine.Score(row.Facts!))];

    private static List<string[]> Write(IEnumerable<FidelityReport> reports, ScoresCsvLayout layout, string language = "en")
    {
        using var writer = new StringWriter();
        ScoresCsv.Write(writer, reports, ExampleReviews.Language(language), layout);
        return [.. Ips.Core.Fidelity.Formats.Csv.Csv.Read(new StringReader(writer.ToString())).Select(record => record.Fields.ToArray())];
    }

    [Theory]
    [InlineData(ScoresCsvLayout.Wide)]
    [InlineData(ScoresCsvLayout.Long)]
    public void Header_IsTheSameInEveryLanguage(ScoresCsvLayout layout) =>
        Assert.Equal(Write(Reports(), layout, "nb")[0], Write(Reports(), layout, "en")[0]);

    [Theory]
    [InlineData(ScoresCsvLayout.Wide)]
    [InlineData(ScoresCsvLayout.Long)]
    public void EveryRow_CarriesScaleEditionRevisionAndEngineVersion(ScoresCsvLayout layout)
    {
        var rows = Write(Reports(), layout);

        Assert.Equal(["scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date", "period_start", "period_end"], rows[0][..8]);
        Assert.All(rows.Skip(1), row => Assert.Equal([Ips25Scale.Definition.ScaleId, Ips25Scale.Definition.Edition, Ips25Scale.Definition.Revision, FidelityEngine.Version], row[..4]));
    }

    [Fact]
    public void Wide_HasOneRowPerReview_TotalOnlyWhenComplete_MinAndMaxAlways()
    {
        var reports = Reports();
        var rows = Write(reports, ScoresCsvLayout.Wide);
        var header = rows[0].ToList();

        Assert.Equal(reports.Count + 1, rows.Count);
        Assert.Contains("i01_caseload_size", header);
        Assert.Contains("section_staffing", header);
        for (var i = 0; i < reports.Count; i++)
        {
            var row = rows[i + 1];
            var report = reports[i];
            Assert.Equal(report.IsComplete ? report.Total.RatedSum.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, row[header.IndexOf("total")]);
            Assert.Equal(report.Total.LowestPossible.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.IndexOf("total_min")]);
            Assert.Equal(report.Total.HighestPossible.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.IndexOf("total_max")]);
            Assert.Equal(report.Level?.Id ?? string.Empty, row[header.IndexOf("level")]);
        }

        Assert.Contains(reports, r => !r.IsComplete);
    }

    [Fact]
    public void Long_HasOneRowPerReviewAndItem_WithStatusScoreAndRange()
    {
        var reports = Reports();
        var rows = Write(reports, ScoresCsvLayout.Long);
        var header = rows[0].ToList();

        Assert.Equal((reports.Count * 25) + 1, rows.Count);
        var incomplete = reports.FindIndex(r => !r.IsComplete);
        var open = reports[incomplete].Items.First(i => i.Status == ItemStatus.NotRated);
        var row = rows[1 + (incomplete * 25) + (open.Item - 1)];
        Assert.Equal(open.Item.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.IndexOf("item")]);
        Assert.Equal("notRated", row[header.IndexOf("status")]);
        Assert.Equal(string.Empty, row[header.IndexOf("score")]);
        Assert.Equal(open.PossibleScores!.Min.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.IndexOf("score_min")]);
        Assert.Equal(string.Empty, row[header.IndexOf("total")]);
        var rated = rows[1 + 0];
        Assert.Equal("rated", rated[header.IndexOf("status")]);
        Assert.Equal(rated[header.IndexOf("score")], rated[header.IndexOf("score_min")]);
        Assert.Equal("i01_caseload_size", rated[header.IndexOf("item_code")]);
    }

    [Fact]
    public void LevelLabel_IsInTheChosenLanguage_TheLevelIdIsNot()
    {
        var complete = Reports().First(r => r.IsComplete);
        var nb = Write([complete], ScoresCsvLayout.Wide, "nb")[1];
        var en = Write([complete], ScoresCsvLayout.Wide, "en")[1];

        var header = ScoresCsv.Header().ToList();
        Assert.Equal(nb[header.IndexOf("level")], en[header.IndexOf("level")]);
        Assert.Equal(complete.Level!.Name.Get(Ips25Scale.Norwegian), nb[header.IndexOf("level_label")]);
        Assert.Equal(complete.Level!.Name.Get(Ips25Scale.English), en[header.IndexOf("level_label")]);
    }

    /// <summary>Item 2 as a fraction twice (two specialists), item 24 as a fraction, and 41 employer contacts a week.</summary>
    private static FidelityReport ReportWithWarnings() => Ips25Scale.Engine.Score(Review.Raw(
        ItemFacts.ForSpecialists(2,
            new SpecialistFacts { Label = "A", Facts = [Review.NumberFact("employmentServicesTimePercent", 0.92)] },
            new SpecialistFacts { Label = "B", Facts = [Review.NumberFact("employmentServicesTimePercent", 0.9)] }),
        ItemFacts.ForProgramme(17, Review.NumberFact("inPersonEmployerContactsPerWeek", 41), Review.L("contactLogReview", "weekly"), Review.C("jobSeekers", 9)),
        ItemFacts.ForProgramme(24, Review.NumberFact("communityHoursPercent", 0.7))));

    [Fact]
    public void Wide_WarningsColumn_ListsEachItemAndCodeOnce_InItemOrder_AndIsLast()
    {
        var report = ReportWithWarnings();
        var rows = Write([report], ScoresCsvLayout.Wide);

        Assert.Equal("warnings", rows[0][^1]);
        Assert.Equal("2:Warning.PercentLooksLikeFraction;17:Warning.EmployerContactsAboveFortyAWeek;24:Warning.PercentLooksLikeFraction", rows[1][^1]);
        Assert.Equal(4, report.Warnings.Length);
        Assert.Equal(report.Item(2).Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[1][rows[0].ToList().IndexOf("i02_employment_services_staff")]);
    }

    [Fact]
    public void Long_WarningsColumn_HoldsTheItemsOwnCodes_EmptyForItemsWithout()
    {
        var rows = Write([ReportWithWarnings()], ScoresCsvLayout.Long);
        var header = rows[0].ToList();
        var column = header.IndexOf("warnings");

        Assert.Equal(header.Count - 1, column);
        Assert.Equal("Warning.PercentLooksLikeFraction", rows[2][column]);
        Assert.Equal("Warning.EmployerContactsAboveFortyAWeek", rows[17][column]);
        Assert.Equal(string.Empty, rows[1][column]);
        Assert.Equal(3, rows.Skip(1).Count(row => row[column].Length > 0));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void WarningsColumn_IsAsciiCodes_TheSameInEveryLanguage(string language)
    {
        var wide = Write([ReportWithWarnings()], ScoresCsvLayout.Wide, language)[1][^1];

        Assert.Equal(Write([ReportWithWarnings()], ScoresCsvLayout.Wide, "en")[1][^1], wide);
        Assert.All(wide, c => Assert.True(char.IsAscii(c), wide));
    }

    [Fact]
    public void WarningsColumn_IsEmpty_ExactlyForReviewsWithoutWarnings()
    {
        var reports = Reports().Append(ReportWithWarnings()).ToList();
        var rows = Write(reports, ScoresCsvLayout.Wide);

        Assert.Equal(reports.Select(r => r.Warnings.IsEmpty), rows.Skip(1).Select(row => row[^1].Length == 0));
    }

    [Fact]
    public void UndefinedLayout_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoresCsv.Write(TextWriter.Null, Reports(), Ips25Scale.English, (ScoresCsvLayout)7));

    // --- R and pandas: what they read and write back, our reader accepts as the same facts.

    [Fact]
    public void FactsCsv_AfterRReadCsvAndWriteCsv_ReadsAsTheSameFacts()
    {
        var script = "d <- read.csv(commandArgs(TRUE)[1], stringsAsFactors = FALSE); stopifnot(identical(names(d), make.names(names(d)))); write.csv(d, commandArgs(TRUE)[2], row.names = FALSE)";
        RoundTrip("Rscript", ["-e", script], "R");
    }

    [Fact]
    public void FactsCsv_AfterPandasReadCsvAndToCsv_ReadsAsTheSameFacts()
    {
        var script = "import sys, pandas as pd; d = pd.read_csv(sys.argv[1]); d.to_csv(sys.argv[2], index=False)";
        RoundTrip(Pandas() ?? "python3", ["-c", script], "pandas", available: Pandas() is not null);
    }

    [Fact]
    public void ScoresCsv_ReadByRAndPandas_KeepsEveryColumnName()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-scores-" + Guid.NewGuid().ToString("N") + ".csv");
        using (var writer = new StreamWriter(path))
        {
            ScoresCsv.Write(writer, Reports(), Ips25Scale.English);
        }

        try
        {
            var header = File.ReadLines(path).First();
            if (Tool("Rscript") is not null)
            {
                var names = Run("Rscript", ["-e", "cat(names(read.csv(commandArgs(TRUE)[1])), sep=',')", path]);
                Assert.Equal(header, names.Trim());
            }

            if (Pandas() is { } python)
            {
                var names = Run(python, ["-c", "import sys, pandas as pd; print(','.join(pd.read_csv(sys.argv[1]).columns))", path]);
                Assert.Equal(header, names.Trim());
            }

            Assert.SkipWhen(Tool("Rscript") is null && Pandas() is null, "neither Rscript nor python3 with pandas is installed");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void RoundTrip(string program, string[] arguments, string what, bool? available = null)
    {
        Assert.SkipUnless(available ?? Tool(program) is not null, program + " is not installed (" + what + " round trip)");
        var output = Path.Combine(Path.GetTempPath(), "ips-facts-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            Run(program, [.. arguments, DataFile, output]);
            var original = FactsCsv.Read(File.ReadAllText(DataFile));
            var again = FactsCsv.Read(File.ReadAllText(output));

            Assert.Equal(original.Length, again.Length);
            for (var i = 0; i < original.Length; i++)
            {
                Assert.True(again[i].IsValid, string.Join("; ", again[i].Errors));
                Assert.Equal(Ips.Core.Fidelity.Formats.Json.FidelityJson.WriteFacts(original[i].Facts!), Ips.Core.Fidelity.Formats.Json.FidelityJson.WriteFacts(again[i].Facts!));
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>A Python 3 with pandas: the Debian one first (a pyenv shim may not have it).</summary>
    private static string? Pandas()
    {
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                Run(python, ["-c", "import pandas"]);
                return python;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
            }
        }

        return null;
    }

    private static string? Tool(string program)
    {
        try
        {
            Run(program, ["--version"]);
            return program;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(program + " failed (" + process.ExitCode + "): " + error);
        }

        return output.Result;
    }
}
