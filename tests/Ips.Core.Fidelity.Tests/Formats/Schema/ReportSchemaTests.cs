using System.Text.Json;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Formats.Schema;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Scales;
using Json.Schema;

namespace Ips.Core.Fidelity.Tests.Formats.Schema;

/// <summary>
/// The report document's schema, checked with an independent validator (JsonSchema.Net): every report the engine
/// writes passes it (the examples in each language, and reports of generated facts, good and bad), and a report
/// broken in its shape fails it.
/// </summary>
public sealed class ReportSchemaTests
{
    private const int Documents = 200;

    private static readonly Lazy<JsonSchema> Ips25Report = new(() => Build(FidelitySchema.Report(Ips25Scale.Definition)));
    private static readonly Lazy<ScaleDefinition> MiniSwedish = new(() => ScaleDefinition.Load(TestScales.MiniSwedishJson));
    private static readonly Lazy<JsonSchema> MiniSwedishReport = new(() => Build(FidelitySchema.Report(MiniSwedish.Value)));

    private static JsonSchema Build(string schema) =>
        JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    /// <summary>The flag result (fast), or the detailed one when the report fails, to say why.</summary>
    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var flag = schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true });
        return flag.IsValid ? flag : schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true, OutputFormat = OutputFormat.List });
    }

    private static bool Valid(JsonSchema schema, string json) => Evaluate(schema, json).IsValid;

    public static TheoryData<string, string> ExamplesInEachLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in ExampleReviews.Names)
        {
            data.Add(name, "nb");
            data.Add(name, "en");
        }

        return data;
    }

    [Fact]
    public void ReportSchema_IsDraft2020_12_StampedWithTheScale_AndDeterministic()
    {
        var text = FidelitySchema.Report(Ips25Scale.Definition);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("urn:ips-core:schema:report:ips-25:" + Ips25Scale.Definition.Revision, root.GetProperty("$id").GetString());
        var document0 = root.GetProperty("$defs").GetProperty("reportDocument").GetProperty("properties");
        Assert.Equal(Ips25Scale.Definition.Revision, document0.GetProperty("revision").GetProperty("const").GetString());
        Assert.Equal(25, document0.GetProperty("items").GetProperty("items").GetProperty("oneOf").GetArrayLength());
        Assert.Equal(text, FidelitySchema.Report(Ips25Scale.LoadDefinition()));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExamplesInEachLanguage))]
    public void EveryExampleReport_PassesTheSchema(string name, string language)
    {
        var json = FidelityJson.WriteReport(Ips25Scale.Engine.Score(ExampleReviews.Facts(name)), ExampleReviews.Language(language));

        var result = Evaluate(Ips25Report.Value, json);

        Assert.True(result.IsValid, name + " (" + language + "): " + Describe(result));
    }

    [Theory]
    [InlineData("ips-25")]
    [InlineData("mini-sv")]
    public void ReportsOfGeneratedFacts_GoodAndBad_PassTheSchema(string scaleId)
    {
        var (scale, schema) = scaleId == "ips-25" ? (Ips25Scale.Definition, Ips25Report.Value) : (MiniSwedish.Value, MiniSwedishReport.Value);
        var engine = scaleId == "ips-25" ? Ips25Scale.Engine : new FidelityEngine(scale);
        var random = new Random(20261203);
        var failures = new List<string>();
        var statuses = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < Documents && failures.Count < 3; n++)
        {
            var document = FidelitySchemaTests.Generate(scale, random, atLeastOneItem: true);
            if (n % 2 == 1)
            {
                // Half of them with a shape fault: invalid items and input errors are part of a report too.
                FidelitySchemaTests.Break(scale, document, random);
            }

            var read = FidelityJson.TryReadFacts(document.ToJsonString(), scale);
            if (!read.Success)
            {
                continue; // not a facts document at all (e.g. an impossible date): there is no report
            }

            var report = engine.Score(read.Value);
            foreach (var language in scale.Languages)
            {
                var json = FidelityJson.WriteReport(report, language.Language);
                var result = Evaluate(schema, json);
                if (!result.IsValid)
                {
                    failures.Add(Describe(result) + " in " + json);
                }
            }

            foreach (var item in report.Items)
            {
                statuses.Add(item.Status.ToString());
            }
        }

        Assert.Empty(failures);
        Assert.Equal(3, statuses.Count); // rated, not rated and invalid items were all checked
    }

    public static TheoryData<string, string, string> BrokenReports => new()
    {
        { "unknown status", "\"status\": \"rated\"", "\"status\": \"great\"" },
        { "score out of the item's range", "\"score\": 4,", "\"score\": 9," },
        { "score as a string", "\"score\": 4,", "\"score\": \"4\"," },
        { "unknown language", "\"language\": \"nb\"", "\"language\": \"se\"" },
        { "another scale", "\"scaleId\": \"ips-25\"", "\"scaleId\": \"ips-15\"" },
        { "unknown level", "\"id\": \"fair\"", "\"id\": \"superb\"" },
        { "unknown property", "\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"extra\": true," },
        { "missing total", "\"total\": {", "\"totals\": {" },
        { "rated without a score", "\"score\": 4,", "" },
        { "date not ISO", "\"reviewDate\": \"2026-10-08\"", "\"reviewDate\": \"08.10.2026\"" },
    };

    [Theory]
    [MemberData(nameof(BrokenReports))]
    public void AReportBrokenInItsShape_FailsTheSchema(string problem, string find, string replace)
    {
        var good = FidelityJson.WriteReport(ExampleReviews.Report("fair"));
        var index = good.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, problem + ": '" + find + "' not in the report");
        var json = string.Concat(good.AsSpan(0, index), replace, good.AsSpan(index + find.Length));

        Assert.True(Valid(Ips25Report.Value, good));
        Assert.False(Valid(Ips25Report.Value, json), problem);
    }

    [Fact]
    public void TheTestScalesReport_PassesItsSchema_ButNotIps25s()
    {
        var json = FidelityJson.WriteReport(new FidelityEngine(MiniSwedish.Value).Score(FidelityJson.ReadFacts(TestScales.MiniSwedishReviewJson, MiniSwedish.Value)));

        Assert.True(Valid(MiniSwedishReport.Value, json));
        Assert.False(Valid(Ips25Report.Value, json));
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)));
}
