using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary>The string-in/string-out entry points: results on the example reviews, error documents on bad input.</summary>
public sealed class FidelityInteropTests
{
    public static TheoryData<string, string> ExamplesAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in ExampleReviews.Names)
            {
                data.Add(name, "nb");
                data.Add(name, "en");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExamplesAndLanguages))]
    public void ScoreReview_Example_IsTheEnginesReportAsJson(string example, string language)
    {
        var json = FidelityInterop.ScoreReview(ExampleReviews.Json(example), language);

        Assert.False(FidelityInterop.IsError(json));
        var expected = Ips25Scale.Engine.Score(ExampleReviews.Facts(example));
        Assert.Equal(FidelityJson.WriteReport(expected, ExampleReviews.Language(language)), json);
        var read = FidelityJson.ReadReport(json, Ips25Scale.Definition);
        Assert.Equal(expected.Total, read.Total);
        Assert.Equal(expected.Level?.Id, read.Level?.Id);
    }

    [Fact]
    public void ScoreReview_LanguageCode_IsCaseInsensitive()
    {
        Assert.Equal(FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), "en"), FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), " EN "));
    }

    [Fact]
    public void ScoreReview_DefaultLanguage_IsNorwegian()
    {
        using var document = JsonDocument.Parse(FidelityInterop.ScoreReview(ExampleReviews.Json("fair")));

        Assert.Equal("nb", document.RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("", "$")]
    [InlineData("[1, 2]", "$")]
    [InlineData("{\"schemaVersion\": 2, \"programme\": \"x\", \"reviewDate\": \"2026-01-01\", \"items\": []}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"programme\": \"x\", \"reviewDate\": \"2026-02-30\", \"items\": []}", "$.reviewDate")]
    [InlineData("{\"schemaVersion\": 1, \"programme\": \"x\", \"reviewDate\": \"2026-01-01\", \"items\": [{\"item\": 2, \"facts\": 5}]}", "$.items[0].facts")]
    public void ScoreReview_BadJson_IsAJsonErrorDocumentWithPath(string json, string pathPrefix)
    {
        var result = FidelityInterop.ScoreReview(json, "en");

        Assert.True(FidelityInterop.IsError(result));
        var error = Error(result);
        Assert.Equal("json", error.GetProperty("kind").GetString());
        Assert.StartsWith(pathPrefix, error.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public void ScoreReview_InvalidFacts_IsAFactsErrorDocumentListingEveryProblem()
    {
        const string json = """
            {"schemaVersion": 1, "programme": "Team X", "reviewDate": "2026-01-01", "items": [
              {"item": 2, "facts": {"employmentServicesTimePercent": 120}},
              {"item": 17, "specialists": [{"label": "ES-1", "facts": {"contactLogReview": "daily"}}, {"label": "ES-2", "facts": {"jobSeekers": 2.5}}]},
              {"item": 26, "facts": {"x": 1}}
            ]}
            """;

        var result = FidelityInterop.ScoreReview(json, "nb");

        var error = Error(result);
        Assert.Equal("facts", error.GetProperty("kind").GetString());
        var errors = error.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "Fact.AboveMaximum" && e.GetProperty("path").GetString() == "$.items[0].facts.employmentServicesTimePercent" && e.GetProperty("value").GetString() == "120");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "Fact.UnknownLevel" && e.GetProperty("path").GetString() == "$.items[1].specialists[0].facts.contactLogReview" && e.GetProperty("specialist").GetString() == "ES-1");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "Fact.NotAWholeNumber" && e.GetProperty("path").GetString() == "$.items[1].specialists[1].facts.jobSeekers");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "Item.UnknownItem" && e.GetProperty("item").GetInt32() == 26);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("norsk bokmål")]
    public void UnknownLanguage_IsAnArgumentErrorDocument_Everywhere(string language)
    {
        foreach (var result in new[]
        {
            FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), language),
            FidelityInterop.ScoreBatch("[]", language),
            FidelityInterop.RenderReport(ExampleReviews.Json("fair"), language),
        })
        {
            var error = Error(result);
            Assert.Equal("argument", error.GetProperty("kind").GetString());
            Assert.Equal("language", error.GetProperty("parameter").GetString());
            Assert.Contains("\"nb\", \"en\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("language", Error(FidelityInterop.DescribeScale("de")).GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoLanguage_MeansTheScalesDefaultLanguage(string? language)
    {
        var expected = FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), "nb");

        Assert.Equal(expected, FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), language));
        Assert.Equal(FidelityInterop.RenderReport(ExampleReviews.Json("fair"), "nb"), FidelityInterop.RenderReport(ExampleReviews.Json("fair"), language));
        Assert.Equal(FidelityInterop.ScoreBatch("[]", "nb"), FidelityInterop.ScoreBatch("[]", language));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.ScoreReview(null!));
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.ScoreBatch(null!));
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.RenderReport(null!));
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.RenderReport("{}", "nb", null!));
        Assert.Throws<ArgumentNullException>(() => FidelityInterop.IsError(null!));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("md")]
    public void RenderReport_FromReportJsonOrFactsJson_IsTheRenderersOutput(string format)
    {
        var facts = ExampleReviews.Json("incomplete");
        var layout = format == "text" ? ReportFormat.Text : ReportFormat.Markdown;
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("incomplete"));
        var expected = ReportRenderer.Render(report, layout, Ips25Scale.English);

        Assert.Equal(expected, FidelityInterop.RenderReport(FidelityInterop.ScoreReview(facts, "nb"), "en", format));
        Assert.Equal(expected, FidelityInterop.RenderReport(facts, "en", format));
        Assert.False(FidelityInterop.IsError(expected));
    }

    [Fact]
    public void RenderReport_UnknownFormat_IsAnArgumentError()
    {
        var error = Error(FidelityInterop.RenderReport(ExampleReviews.Json("fair"), "nb", "pdf"));

        Assert.Equal("argument", error.GetProperty("kind").GetString());
        Assert.Equal("format", error.GetProperty("parameter").GetString());
    }

    [Fact]
    public void RenderReport_BrokenReportJson_IsAJsonError()
    {
        var report = FidelityInterop.ScoreReview(ExampleReviews.Json("fair"), "nb").Replace("\"ips-25\"", "\"ips-99\"", StringComparison.Ordinal);

        Assert.Equal("json", Error(FidelityInterop.RenderReport(report, "nb")).GetProperty("kind").GetString());
    }

    [Fact]
    public void ScoreBatch_Examples_GiveCompactResultsMatchingTheEngine()
    {
        var batch = "[" + string.Join(",", ExampleReviews.Names.Select(ExampleReviews.Json)) + "]";

        using var document = JsonDocument.Parse(FidelityInterop.ScoreBatch(batch, "en"));

        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("count").GetInt32());
        Assert.Equal(4, root.GetProperty("scored").GetInt32());
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.Equal("en", root.GetProperty("language").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        for (var i = 0; i < ExampleReviews.Names.Length; i++)
        {
            var report = Ips25Scale.Engine.Score(ExampleReviews.Facts(ExampleReviews.Names[i]));
            var result = results[i];
            Assert.Equal(i, result.GetProperty("index").GetInt32());
            Assert.Equal(report.ProgrammeLabel, result.GetProperty("programme").GetString());
            Assert.Equal(report.Total.RatedSum, result.GetProperty("total").GetInt32());
            Assert.Equal(report.Total.LowestPossible, result.GetProperty("lowestPossible").GetInt32());
            Assert.Equal(report.Total.HighestPossible, result.GetProperty("highestPossible").GetInt32());
            Assert.Equal(report.IsComplete, result.GetProperty("complete").GetBoolean());
            if (report.Level is { } level)
            {
                Assert.Equal(level.Id, result.GetProperty("level").GetProperty("id").GetString());
                Assert.Equal(level.Name.Get(Ips25Scale.English), result.GetProperty("level").GetProperty("name").GetString());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, result.GetProperty("level").ValueKind);
            }

            foreach (var item in report.Items)
            {
                var score = result.GetProperty("scores").GetProperty(item.Item.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(item.Score, score.ValueKind == JsonValueKind.Null ? null : score.GetInt32());
            }

            var notRated = result.GetProperty("notRated").EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.Equal(report.Items.Where(x => x.Status == Ips.Core.Fidelity.Results.ItemStatus.NotRated).Select(x => x.Item), notRated);
        }
    }

    [Fact]
    public void ScoreBatch_OneBadEntry_DoesNotFailTheOthers()
    {
        var batch = "[" + ExampleReviews.Json("fair") + ", {\"schemaVersion\": 1, \"programme\": \"x\", \"reviewDate\": \"2026-13-01\", \"items\": []}, 42, "
            + "{\"schemaVersion\": 1, \"programme\": \"y\", \"reviewDate\": \"2026-01-01\", \"items\": [{\"item\": 2, \"facts\": {\"employmentServicesTimePercent\": 120}}]}, "
            + ExampleReviews.Json("exemplary") + "]";

        using var document = JsonDocument.Parse(FidelityInterop.ScoreBatch(batch, "nb"));

        var root = document.RootElement;
        Assert.Equal(5, root.GetProperty("count").GetInt32());
        Assert.Equal(2, root.GetProperty("scored").GetInt32());
        Assert.Equal(3, root.GetProperty("failed").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("Eksempel-DPS Vest (IPS-team B)", results[0].GetProperty("programme").GetString());
        Assert.Equal("$[1].reviewDate", results[1].GetProperty("error").GetProperty("path").GetString());
        Assert.Equal("json", results[2].GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal("$[2]", results[2].GetProperty("error").GetProperty("path").GetString());
        Assert.Equal("facts", results[3].GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal("$[3].items[0].facts.employmentServicesTimePercent", results[3].GetProperty("error").GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.True(results[4].TryGetProperty("total", out _));
    }

    [Theory]
    [InlineData("{\"not\": \"an array\"}")]
    [InlineData("[")]
    [InlineData("")]
    public void ScoreBatch_NotAnArray_IsAnErrorDocument(string json)
    {
        Assert.Equal("json", Error(FidelityInterop.ScoreBatch(json, "nb")).GetProperty("kind").GetString());
    }

    [Fact]
    public void ScoreBatch_Empty_IsAnEmptyResult()
    {
        using var document = JsonDocument.Parse(FidelityInterop.ScoreBatch("[]"));

        Assert.Equal(0, document.RootElement.GetProperty("count").GetInt32());
        Assert.Empty(document.RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Results_AreTheSame_UnderAnyCulture()
    {
        var fair = ExampleReviews.Json("fair");
        var batch = "[" + fair + "]";
        var expected = (FidelityInterop.ScoreReview(fair, "nb"), FidelityInterop.ScoreBatch(batch, "nb"), FidelityInterop.DescribeScale(null));
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in Cultures.Hostile)
            {
                System.Globalization.CultureInfo.CurrentCulture = Cultures.Get(culture);
                Assert.Equal(expected, (FidelityInterop.ScoreReview(fair, "nb"), FidelityInterop.ScoreBatch(batch, "nb"), FidelityInterop.DescribeScale(null)));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public async Task DescribeScale_IsPinned(string language)
    {
        await Snapshot.Verify(FidelityInterop.DescribeScale(language));
    }

    [Fact]
    public void DescribeScale_WithoutLanguage_GivesEveryText_InEveryLanguage()
    {
        using var document = JsonDocument.Parse(FidelityInterop.DescribeScale());

        var root = document.RootElement;
        Assert.False(root.TryGetProperty("language", out _));
        Assert.Equal("IPS-kvalitetsskala", root.GetProperty("name").GetProperty("nb").GetString());
        Assert.Equal(["nb", "en"], root.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        var firstFact = root.GetProperty("items")[0].GetProperty("facts")[0];
        Assert.Equal(JsonValueKind.Object, firstFact.GetProperty("label").ValueKind);
        Assert.Equal(FidelityInterop.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void DescribeScale_MatchesTheDefinition()
    {
        using var document = JsonDocument.Parse(FidelityInterop.DescribeScale("en"));
        var scale = Ips25Scale.Definition;

        var items = document.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(scale.Items.Length, items.Count);
        foreach (var (item, json) in scale.Items.Zip(items))
        {
            Assert.Equal(item.Number, json.GetProperty("number").GetInt32());
            Assert.Equal(item.Section, json.GetProperty("section").GetString());
            Assert.Equal(item.PerSpecialist, json.GetProperty("perSpecialist").GetBoolean());
            Assert.Equal(item.Anchors.Select(a => a.Text.Get(Ips25Scale.English)), json.GetProperty("anchors").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
            var facts = json.GetProperty("facts").EnumerateArray().ToList();
            Assert.Equal(item.Facts.Select(f => f.Id), facts.Select(f => f.GetProperty("id").GetString()));
            foreach (var (fact, factJson) in item.Facts.Zip(facts))
            {
                Assert.Equal(fact.Levels.Select(l => l.Id), factJson.TryGetProperty("levels", out var levels) ? levels.EnumerateArray().Select(l => l.GetProperty("id").GetString()) : []);
                Assert.Equal(fact.Elements.Select(l => l.Id), factJson.TryGetProperty("elements", out var elements) ? elements.EnumerateArray().Select(l => l.GetProperty("id").GetString()) : []);
                Assert.Equal(fact.Min, factJson.TryGetProperty("min", out var min) ? min.GetDouble() : null);
                Assert.Equal(fact.Max, factJson.TryGetProperty("max", out var max) ? max.GetDouble() : null);
            }
        }
    }

    [Fact]
    public void DescribeScale_Required_MeansLeavingTheFactOutLeavesTheItemNotRatedForSomeValues()
    {
        // Every IPS-25 fact is read by its item's rule, a modifier or the exclusion, so every one is required.
        using var document = JsonDocument.Parse(FidelityInterop.DescribeScale("en"));

        var flags = document.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("facts").EnumerateArray())
            .Select(fact => fact.GetProperty("required").GetBoolean())
            .ToList();
        Assert.Equal(38, flags.Count);
        Assert.All(flags, Assert.True);
    }

    private static JsonElement Error(string result)
    {
        Assert.True(FidelityInterop.IsError(result), result);
        using var document = JsonDocument.Parse(result);
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
        return document.RootElement.GetProperty("error").Clone();
    }
}
