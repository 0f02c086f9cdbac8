using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>The non-throwing readers beside the throwing ones: the value, or one coded error with its JSON path.</summary>
public sealed class TryReadTests
{
    [Theory]
    [MemberData(nameof(Examples))]
    public void TryReadFacts_AValidDocument_GivesWhatTheThrowingReaderGives(string name)
    {
        var read = FidelityJson.TryReadFacts(ExampleReviews.Json(name));

        Assert.True(read.Success);
        Assert.Null(read.Error);
        Assert.Equal(FidelityJson.WriteFacts(FidelityJson.ReadFacts(ExampleReviews.Json(name))), FidelityJson.WriteFacts(read.Value));
    }

    public static TheoryData<string> Examples() => new(ExampleReviews.Names);

    [Theory]
    [InlineData("{", "$")]
    [InlineData("{\"schemaVersion\": 1, \"programme\": \"A\", \"reviewDate\": \"2026-10-01\", \"items\": [", "$.items")]
    [InlineData("not json", "$")]
    public void TryReadFacts_TextThatIsNotJson_IsASyntaxError(string json, string pathStart)
    {
        var read = FidelityJson.TryReadFacts(json);

        Assert.False(read.Success);
        Assert.Null(read.ValueOrNull);
        Assert.Equal(JsonReadErrorCodes.Syntax, read.Error.Code);
        Assert.StartsWith(pathStart, read.Error.Path, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => read.Value);
    }

    [Fact]
    public void TryReadFacts_JsonThatIsNotAFactsDocument_IsADocumentErrorWithThePathTheThrowingReaderGives()
    {
        const string Json = "{\"schemaVersion\": 1, \"programme\": \"A\", \"reviewDate\": \"2026-10-01\", \"items\": 3}";
        var thrown = Assert.Throws<System.Text.Json.JsonException>(() => FidelityJson.ReadFacts(Json));

        var read = FidelityJson.TryReadFacts(Json);

        Assert.Equal(JsonReadErrorCodes.Document, read.Error!.Code);
        Assert.Equal(thrown.Path, read.Error.Path);
        Assert.Equal(thrown.Message, read.Error.Message);
        Assert.Equal("Json.Document at " + thrown.Path + ": " + thrown.Message, read.Error.ToString());
    }

    [Fact]
    public void TryReadFacts_WrongSchemaVersion_IsADocumentError()
    {
        var read = FidelityJson.TryReadFacts(ExampleReviews.Json("fair").Replace("\"schemaVersion\": 1", "\"schemaVersion\": 9", StringComparison.Ordinal));

        Assert.Equal(JsonReadErrorCodes.Document, read.Error!.Code);
        Assert.DoesNotContain("Ips.Core", read.Error.Message, StringComparison.Ordinal); // no .NET type names
    }

    [Fact]
    public void TryReadReport_ReadsAReport_AndRefusesFactsWithACodedError()
    {
        var json = FidelityJson.WriteReport(Ips25Scale.Engine.Score(ExampleReviews.Facts("fair")));

        var read = FidelityJson.TryReadReport(json, Ips25Scale.Definition);
        Assert.True(read.Success);
        Assert.Equal(json, FidelityJson.WriteReport(read.Value));

        var notAReport = FidelityJson.TryReadReport(ExampleReviews.Json("fair"), Ips25Scale.Definition);
        Assert.Equal(JsonReadErrorCodes.Document, notAReport.Error!.Code);
    }

    [Fact]
    public void TryRead_NeverThrowsForBadInput()
    {
        var fair = ExampleReviews.Json("fair");
        var random = new Random(20261201);
        for (var i = 0; i < 500; i++)
        {
            var cut = fair[..random.Next(fair.Length)];
            var chars = cut.ToCharArray();
            if (chars.Length > 0)
            {
                chars[random.Next(chars.Length)] = "{}[]\",:0a-"[random.Next(10)];
            }

            var text = new string(chars);
            var facts = FidelityJson.TryReadFacts(text);
            var report = FidelityJson.TryReadReport(text, Ips25Scale.Definition);
            Assert.True(facts.Success || facts.Error!.Code is JsonReadErrorCodes.Syntax or JsonReadErrorCodes.Document);
            Assert.False(report.Success);
        }
    }
}
