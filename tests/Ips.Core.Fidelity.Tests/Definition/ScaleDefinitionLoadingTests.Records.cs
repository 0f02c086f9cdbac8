using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>
/// The definition records themselves: defaults fill in what the JSON leaves out (languages, arrays), the totals span
/// the items, and asking for a language the definition lacks names the ones it has.
/// </summary>
public sealed partial class ScaleDefinitionLoadingTests
{
    [Fact]
    public void DefinitionWithoutLanguages_IsRefused_AndNoLanguageIsAssumed()
    {
        // Languages are data: nothing is assumed in code when a definition lists none.
        var error = Assert.Throws<ScaleDefinitionException>(() => DefinitionJson.Load(json => json.AsObject().Remove("languages")));
        Assert.Contains(error.Problems, p => p.Code == "Scale.MissingLanguage" && p.Path == "languages");
        Assert.Empty((Ips25Scale.Definition with { Languages = [] }).Languages);
        Assert.Empty((Ips25Scale.Definition with { Languages = default }).Languages);
    }

    [Fact]
    public void RequireLanguage_NamesTheScaleAndItsLanguages()
    {
        var scale = Ips25Scale.LoadDefinition();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => scale.RequireLanguage(ReportLanguage.FromCode("sv"), "target"));
        Assert.Equal("target", exception.ParamName);
        Assert.Equal("sv", exception.ActualValue);
        Assert.StartsWith("The scale definition 'ips-25' has no texts in this language; it has: nb, en.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultArrays_ReadAsEmpty()
    {
        var scale = Ips25Scale.LoadDefinition() with { Sections = default, Levels = default, Policies = default, Items = default };
        AssertEmpty(scale.Sections);
        AssertEmpty(scale.Levels);
        AssertEmpty(scale.Policies);
        AssertEmpty(scale.Items);
        Assert.Equal(0, scale.LowestTotal);
        Assert.Equal(0, scale.HighestTotal);

        var item = Ips25Scale.LoadDefinition().Items[0] with { DataSources = default, Facts = default, Anchors = default };
        AssertEmpty(item.DataSources);
        AssertEmpty(item.Facts);
        AssertEmpty(item.Anchors);
    }

    private static void AssertEmpty<T>(ImmutableArray<T> array)
    {
        Assert.False(array.IsDefault);
        Assert.Empty(array);
    }

    [Fact]
    public void Totals_AreItemsTimesOneAndFive()
    {
        var scale = Ips25Scale.LoadDefinition();
        Assert.Equal(25, scale.LowestTotal);
        Assert.Equal(125, scale.HighestTotal);
    }
}
