using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Formats.Schema;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary>FidelityInterop.CompareReviews and WriteSchema: the presentation's and the schema writer's output as strings, error documents on bad input.</summary>
public sealed class FidelityInteropCompareAndSchemaTests
{
    private static string FairBefore => File.ReadAllText(Path.Combine(ExampleReviews.Directory, "fair-2025.json"));

    [Theory]
    [InlineData("text", "en")]
    [InlineData("markdown", "nb")]
    [InlineData("MD", "en")]
    public void CompareReviews_FactsOrReports_IsTheComparisonsRendering(string format, string language)
    {
        var before = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(FairBefore));
        var after = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        var layout = format == "text" ? ReportFormat.Text : ReportFormat.Markdown;
        var expected = ReviewComparison.Render(ReviewComparison.Compare(before, after), layout, language == "en" ? Ips25Scale.English : Ips25Scale.Norwegian);

        Assert.Equal(expected, FidelityInterop.CompareReviews(FairBefore, ExampleReviews.Json("fair"), language, format));
        Assert.Equal(expected, FidelityInterop.CompareReviews(FidelityInterop.ScoreReview(FairBefore), FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), "en"), language, format));
        Assert.False(FidelityInterop.IsError(expected));
    }

    [Fact]
    public void CompareReviews_BadReview_IsAnErrorDocumentWithItsSidesPath()
    {
        var before = Error(FidelityInterop.CompareReviews("{\"schemaVersion\": 1, \"programme\": 5}", ExampleReviews.Json("fair")));
        var after = Error(FidelityInterop.CompareReviews(ExampleReviews.Json("fair"), "{\"schemaVersion\": 1, \"programme\": \"p\", \"reviewDate\": \"2026-10-08\", \"items\": [{\"item\": 2, \"facts\": {\"employmentServicesTimePercent\": 150}}]}"));

        Assert.Equal("json", before.GetProperty("kind").GetString());
        Assert.StartsWith("$.before", before.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal("facts", after.GetProperty("kind").GetString());
        Assert.StartsWith("$.after", after.GetProperty("errors")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CompareReviews_UnknownFormatOrLanguage_IsAnArgumentError()
    {
        Assert.Equal("format", Error(FidelityInterop.CompareReviews(FairBefore, ExampleReviews.Json("fair"), "en", "pdf")).GetProperty("parameter").GetString());
        Assert.Equal("language", Error(FidelityInterop.CompareReviews(FairBefore, ExampleReviews.Json("fair"), "de")).GetProperty("parameter").GetString());
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.CompareReviews(null!, "{}"));
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.CompareReviews("{}", null!));
    }

    [Theory]
    [InlineData("facts")]
    [InlineData(" Batch ")]
    public void WriteSchema_IsTheSchemaWritersDocument(string document)
    {
        var expected = document.Trim() == "facts" ? FidelitySchema.Facts(Ips25Scale.Definition) : FidelitySchema.Batch(Ips25Scale.Definition);

        Assert.Equal(expected, FidelityInterop.WriteSchema(document));
        Assert.False(FidelityInterop.IsError(expected));
    }

    [Fact]
    public void WriteSchema_DefaultsToTheFactsSchema()
    {
        Assert.Equal(FidelitySchema.Facts(Ips25Scale.Definition), FidelityInterop.WriteSchema());
    }

    [Fact]
    public void WriteSchema_UnknownDocumentOrScale_IsAnErrorDocument()
    {
        var unknown = Error(FidelityInterop.WriteSchema("report"));

        Assert.Equal("argument", unknown.GetProperty("kind").GetString());
        Assert.Equal("document", unknown.GetProperty("parameter").GetString());
        Assert.Equal("scale", Error(FidelityInterop.WriteSchema("facts", "{}")).GetProperty("kind").GetString());
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.WriteSchema(null!));
    }

    private static JsonElement Error(string result)
    {
        Assert.True(FidelityInterop.IsError(result), result);
        using var document = JsonDocument.Parse(result);
        return document.RootElement.GetProperty("error").Clone();
    }
}
