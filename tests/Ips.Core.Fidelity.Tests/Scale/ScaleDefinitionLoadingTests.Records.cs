using System.Collections.Immutable;
using Ips.Core.Fidelity.Rules;
using Ips.Core.Fidelity.Scale;
using Ips.Core.Fidelity.Text;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>
/// Loading a definition and the definition records themselves: read failures say where and why, defaults fill in
/// what the JSON leaves out, and the small public helpers (band membership, condition form) answer as documented.
/// </summary>
public sealed class ScaleLoadingTests
{
    [Fact]
    public void JsonNull_IsAnEmptyDefinition()
    {
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load("null"));
        var problem = Assert.Single(exception.Problems);
        Assert.Equal(new ScaleDefinitionProblem(null, "$", "Scale.Empty", "The JSON document is null."), problem);
    }

    [Fact]
    public void UnreadableJson_SaysWhere()
    {
        var exception = Assert.Throws<ScaleDefinitionException>(() => ScaleDefinition.Load("""{"scaleId":"x","items":5}"""));
        var problem = Assert.Single(exception.Problems);
        Assert.Equal("Scale.UnreadableJson", problem.Code);
        Assert.Equal("$.items", problem.Path);
        Assert.Null(problem.Item);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public void Problem_ReadsAsOneLine()
    {
        Assert.Equal("item 3, items[2].anchors: Scale.MissingAnchor — No anchor.", new ScaleDefinitionProblem(3, "items[2].anchors", "Scale.MissingAnchor", "No anchor.").ToString());
        Assert.Equal("levels: Scale.LevelGap — A gap.", new ScaleDefinitionProblem(null, "levels", "Scale.LevelGap", "A gap.").ToString());
    }

    [Fact]
    public void ExceptionWithoutProblems_HasAnEmptyList()
    {
        var plain = new ScaleDefinitionException();
        Assert.Equal("The scale definition is invalid.", plain.Message);
        Assert.Empty(plain.Problems);

        Assert.Empty(new ScaleDefinitionException("Broken.").Problems);

        var inner = new InvalidOperationException("cause");
        var wrapped = new ScaleDefinitionException("Broken.", inner);
        Assert.Same(inner, wrapped.InnerException);
        Assert.Empty(wrapped.Problems);
    }

    [Fact]
    public void DefinitionWithoutLanguages_HasNorwegianAndEnglishWithTheirNumberFormats()
    {
        var scale = DefinitionJson.Load(json => json.AsObject().Remove("languages"));
        AssertDefaultLanguages(scale.Languages);
        AssertDefaultLanguages((scale with { Languages = [] }).Languages);
        AssertDefaultLanguages((scale with { Languages = default }).Languages);
    }

    [Fact]
    public void LanguageDefinition_DefaultsToPointAndCommaSeparators()
    {
        var language = new LanguageDefinition { Code = "sv" };
        Assert.Equal(string.Empty, language.Name);
        Assert.Equal(".", language.DecimalSeparator);
        Assert.Equal(",", language.GroupSeparator);
        Assert.Equal("1,234.5", 1234.5.ToString("N1", language.NumberFormat));
    }

    [Fact]
    public void LanguageNumberFormat_IsBuiltOnce()
    {
        var language = new LanguageDefinition { Code = "nb", DecimalSeparator = ",", GroupSeparator = " " };
        Assert.Same(language.NumberFormat, language.NumberFormat);
    }

    [Fact]
    public void RequireLanguage_NamesTheScaleAndItsLanguages()
    {
        var scale = ScaleDefinition.LoadEmbedded();
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => scale.RequireLanguage(ReportLanguage.FromCode("sv"), "target"));
        Assert.Equal("target", exception.ParamName);
        Assert.Equal("sv", exception.ActualValue);
        Assert.StartsWith("The scale definition 'ips-25' has no texts in this language; it has: nb, en.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultArrays_ReadAsEmpty()
    {
        var scale = ScaleDefinition.LoadEmbedded() with { Sections = default, Levels = default, Policies = default, Items = default };
        AssertEmpty(scale.Sections);
        AssertEmpty(scale.Levels);
        AssertEmpty(scale.Policies);
        AssertEmpty(scale.Items);
        Assert.Equal(0, scale.LowestTotal);
        Assert.Equal(0, scale.HighestTotal);

        var item = ScaleDefinition.LoadEmbedded().Items[0] with { DataSources = default, Facts = default, Anchors = default };
        AssertEmpty(item.DataSources);
        AssertEmpty(item.Facts);
        AssertEmpty(item.Anchors);
    }

    [Theory]
    [InlineData(59.9, false)]
    [InlineData(60, false)]
    [InlineData(60.1, true)]
    [InlineData(74, true)]
    [InlineData(74.1, false)]
    public void Band_ExclusiveMinimum_LeavesTheBoundOut(double value, bool inside) =>
        Assert.Equal(inside, new BandDefinition { Min = 60, MinExclusive = true, Max = 74, Score = 2 }.Contains(value));

    [Fact]
    public void ConditionKind_IsTheOneFormUsed_EvenWhenThatFormIsIncomplete()
    {
        Assert.Equal(ConditionKind.Compare, new ConditionDefinition { Op = ComparisonOperator.LessThan }.Kind);
        Assert.Equal(ConditionKind.Compare, new ConditionDefinition { Than = new ValueDefinition { Constant = 2 } }.Kind);
        Assert.Equal(ConditionKind.Level, new ConditionDefinition { AtLeast = "weekly" }.Kind);
        Assert.Equal(ConditionKind.Level, new ConditionDefinition { EqualTo = "weekly" }.Kind);
        Assert.Equal(ConditionKind.Flag, new ConditionDefinition { Is = true }.Kind);
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition().Kind);
    }

    [Fact]
    public void ConditionKind_WithTwoForms_IsInvalid()
    {
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition { Flag = "tracked", Is = true, Not = new ConditionDefinition { Flag = "other", Is = true } }.Kind);
        Assert.Equal(ConditionKind.Invalid, new ConditionDefinition { Level = "contactLogReview", AtLeast = "weekly", Is = false }.Kind);
    }

    private static void AssertEmpty<T>(ImmutableArray<T> array)
    {
        Assert.False(array.IsDefault);
        Assert.Empty(array);
    }

    private static void AssertDefaultLanguages(ImmutableArray<LanguageDefinition> languages)
    {
        Assert.Equal(["nb", "en"], languages.Select(l => l.Code));
        Assert.Equal(["Norsk bokmål", "English"], languages.Select(l => l.Name));
        Assert.Equal([",", "."], languages.Select(l => l.DecimalSeparator));
        Assert.Equal(["\u00A0", ","], languages.Select(l => l.GroupSeparator));
    }
}
