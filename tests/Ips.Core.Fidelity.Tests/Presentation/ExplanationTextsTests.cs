using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>
/// The shared heading and status texts are found per scale and language (the last ones asked for are kept in one
/// slot): explaining reports of different scales, or in different languages, one after the other, gives each its own.
/// </summary>
public sealed class ExplanationTextsTests
{
    [Fact]
    public void ExplainingTwoScalesAndLanguagesInTurn_GivesEachItsOwnTexts()
    {
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        var renamed = report with
        {
            Scale = report.Scale with { Labels = report.Scale.Labels.SetItem("score", new LocalizedText([new("nb", "Poeng"), new("en", "Points")])) },
        };
        var score = report.Item(1).Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("Skår " + score, report.Explain(1).Status);
            Assert.Equal("Poeng " + score, renamed.Explain(1).Status);
            Assert.Equal("Points " + score, renamed.Explain(1, Ips25Scale.English).Status);
            Assert.Equal("Score " + score, report.Explain(1, Ips25Scale.English).Status);
            Assert.Equal("Skår " + score, report.Explain(1, Ips25Scale.Norwegian).Status);
            Assert.Equal("Poeng " + score, renamed.Explain(1, Ips25Scale.Norwegian).Status);
        }
    }

    [Fact]
    public void DefaultLanguage_IsTheScalesFirst_WhicheverLanguageWasAskedForBefore()
    {
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        _ = report.Explain(1, Ips25Scale.English).Status;

        var explanation = report.Explain(1);

        Assert.Equal(Ips25Scale.Norwegian, explanation.Language);
        Assert.Equal(report.Explain(1, Ips25Scale.Norwegian), explanation);
        Assert.Equal(report.Explain(2, Ips25Scale.Norwegian).Heading, report.Explain(2).Heading);
    }

    [Fact]
    public void UndeclaredLanguage_IsRefused_EvenRightAfterAnExplanation()
    {
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        _ = report.Explain(1).Status;
        _ = report.Explain(1, Ips25Scale.English).Status;
        var sami = ReportLanguage.FromCode("se");

        var fromReport = Assert.Throws<ArgumentOutOfRangeException>(() => report.Explain(1, sami));
        var fromItem = Assert.Throws<ArgumentOutOfRangeException>(() => report.Item(1).Explain(report.Scale, sami));

        Assert.Equal("language", fromReport.ParamName);
        Assert.Equal("language", fromItem.ParamName);
        Assert.Equal(Ips25Scale.English, report.Explain(1, Ips25Scale.English).Language);
    }
}
