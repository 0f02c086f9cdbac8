using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>The same report renders (and serialises) byte for byte the same under every hostile culture.</summary>
public sealed class ReportCultureInvarianceTests
{
    public static TheoryData<string> HostileCultures => new(Cultures.Hostile);

    [Theory]
    [MemberData(nameof(HostileCultures))]
    public void Rendering_IsIdentical_UnderEveryCulture(string culture)
    {
        var expected = RenderAll();

        string actual;
        using (new CultureScope(culture))
        {
            actual = RenderAll();
        }

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(HostileCultures))]
    public void Json_IsIdentical_UnderEveryCulture(string culture)
    {
        var expected = SerializeAll();

        string actual;
        using (new CultureScope(culture))
        {
            actual = SerializeAll();
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Reference_IsTakenUnderTheInvariantCulture()
    {
        string invariant;
        using (new CultureScope(Cultures.Invariant))
        {
            invariant = RenderAll();
        }

        Assert.Equal(invariant, RenderAll());
    }

    private static string RenderAll()
    {
        var parts = new List<string>();
        foreach (var name in ExampleReviews.Names)
        {
            foreach (var language in new[] { Ips25Scale.Norwegian, Ips25Scale.English })
            {
                var report = ExampleReviews.Report(name);
                parts.Add(report.ToText(language));
                parts.Add(report.ToMarkdown(language));
            }
        }

        return string.Join("\n\u0000\n", parts);
    }

    private static string SerializeAll()
    {
        var parts = new List<string>();
        foreach (var name in ExampleReviews.Names)
        {
            var facts = ExampleReviews.Facts(name);
            parts.Add(FidelityJson.WriteFacts(facts));
            parts.Add(FidelityJson.WriteReport(ExampleReviews.Report(name)));
            parts.Add(FidelityJson.WriteReport(ExampleReviews.Report(name), Ips25Scale.English));
        }

        return string.Join("\n\u0000\n", parts);
    }
}
