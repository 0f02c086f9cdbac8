using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.TestSupport;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary>
/// The .NET engine's scores of every shipped example review, pinned in <c>bindings/expected/examples-scores.verified.txt</c>:
/// the Python (pytest) and R (testthat) bindings must give exactly these scores for the same batch.
/// </summary>
public sealed class BindingsExpectedScoresTests
{
    /// <summary>The batch the bindings score, in this order (file names in examples/reviews).</summary>
    private static readonly string[] Batch = ["exemplary", "fair", "fair-2025", "incomplete", "not-ips"];

    [Fact]
    public async Task ExampleScores_AreTheEnginesScores()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", "Ips25Scale.Engine.Score on examples/reviews (tests/Ips.Core.Fidelity.Tests, BindingsExpectedScoresTests)");
            writer.WriteStartArray("reviews");
            foreach (var name in Batch)
            {
                var report = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(ExampleReviews.Directory, name + ".json"))));
                writer.WriteStartObject();
                writer.WriteString("file", name + ".json");
                writer.WriteString("programme", report.ProgrammeLabel);
                writer.WriteBoolean("complete", report.IsComplete);
                writer.WriteNumber("total", report.Total.RatedSum);
                writer.WriteNumber("lowestPossible", report.Total.LowestPossible);
                writer.WriteNumber("highestPossible", report.Total.HighestPossible);
                if (report.Level is { } level)
                {
                    writer.WriteString("level", level.Id);
                }
                else
                {
                    writer.WriteNull("level");
                }

                writer.WriteStartObject("scores");
                foreach (var item in report.Items)
                {
                    var key = item.Item.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (item.Score is { } score)
                    {
                        writer.WriteNumber(key, score);
                    }
                    else
                    {
                        writer.WriteNull(key);
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await Snapshot.Verify(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").UseDirectory(ExpectedDirectory).UseFileName("examples-scores");
    }

    /// <summary>
    /// The same batch as <see cref="ScoresCsv"/> writes it (wide, English labels): the bindings' <c>score_batch</c> frame
    /// must equal this CSV read back, column for column (<c>engine_version</c> is written as <c>{engine_version}</c>).
    /// </summary>
    [Theory]
    [InlineData(ScoresCsvLayout.Wide, "examples-scores-wide")]
    [InlineData(ScoresCsvLayout.Long, "examples-scores-long")]
    public async Task ExampleScoresCsv_IsScoresCsvsAnalysisLayout(ScoresCsvLayout layout, string file)
    {
        var reports = Batch.Select(name => Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(ExampleReviews.Directory, name + ".json")))));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ScoresCsv.Write(writer, reports, Ips25Scale.English, layout);

        // The engine version carries the build's commit; the bindings compare every other column.
        await Snapshot.Verify(writer.ToString().Replace("," + FidelityEngine.Version + ",", ",{engine_version},", StringComparison.Ordinal)).UseDirectory(ExpectedDirectory).UseFileName(file);
    }

    /// <summary>ScoreBatchCsv (what the bindings call) gives exactly ScoresCsv's rows, with empty error columns.</summary>
    [Theory]
    [InlineData(ScoresCsvLayout.Wide, "wide")]
    [InlineData(ScoresCsvLayout.Long, "long")]
    public void ScoreBatchCsv_IsScoresCsvPlusEmptyErrorColumns(ScoresCsvLayout layout, string code)
    {
        var texts = Batch.Select(name => File.ReadAllText(Path.Combine(ExampleReviews.Directory, name + ".json"))).ToList();
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        ScoresCsv.Write(writer, texts.Select(t => Ips25Scale.Engine.Score(FidelityJson.ReadFacts(t))), Ips25Scale.English, layout);
        var expected = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var actual = FidelityInterop.ScoreBatchCsv("[" + string.Join(",", texts) + "]", "en", code).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected[0] + ",error_kind,error_path,error_codes,error_message", actual[0]);
        for (var i = 1; i < expected.Length; i++)
        {
            Assert.Equal(expected[i] + ",,,,", actual[i]);
        }
    }

    private static string ExpectedDirectory => Path.GetFullPath(Path.Combine(ExampleReviews.Directory, "..", "..", "bindings", "expected"));
}
