using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary><see cref="FidelityInterop.ScoreBatchCsv"/>: the analysis CSV of a batch, with a row (and its error) for every entry that could not be scored.</summary>
public sealed class ScoreBatchCsvTests
{
    [Fact]
    public void AnEntryThatCannotBeScored_IsOneRowWithItsError_InInputOrder()
    {
        var bad = ExampleReviews.Json("fair").Replace("\"fullTimeEquivalents\": 1.0", "\"fullTimeEquivalents\": NaN", StringComparison.Ordinal);
        var batch = "[" + ExampleReviews.Json("exemplary") + ",\n" + bad + ",\n[1]]";

        var rows = ReadRows(FidelityInterop.ScoreBatchCsv(batch, "en"));
        var header = rows[0];

        Assert.Equal(4, rows.Count);
        string[] columns = [.. ScoresCsv.Header(), "error_kind", "error_path", "error_codes", "error_message"];
        Assert.Equal(columns, header);
        Assert.Equal(string.Empty, rows[1][header.IndexOf("error_kind")]);
        Assert.NotEqual(string.Empty, rows[1][header.IndexOf("total")]);
        Assert.Equal("json", rows[2][header.IndexOf("error_kind")]);
        Assert.StartsWith("$[1]", rows[2][header.IndexOf("error_path")], StringComparison.Ordinal);
        Assert.Equal("ips-25", rows[2][header.IndexOf("scale_id")]);
        Assert.Equal(string.Empty, rows[2][header.IndexOf("i01_caseload_size")]);
        Assert.Equal("$[2]", rows[3][header.IndexOf("error_path")]);
    }

    [Fact]
    public void FactsThatBreakTheRules_ListTheirCodes()
    {
        var bad = ExampleReviews.Json("fair").Replace("\"fullTimeEquivalents\": 1.0", "\"fullTimeEquivalents\": -3", StringComparison.Ordinal);
        Assert.NotEqual(ExampleReviews.Json("fair"), bad);

        var rows = ReadRows(FidelityInterop.ScoreBatchCsv("[" + bad + "]", null, "long"));

        Assert.Equal(2, rows.Count);
        Assert.Equal("facts", rows[1][rows[0].IndexOf("error_kind")]);
        Assert.NotEqual(string.Empty, rows[1][rows[0].IndexOf("error_codes")]);
        Assert.Equal(string.Empty, rows[1][rows[0].IndexOf("item")]);
    }

    [Theory]
    [InlineData("[1", null, null)]
    [InlineData("{}", null, null)]
    [InlineData("[]", "xx", null)]
    [InlineData("[]", null, "diagonal")]
    public void ABatchOrArgumentThatIsWrongAsAWhole_IsAnErrorDocument(string batch, string? language, string? layout)
    {
        Assert.True(FidelityInterop.IsError(FidelityInterop.ScoreBatchCsv(batch, language, layout)));
    }

    [Fact]
    public void AnEmptyBatch_IsTheHeaderAlone()
    {
        var rows = ReadRows(FidelityInterop.ScoreBatchCsv("[]", null, " LONG "));

        Assert.Single(rows);
        string[] columns = [.. ScoresCsv.Header(null, ScoresCsvLayout.Long), "error_kind", "error_path", "error_codes", "error_message"];
        Assert.Equal(columns, rows[0]);
    }

    private static List<List<string>> ReadRows(string csv)
    {
        Assert.False(FidelityInterop.IsError(csv), csv);
        using var reader = new StringReader(csv);
        return [.. Ips.Core.Fidelity.Formats.Csv.Csv.Read(reader).Select(row => row.Fields)];
    }
}
