using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Comparisons and the scale description as typed values in an application's own serializer options.</summary>
public sealed class ComparisonAndDescriptionJsonTests
{
    private static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(FidelityJson.Resolver, new DefaultJsonTypeInfoResolver());
        return options;
    }

    private static ReviewComparisonResult Comparison() =>
        ReviewComparison.Compare(Ips25Scale.Engine.Score(ExampleReviews.Facts("fair-2025")), Ips25Scale.Engine.Score(ExampleReviews.Facts("fair")));

    [Fact]
    public void Comparison_WritesAsTheComparisonDocument_WithBothReportsAndTheChange()
    {
        var comparison = Comparison();

        var json = JsonSerializer.Serialize(comparison, Options());

        Assert.Equal(Normalised(FidelityJson.WriteComparison(comparison)), Normalised(json));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(comparison.Before.Total.RatedSum, root.GetProperty("before").GetProperty("total").GetProperty("ratedSum").GetInt32());
        Assert.Equal(25, root.GetProperty("items").GetArrayLength());
        var first = comparison.Items.First(i => i.Delta is not null and not 0);
        var item = root.GetProperty("items")[first.Item - 1];
        Assert.Equal(first.Delta, item.GetProperty("delta").GetInt32());
        Assert.Equal(first.Delta > 0 ? "up" : "down", item.GetProperty("direction").GetString());
        Assert.Equal(comparison.Total.Delta, root.GetProperty("total").GetProperty("delta").GetInt32());
        Assert.Equal(comparison.Facts.Length, root.GetProperty("facts").GetArrayLength());
        Assert.Equal(comparison.DaysBetween, root.GetProperty("daysBetween").GetInt32());
    }

    [Fact]
    public void Comparison_ReadsBack_AsTheSameComparison()
    {
        var comparison = Comparison();
        var options = Options();

        var back = JsonSerializer.Deserialize<ReviewComparisonResult>(JsonSerializer.Serialize(comparison, options), options)!;

        Assert.Equal(FidelityJson.WriteComparison(comparison), FidelityJson.WriteComparison(back));
        Assert.Equal(ReviewComparison.Render(comparison, ReportFormat.Text, Ips25Scale.English), ReviewComparison.Render(back, ReportFormat.Text, Ips25Scale.English));
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1}""", "$.before")]
    [InlineData("""[]""", "$")]
    [InlineData("""{"before": {"schemaVersion": 1, "programme": 3}, "after": {}}""", "$.before")]
    public void Comparison_ThatIsNotAComparisonDocument_IsAJsonErrorWithItsPath(string json, string path)
    {
        var error = Assert.ThrowsAny<JsonException>(() => FidelityJson.ReadComparison(json, Ips25Scale.Definition));

        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Ips.Core", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("nb")]
    public void ScaleDescription_WritesAsDescribeScale_AndReadsBack(string? language)
    {
        var chosen = language is null ? (Ips.Core.Fidelity.Localization.ReportLanguage?)null : ExampleReviews.Language(language);
        var description = ScaleDescription.Create(Ips25Scale.Definition, chosen);
        var options = Options();

        var json = JsonSerializer.Serialize(description, options);
        var back = JsonSerializer.Deserialize<ScaleDescription>(json, options)!;

        Assert.Equal(Normalised(FidelityInterop.DescribeScale(language)), Normalised(json));
        Assert.Equal(FidelityInterop.DescribeScale(language), description.ToJson());
        Assert.Same(Ips25Scale.Definition, back.Scale);
        Assert.Equal(chosen, back.Language);
    }

    [Fact]
    public void ScaleDescription_OfAnotherScaleOrRevision_IsNotReadAsIps25()
    {
        var other = FidelityInterop.DescribeScale("en").Replace("\"revision\": \"" + Ips25Scale.Definition.Revision + "\"", "\"revision\": \"1999.1\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => ScaleDescription.Read(other));

        Assert.Equal("$.scaleId", error.Path);
        Assert.Contains("1999.1", error.Message, StringComparison.Ordinal);
    }

    private static string Normalised(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
