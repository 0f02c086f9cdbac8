using System.Text.Json;
using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>A translation is data: a third language needs a JSON document, not an engine change.</summary>
public sealed class TranslationAsDataTests
{
    private const string Marker = "[nn] ";

    private static readonly Lazy<ScaleDefinition> Nynorsk = new(() => ScaleDefinition.Load(WithNynorsk(drop: null)));

    /// <summary>The IPS-25 definition with a third language, nn, whose texts are the nb texts marked; numbers as "1 234,5".</summary>
    private static string WithNynorsk(string? drop)
    {
        var root = JsonNode.Parse(Ips25Scale.Definition.ToJson())!.AsObject();
        root["languages"]!.AsArray().Add(new JsonObject
        {
            ["code"] = "nn",
            ["name"] = "Norsk nynorsk",
            ["decimalSeparator"] = ",",
            ["groupSeparator"] = " ",
        });
        AddTexts(root, drop);
        return root.ToJsonString();
    }

    private static void AddTexts(JsonNode? node, string? drop)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["nb"] is JsonValue nb && obj["en"] is JsonValue && nb.TryGetValue<string>(out var text))
                {
                    if (!string.Equals(text, drop, StringComparison.Ordinal))
                    {
                        obj["nn"] = Marker + text;
                    }

                    return;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    AddTexts(child, drop);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    AddTexts(child, drop);
                }

                break;
        }
    }

    [Fact]
    public void ThirdLanguage_AddedAsData_ScoresAndRendersInThatLanguage()
    {
        var nn = ReportLanguage.FromCode("nn");
        var engine = new FidelityEngine(Nynorsk.Value);

        var report = engine.Score(Examples.ExampleReviews.Facts("fair"));
        var text = report.ToText(nn);

        Assert.Contains(Marker + Ips25Scale.Definition.FindItem(17)!.Name.Get(Ips25Scale.Norwegian), text, StringComparison.Ordinal);
        Assert.Contains(Marker + Ips25Scale.Definition.Levels[2].Name.Get(Ips25Scale.Norwegian), text, StringComparison.Ordinal);
        // Same scores as the Norwegian report: only the words changed.
        var nb = Ips25Scale.Engine.Score(Examples.ExampleReviews.Facts("fair"));
        Assert.Equal(nb.Total, report.Total);
        Assert.Equal(nb.Level!.Id, report.Level!.Id);
    }

    [Fact]
    public void ThirdLanguage_WritesNumbersWithItsOwnDeclaredSeparators()
    {
        var nn = ReportLanguage.FromCode("nn");

        Assert.Equal("1 234,5", Nynorsk.Value.FormatNumber(1234.5, nn));
        Assert.Equal("1\u00A0234,5", Nynorsk.Value.FormatNumber(1234.5, Ips25Scale.Norwegian));
    }

    [Fact]
    public void ThirdLanguage_MissingOneText_IsRefusedAtLoadWithThePath()
    {
        var anchor = Ips25Scale.Definition.FindItem(17)!.Anchors[4].Text.Get(Ips25Scale.Norwegian);

        var error = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(WithNynorsk(drop: anchor)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("Scale.MissingText", problem.Code);
        Assert.Equal(17, problem.Item);
        Assert.EndsWith(".nn", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_WithoutEnglish_LoadsAndScoresInNorwegianOnly()
    {
        // No language is mandatory in code: a definition declaring only Norwegian is complete in Norwegian.
        var root = JsonNode.Parse(Ips25Scale.Definition.ToJson())!.AsObject();
        root["languages"]!.AsArray().RemoveAt(1);

        var scale = ScaleDefinition.Load(root.ToJsonString());
        var report = new FidelityEngine(scale).Score(Examples.ExampleReviews.Facts("fair"));

        Assert.Equal(Ips25Scale.Norwegian, scale.DefaultLanguage);
        Assert.Equal(Ips25Scale.Engine.Score(Examples.ExampleReviews.Facts("fair")).Total, report.Total);
        Assert.Equal(report.ToText(Ips25Scale.Norwegian), report.ToText());
        Assert.Throws<ArgumentOutOfRangeException>(() => report.ToText(Ips25Scale.English));
    }

    [Fact]
    public void Definition_WithNoLanguages_IsRefused()
    {
        var root = JsonNode.Parse(Ips25Scale.Definition.ToJson())!.AsObject();
        root["languages"] = new JsonArray();

        var error = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load(root.ToJsonString()));

        Assert.Contains(error.Problems, p => p.Code == "Scale.MissingLanguage" && p.Path == "languages");
    }

    [Fact]
    public void Render_InALanguageTheDefinitionLacks_ThrowsNamingTheLanguagesItHas()
    {
        var report = Ips25Scale.Engine.Score(Examples.ExampleReviews.Facts("fair"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => report.ToText(ReportLanguage.FromCode("de")));

        Assert.Equal("language", error.ParamName);
        Assert.Contains("nb, en", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJson_InThirdLanguage_RoundTripsWithItsDefinition_AndIsRefusedWithoutIt()
    {
        var nn = ReportLanguage.FromCode("nn");
        var report = new FidelityEngine(Nynorsk.Value).Score(Examples.ExampleReviews.Facts("fair"));
        var json = FidelityJson.WriteReport(report, nn);

        Assert.Equal(json, FidelityJson.WriteReport(FidelityJson.ReadReport(json, Nynorsk.Value), nn));
        var error = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, Ips25Scale.Definition));
        Assert.Equal("$.language", error.Path);
    }

    [Theory]
    [InlineData("nb", "nb")]
    [InlineData("EN", "en")]
    [InlineData("nn", "nn")]
    [InlineData("se-NO", "se-no")]
    public void ReportLanguage_FromCode_NormalisesToLowerCase(string code, string expected) =>
        Assert.Equal(expected, ReportLanguage.FromCode(code).Code);

    [Theory]
    [InlineData("")]
    [InlineData("n")]
    [InlineData("nb_NO")]
    [InlineData("nb-")]
    [InlineData("123")]
    [InlineData("norwegian-bokmal")]
    public void ReportLanguage_FromCode_RefusesMalformedCodes(string code)
    {
        Assert.False(ReportLanguage.TryFromCode(code, out _));
        Assert.Throws<ArgumentException>(() => ReportLanguage.FromCode(code));
    }

    [Fact]
    public void ReportLanguage_Default_IsNoLanguage_AndMeansTheScalesFirst()
    {
        ReportLanguage none = default;

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.Code);
        Assert.NotEqual(Ips25Scale.Norwegian, none);
        Assert.Equal(Ips25Scale.Norwegian, none.Or(Ips25Scale.Definition.DefaultLanguage));
        Assert.Equal(Ips25Scale.English, Ips25Scale.English.Or(Ips25Scale.Norwegian));
        Assert.Equal([Ips25Scale.Norwegian, Ips25Scale.English], Ips25Scale.Definition.Languages.Select(l => l.Language));
    }

    [Fact]
    public void LocalizedText_Equality_IgnoresOrderOfLanguages()
    {
        var a = new LocalizedText([new("nb", "Hei"), new("en", "Hi")]);
        var b = new LocalizedText([new("en", "Hi"), new("nb", "Hei")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new LocalizedText([new("nb", "Hei"), new("en", "Hello")]));
        Assert.Equal("Hei", a.Get(ReportLanguage.FromCode("nn")));
    }
}
