using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>A fact value: its factories check their arguments, and it prints itself for messages, even when malformed.</summary>
public sealed class FactValueTests
{
    [Fact]
    public void FactValueFactories_RejectNullWithTheArgumentName()
    {
        Assert.Equal("elementIds", Assert.Throws<ArgumentNullException>(() => FactValue.FromElements((IEnumerable<string>)null!)).ParamName);
        Assert.Equal("levelId", Assert.Throws<ArgumentNullException>(() => FactValue.FromLevel(null!)).ParamName);
    }

    [Fact]
    public void FactValueText_ForWellFormedValues()
    {
        Assert.Equal("64.5", FactValue.FromNumber(64.5).ToString());
        Assert.Equal("[a, b]", FactValue.FromElements("a", "b").ToString());
        Assert.Equal("[]", FactValue.FromElements().ToString());
        Assert.Equal("weekly", FactValue.FromLevel("weekly").ToString());
        Assert.Equal("false", FactValue.FromFlag(false).ToString());
    }

    [Fact]
    public void FactValueText_NamesWhatAMalformedValueLacks()
    {
        Assert.Equal("(no number)", new FactValue { Kind = FactKind.Number }.ToString());
        Assert.Equal("(no number)", new FactValue { Kind = FactKind.Count }.ToString());
        Assert.Equal("[]", new FactValue { Kind = FactKind.Elements }.ToString());
        Assert.Equal("(no level)", new FactValue { Kind = FactKind.Level }.ToString());
        Assert.Equal("(no flag)", new FactValue { Kind = FactKind.Flag }.ToString());
        Assert.Equal("(unknown kind)", new FactValue { Kind = (FactKind)99, Number = 1 }.ToString());
    }

    [Fact]
    public void FactValue_ToString_IsReadable()
    {
        Assert.Equal("[a, b]", FactValue.FromElements("a", "b").ToString());
        Assert.Equal("[]", FactValue.FromElements().ToString());
        Assert.Equal("weekly", FactValue.FromLevel("weekly").ToString());
        Assert.Equal("true", FactValue.FromFlag(true).ToString());
        Assert.Equal("false", FactValue.FromFlag(false).ToString());
        Assert.Equal("12.5", FactValue.FromNumber(12.5).ToString());
        Assert.Equal("7", FactValue.FromCount(7).ToString());
    }
}
