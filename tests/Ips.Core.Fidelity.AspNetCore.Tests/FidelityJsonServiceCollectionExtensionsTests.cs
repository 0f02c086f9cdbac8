using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace Ips.Core.Fidelity.AspNetCore.Tests;

/// <summary><c>AddIpsFidelityJson()</c>: the app's own JSON options read and write facts and reports as their documents.</summary>
public sealed class FidelityJsonServiceCollectionExtensionsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public void TheSampleAppsHttpJsonOptions_RoundTripFactsAndReports_AsTheirDocuments()
    {
        var options = factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var facts = FidelityJson.ReadFacts(RepositoryFolder.ExampleReview("fair"));
        var report = Ips25Scale.Engine.Score(facts);

        var factsJson = JsonSerializer.Serialize(facts, options);
        var reportJson = JsonSerializer.Serialize(report, options);

        using (var document = JsonDocument.Parse(factsJson))
        {
            Assert.Equal("2026-10-08", document.RootElement.GetProperty("reviewDate").GetString());   // fair.json's date, not NodaTime's object graph
            Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
        }

        Assert.Equal(FidelityJson.WriteFacts(facts), FidelityJson.WriteFacts(JsonSerializer.Deserialize<ReviewFacts>(factsJson, options)!));
        Assert.Equal(FidelityJson.WriteReport(report), FidelityJson.WriteReport(JsonSerializer.Deserialize<FidelityReport>(reportJson, options)!));
    }

    [Fact]
    public void CallingItTwice_PutsTheResolverInOnce_InMinimalApiAndMvcOptions()
    {
        var services = new ServiceCollection();
        services.AddIpsFidelityJson().AddIpsFidelityJson();
        using var provider = services.BuildServiceProvider();

        var http = provider.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var mvc = provider.GetRequiredService<IOptions<MvcJsonOptions>>().Value.JsonSerializerOptions;

        Assert.Single(http.TypeInfoResolverChain, r => ReferenceEquals(r, FidelityJson.Resolver));
        Assert.Single(mvc.TypeInfoResolverChain, r => ReferenceEquals(r, FidelityJson.Resolver));
        Assert.Same(FidelityJson.Resolver, http.TypeInfoResolverChain[0]);
    }

    [Fact]
    public void ARegisteredScale_IsTheOneReportsAreReadAgainst()
    {
        var other = ScaleDefinition.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scales", "mini-sv.v1.json")));
        var services = new ServiceCollection();
        services.AddSingleton(other);
        services.AddIpsFidelityJson();
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        var ips25Report = JsonSerializer.Serialize(Ips25Scale.Engine.Score(FidelityJson.ReadFacts(RepositoryFolder.ExampleReview("fair"))), options);

        Assert.NotSame(FidelityJson.Resolver, options.TypeInfoResolverChain[0]);
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<FidelityReport>(ips25Report, options));
        Assert.Equal("$.scaleId", exception.Path);
    }

    [Fact]
    public void ADocumentInsideTheAppsOwnType_ReadsWithThePathInsideTheFactsDocument()
    {
        var options = factory.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        const string Good = """{"id": "r1", "facts": {"schemaVersion": 1, "programme": "Team", "reviewDate": "2026-10-01", "items": [{"item": 1, "facts": {"activeParticipants": 36}}]}}""";
        const string Bad = """{"id": "r1", "facts": {"schemaVersion": 1, "programme": "Team", "reviewDate": "2026-10-01", "items": [{"item": "one"}]}}""";

        var envelope = JsonSerializer.Deserialize<Envelope>(Good, options)!;
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Envelope>(Bad, options));

        Assert.Equal(36, envelope.Facts.Items[0].Programme[0].Value.Number);
        Assert.Equal("$.items[0].item", exception.Path);
        Assert.DoesNotContain("Ips.Core", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>An application's own request type holding a facts document.</summary>
    private sealed record Envelope(string Id, ReviewFacts Facts);
}
