using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Scales;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary><see cref="FidelityJson.Resolver"/>: plain <see cref="JsonSerializer"/> with an application's own options reads and writes the documents.</summary>
public sealed class FidelityJsonResolverTests
{
    private static JsonSerializerOptions Options(JsonSerializerOptions? options = null, System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? resolver = null)
    {
        // As an application sets it up: the Ips.Core.Fidelity contract first, reflection for its own types.
        options ??= new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(resolver ?? FidelityJson.Resolver, new DefaultJsonTypeInfoResolver());
        return options;
    }

    public static TheoryData<string> Examples() => new(ExampleReviews.Names);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Facts_RoundTrip_AsTheFactsDocument(string name)
    {
        var options = Options();
        var facts = ExampleReviews.Facts(name);

        var json = JsonSerializer.Serialize(facts, options);
        var back = JsonSerializer.Deserialize<ReviewFacts>(json, options)!;

        Assert.Equal(FidelityJson.WriteFacts(facts), FidelityJson.WriteFacts(back));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("reviewDate").ValueKind); // not NodaTime's object graph
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reports_RoundTrip_AsTheReportDocument(string name)
    {
        var options = Options();
        var report = ExampleReviews.Report(name);

        var json = JsonSerializer.Serialize(report, options);
        var back = JsonSerializer.Deserialize<FidelityReport>(json, options)!;

        Assert.Equal(FidelityJson.WriteReport(report), FidelityJson.WriteReport(back));
    }

    [Fact]
    public void IndentedOptions_WriteExactlyWhatFidelityJsonWrites_AndTheAppsNamingPolicyIsNotApplied()
    {
        var options = Options(new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        var report = ExampleReviews.Report("incomplete");

        Assert.Equal(FidelityJson.WriteReport(report), JsonSerializer.Serialize(report, options));
        Assert.Equal(FidelityJson.WriteFacts(ExampleReviews.Facts("fair")), JsonSerializer.Serialize(ExampleReviews.Facts("fair"), options));
    }

    [Fact]
    public void DocumentsInsideTheAppsOwnTypes_ReadAndWrite_AndNullStaysNull()
    {
        var options = Options();
        var envelope = new Envelope("r1", ExampleReviews.Facts("fair"), null);

        var json = JsonSerializer.Serialize(envelope, options);
        var back = JsonSerializer.Deserialize<Envelope>(json, options)!;

        Assert.Equal("r1", back.Id);
        Assert.Equal(FidelityJson.WriteFacts(envelope.Facts), FidelityJson.WriteFacts(back.Facts));
        Assert.Null(back.Report);
    }

    [Fact]
    public void BadFacts_AreAJsonException_WithThePathInsideTheFactsDocument_AndNoTypeName()
    {
        var options = Options();
        const string Json = """{"id": "r1", "facts": {"schemaVersion": 1, "programme": "P", "reviewDate": "2026-10-01", "items": [{"item": 1, "facts": {}, "extra": 1}]}, "report": null}""";

        var exception = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Envelope>(Json, options));

        Assert.Equal("$.items[0].extra", exception.Path);
        Assert.DoesNotContain("Ips.Core", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsOverABoundOfTheResolversLimits_AreRefused_BeforeTheyAreRead()
    {
        var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = 200, MaxItems = 2 };
        var options = Options(resolver: FidelityJson.CreateResolver(Ips25Scale.Definition, limits));
        const string ThreeItems = """{"schemaVersion": 1, "programme": "P", "reviewDate": "2026-10-01", "items": [{"item": 1}, {"item": 2}, {"item": 3}]}""";

        var tooLarge = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ReviewFacts>(ExampleReviews.Json("fair"), options));
        var tooMany = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ReviewFacts>(ThreeItems, options));

        Assert.Contains("200", tooLarge.Message, StringComparison.Ordinal);
        Assert.Equal("$.items[2]", tooMany.Path);
    }

    [Fact]
    public void CreateResolver_ReadsReportsAgainstItsScale()
    {
        var mini = ScaleDefinition.Load(TestScales.MiniSwedishJson);
        var report = new FidelityEngine(mini).Score(FidelityJson.ReadFacts(TestScales.MiniSwedishReviewJson, mini));
        var options = Options(resolver: FidelityJson.CreateResolver(mini));
        var json = JsonSerializer.Serialize(report, options);

        Assert.Equal(FidelityJson.WriteReport(report), FidelityJson.WriteReport(JsonSerializer.Deserialize<FidelityReport>(json, options)!));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<FidelityReport>(json, Options()));
        Assert.Throws<ArgumentNullException>(() => FidelityJson.CreateResolver(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => FidelityJson.CreateResolver(mini, FidelityJsonLimits.Default with { MaxItems = 0 }));
    }

    [Fact]
    public void OtherTypes_AreLeftToTheRestOfTheChain()
    {
        var options = Options();

        Assert.Null(FidelityJson.Resolver.GetTypeInfo(typeof(string), options));
        Assert.Equal("{\"id\":\"x\",\"facts\":null,\"report\":null}", JsonSerializer.Serialize(new Envelope("x", null!, null), options));
    }

    /// <summary>An application's own type holding a facts document and a report.</summary>
    private sealed record Envelope(string Id, ReviewFacts Facts, [property: JsonPropertyName("report")] FidelityReport? Report);
}
