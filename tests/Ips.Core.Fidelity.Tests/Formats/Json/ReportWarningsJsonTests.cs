using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>The report JSON carries the warnings as one more field, in the report's language, and reads them back.</summary>
public sealed class ReportWarningsJsonTests
{
    private static readonly ReviewFacts Facts = Raw(ItemFacts.ForSpecialists(2,
        new SpecialistFacts { Label = "A", Facts = [NumberFact("employmentServicesTimePercent", 0.92)] }));

    [Fact]
    public void ReportWithAWarning_WritesItsFields_AndItsMessageInTheReportsLanguage()
    {
        using var document = JsonDocument.Parse(FidelityJson.WriteReport(Engine.Score(Facts), Ips25Scale.English));

        var warning = Assert.Single(document.RootElement.GetProperty("warnings").EnumerateArray().ToList());
        Assert.Equal("Warning.PercentLooksLikeFraction", warning.GetProperty("code").GetString());
        Assert.Equal(2, warning.GetProperty("item").GetInt32());
        Assert.Equal("employmentServicesTimePercent", warning.GetProperty("factId").GetString());
        Assert.Equal("A", warning.GetProperty("specialist").GetString());
        Assert.Equal(0.92, warning.GetProperty("value").GetDouble());
        Assert.Equal(1, warning.GetProperty("limit").GetDouble());
        Assert.Equal("items[0].specialists[0].facts.employmentServicesTimePercent", warning.GetProperty("path").GetString());
        Assert.StartsWith("Looks like a fraction", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportWithAWarning_RoundTrips_WithTheDefinitionsMessage()
    {
        var report = Engine.Score(Facts);
        var json = FidelityJson.WriteReport(report);

        var back = FidelityJson.ReadReport(json, Ips25Scale.Definition);

        Assert.Equal(report.Warnings, back.Warnings);
        Assert.Equal(json, FidelityJson.WriteReport(back));
    }

    [Fact]
    public void ReportWithoutWarnings_HasNoWarningsField()
    {
        using var document = JsonDocument.Parse(FidelityJson.WriteReport(Engine.Score(Raw(ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 92))))));

        Assert.False(document.RootElement.TryGetProperty("warnings", out _));
    }

    [Fact]
    public void WarningCodeTheScaleDoesNotDeclare_IsAJsonExceptionWithThePath()
    {
        var json = FidelityJson.WriteReport(Engine.Score(Facts)).Replace("\"Warning.PercentLooksLikeFraction\"", "\"Warning.Unknown\"", StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, Ips25Scale.Definition));
        Assert.Equal("$.warnings[0].code", exception.Path);
    }
}
