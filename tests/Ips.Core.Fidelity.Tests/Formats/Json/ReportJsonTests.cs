using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Report JSON: the shape, and round trips that give an equal report (identical JSON, same scores and texts).</summary>
public sealed class ReportJsonTests
{
    public static TheoryData<string, string> Reports
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

    [Fact]
    public async Task IncompleteReport_InNorwegian_HasThePinnedShape()
    {
        await Snapshot.Verify(FidelityJson.WriteReport(ExampleReviews.Report("incomplete")));
    }

    [Fact]
    public async Task FairFacts_HaveThePinnedCanonicalShape()
    {
        await Snapshot.Verify(FidelityJson.WriteFacts(ExampleReviews.Facts("fair")));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Example_RoundTripsToAnEqualReport(string example, string language)
    {
        var report = ExampleReviews.Report(example);

        var json = FidelityJson.WriteReport(report, ExampleReviews.Language(language));
        var back = FidelityJson.ReadReport(json, Ips25Scale.Definition);

        // Equal means: the same canonical JSON …
        Assert.Equal(json, FidelityJson.WriteReport(back, ExampleReviews.Language(language)));

        // … which implies the same stamps, scores, totals, level, and therefore the same rendering.
        Assert.Same(Ips25Scale.Definition, back.Scale);
        Assert.Equal(report.EngineVersion, back.EngineVersion);
        Assert.Equal(report.Total, back.Total);
        Assert.Same(report.Level, back.Level);
        Assert.Equal(report.Items.Select(i => (i.Item, i.Status, i.Score, i.Path)), back.Items.Select(i => (i.Item, i.Status, i.Score, i.Path)));
        Assert.All(back.Items, i => Assert.Same(Ips25Scale.Definition.FindItem(i.Item), i.Definition));
        Assert.Equal(report.ToText(), back.ToText());
        Assert.Equal(report.ToMarkdown(Ips25Scale.English), back.ToMarkdown(Ips25Scale.English));
    }

    [Fact]
    public void Reasons_AreReattachedToTheDefinition_SoTheOtherLanguageStillWorks()
    {
        var report = ExampleReviews.Report("incomplete");

        var back = FidelityJson.ReadReport(FidelityJson.WriteReport(report), Ips25Scale.Definition);

        var excluded = back.Item(17).Specialists[2];
        Assert.True(excluded.Excluded);
        Assert.Same(Ips25Scale.Definition.FindItem(17)!.Exclude!.Reason, excluded.Reason);
        var fair = FidelityJson.ReadReport(FidelityJson.WriteReport(ExampleReviews.Report("fair")), Ips25Scale.Definition);
        Assert.Same(Ips25Scale.Definition.FindItem(17)!.Modifiers[1].Reason, fair.Item(17).Specialists[1].Modifiers[0].Reason);
    }

    [Fact]
    public void ReportJson_CarriesTheTextsInItsLanguage()
    {
        using var document = JsonDocument.Parse(FidelityJson.WriteReport(ExampleReviews.Report("fair"), Ips25Scale.English));
        var root = document.RootElement;
        var item17 = root.GetProperty("items")[16];

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Equal("fair", root.GetProperty("level").GetProperty("id").GetString());
        Assert.Equal("Fair fidelity", root.GetProperty("level").GetProperty("name").GetString());
        Assert.Equal("Frequent employer contact", item17.GetProperty("name").GetString());
        Assert.Equal("perSpecialist", item17.GetProperty("path").GetString());
        Assert.Equal("rated", item17.GetProperty("status").GetString());
        Assert.Equal("4 contacts a week, log reviewed monthly", item17.GetProperty("anchor").GetString());
        Assert.Equal(4, item17.GetProperty("nextAnchor").GetProperty("score").GetInt32());
        Assert.Equal("5 contacts a week, log reviewed weekly → 4; now 4.63 a week", item17.GetProperty("explanation").GetProperty("nextStep").GetString());
    }

    [Fact]
    public void InvalidItems_AndInputErrors_RoundTrip()
    {
        var facts = FidelityJson.ReadFacts("""
            {"schemaVersion": 1, "programme": "P", "reviewDate": "2026-01-05",
             "items": [{"item": 99, "facts": {"x": 1}}, {"item": 20, "facts": {"jobsHeld": 3, "distinctEmployers": 5}}]}
            """);
        var report = Ips25Scale.Engine.Score(facts) with { EngineVersion = "x" };

        var json = FidelityJson.WriteReport(report);
        var back = FidelityJson.ReadReport(json, Ips25Scale.Definition);

        Assert.Equal(json, FidelityJson.WriteReport(back));
        Assert.Equal(ItemStatus.Invalid, back.Item(20).Status);
        Assert.Equal("Ratio.DistinctEmployersExceedJobsHeld", Assert.Single(back.Item(20).Errors).Code);
        Assert.Equal(FactErrorCodes.UnknownItem, Assert.Single(back.InputErrors).Code);
    }

    [Fact]
    public void AnotherRevisionOfTheScale_IsRefused_WithThePath()
    {
        var json = FidelityJson.WriteReport(ExampleReviews.Report("fair"));
        var other = Ips25Scale.Definition with { Revision = "2099.9" };

        var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, other));

        Assert.Equal("$.revision", exception.Path);
        Assert.Contains("2099.9", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownItemNumber_InAReport_IsAJsonException()
    {
        var json = FidelityJson.WriteReport(ExampleReviews.Report("fair")).Replace("\"item\": 25,", "\"item\": 26,", StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, Ips25Scale.Definition));

        Assert.Equal("$.items[24].item", exception.Path);
    }

    // Regression (found by the reliability suite's rendering/JSON property): a count of −0 was written as 0, so a report showing "-0" read back showing "0".
    [Fact]
    public void ReportWithNegativeZeroCount_RoundTripsExactly()
    {
        var report = Ips25Scale.Engine.Score(FactsJsonTests.NegativeZeroCountFacts());
        var json = FidelityJson.WriteReport(report);

        Assert.Equal(json, FidelityJson.WriteReport(FidelityJson.ReadReport(json, report.Scale)));
    }

    // Regression (found by the reliability suite's rendering/JSON property): NaN and ±∞ were read back as levels, so a report's texts changed on a round trip ("-∞" became "-Infinity").
    [Theory]
    [MemberData(nameof(FactsJsonTests.NonFinite), MemberType = typeof(FactsJsonTests))]
    public void ReportWithNonFiniteNumber_RoundTripsExactly(double value)
    {
        foreach (var language in new[] { Ips25Scale.Norwegian, Ips25Scale.English })
        {
            var report = Ips25Scale.Engine.Score(FactsJsonTests.NonFiniteFacts(value));
            var json = FidelityJson.WriteReport(report, language);

            Assert.Equal(json, FidelityJson.WriteReport(FidelityJson.ReadReport(json, report.Scale), language));
        }
    }
}
