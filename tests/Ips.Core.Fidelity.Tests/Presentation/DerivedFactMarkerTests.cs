using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Rendered reports tell facts derived from records apart from facts a reviewer supplied.</summary>
public sealed class DerivedFactMarkerTests
{
    private static string Render(FactOrigin origin, ReportLanguage language)
    {
        var facts = new[]
        {
            new FactEntry("activeParticipants", FactValue.FromCount(18)) { Origin = origin },
            new FactEntry("fullTimeEquivalents", FactValue.FromNumber(1)),
        };
        var review = Raw(ItemFacts.ForProgramme(1, facts));
        return Engine.Score(review).ToText(language);
    }

    [Theory]
    [InlineData("nb", "(avledet fra journaldata)")]
    [InlineData("en", "(derived from records)")]
    public void DerivedFact_IsMarkedInTheRenderedReport(string code, string marker)
    {
        var text = Render(FactOrigin.Derived, ReportLanguage.FromCode(code));

        var line = Assert.Single(text.Split('\n'), l => l.Contains(marker, StringComparison.Ordinal));
        Assert.Contains("18", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SuppliedFact_IsNotMarked()
    {
        var text = Render(FactOrigin.Supplied, Ips25Scale.English);

        Assert.DoesNotContain("derived from records", text, StringComparison.Ordinal);
    }
}
