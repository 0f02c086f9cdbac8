using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
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

        var expected = Path.GetFullPath(Path.Combine(ExampleReviews.Directory, "..", "..", "bindings", "expected"));
        await Snapshot.Verify(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n").UseDirectory(expected).UseFileName("examples-scores");
    }
}
