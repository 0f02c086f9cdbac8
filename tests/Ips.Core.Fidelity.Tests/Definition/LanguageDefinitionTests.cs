using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Tests.Definition;

/// <summary>A language of a definition: its defaults and the number format built from its separators.</summary>
public sealed class LanguageDefinitionTests
{
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
}
