using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Examples;

/// <summary>The code path of examples/score-batch.cs on examples/data/programmes.csv, and the example review pair of compare-reviews.cs.</summary>
public sealed class ScoreBatchExampleTests
{
    private static string DataFile => Path.Combine(Path.GetDirectoryName(ExampleReviews.Directory)!, "data", "programmes.csv");

    [Fact]
    public void ProgrammesCsv_EveryRowReads_AndPassesTheValidator()
    {
        using var reader = new StreamReader(DataFile);

        var rows = FactsCsv.Read(reader);

        Assert.Equal(8, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.True(row.IsValid, string.Join("; ", row.Errors));
            Assert.True(Ips25Scale.Validator.Validate(row.Facts!).IsValid, row.Programme);
        });
    }

    [Fact]
    public void ProgrammesCsv_HeaderIsTheCanonicalColumnList()
    {
        var header = File.ReadLines(DataFile).First();

        Assert.Equal(string.Join(",", FactsCsv.Columns()), header);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public async Task ProgrammesCsv_ScoresAsPinned(string language)
    {
        var chosen = ExampleReviews.Language(language);
        using var reader = new StreamReader(DataFile);
        // The engine version carries the commit; the snapshot pins everything else (ScoresCsvTests pins the version column).
        var reports = FactsCsv.Read(reader).Select(row => Ips25Scale.Engine.Score(row.Facts!) with { EngineVersion = "ENGINE" });
        using var writer = new StringWriter();

        ScoresCsv.Write(writer, reports, chosen);

        await Snapshot.Verify(writer.ToString());
    }

    [Fact]
    public void ProgrammesCsv_CoversEveryLevel_AndOneIncompleteReview()
    {
        using var reader = new StreamReader(DataFile);
        var reports = FactsCsv.Read(reader).Select(row => Ips25Scale.Engine.Score(row.Facts!)).ToList();

        Assert.Equal(["exemplary", "fair", "notSupportedEmployment"], reports.Where(r => r.Level is not null).Select(r => r.Level!.Id).Distinct().Order());
        Assert.Single(reports, r => !r.IsComplete);
    }

    [Fact]
    public void FairPair_IsTheSameProgrammeAYearApart()
    {
        var before = ExampleReviews.Facts("fair-2025");
        var after = ExampleReviews.Facts("fair");

        Assert.Equal(before.ProgrammeLabel, after.ProgrammeLabel);
        Assert.Equal(after.ReviewDate.PlusDays(-364), before.ReviewDate);
        Assert.True(Ips25Scale.Validator.Validate(before).IsValid);
    }
}
