using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Explanations are lazy: asking for one builds no text; each text is built when read, the same whatever the order.</summary>
public sealed class LazyExplanationTests
{
    private static ItemExplanation Copy(ItemExplanation e) => new()
    {
        Language = e.Language,
        Heading = e.Heading,
        Status = e.Status,
        Anchor = e.Anchor,
        NextStep = e.NextStep,
        Path = e.Path,
        Modifiers = e.Modifiers,
        Specialists = e.Specialists,
        Facts = e.Facts,
        NotRated = e.NotRated,
        Errors = e.Errors,
    };

    [Theory]
    [InlineData("exemplary")]
    [InlineData("fair")]
    [InlineData("incomplete")]
    [InlineData("not-ips")]
    public void Explain_TextsReadInAnyOrder_AreTheSameAndEqualAnEagerCopy(string name)
    {
        foreach (var language in new[] { Ips25Scale.Norwegian, Ips25Scale.English })
        {
            var report = Ips25Scale.Engine.Score(ExampleReviews.Facts(name));
            foreach (var item in report.Items)
            {
                var forwards = report.Explain(item.Item, language);
                var eager = Copy(forwards);
                var backwards = report.Explain(item.Item, language);
                var texts = (backwards.Errors, backwards.NotRated, backwards.Facts, backwards.Specialists, backwards.Modifiers, backwards.Path, backwards.NextStep, backwards.Anchor, backwards.Status, backwards.Heading);

                Assert.Equal(eager, backwards);
                Assert.Equal(eager.GetHashCode(), backwards.GetHashCode());
                Assert.Equal(eager.ToString(), backwards.ToString());
                Assert.Equal(eager.Heading, texts.Heading);
                Assert.StartsWith(item.Item.ToString(System.Globalization.CultureInfo.InvariantCulture), eager.Heading.Split(' ')[1], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Explain_BuildsNoTextUntilOneIsRead()
    {
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        _ = report.Explain(17, Ips25Scale.English).Specialists;
        _ = report.Explain(17, Ips25Scale.English).Status;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var explanation = report.Explain(17, Ips25Scale.English);
        var asked = GC.GetAllocatedBytesForCurrentThread() - before;
        _ = explanation.Specialists;
        var read = GC.GetAllocatedBytesForCurrentThread() - before;

        // One object (≈ 100 B), then the specialist lines themselves: eager building would cost the lines up front.
        Assert.True(asked <= 160, asked.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(read > asked + 100, read.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Explanations_WithDifferentTexts_AreNotEqual()
    {
        var report = Ips25Scale.Engine.Score(ExampleReviews.Facts("fair"));
        var a = report.Explain(1, Ips25Scale.English);

        Assert.NotEqual(a, report.Explain(2, Ips25Scale.English));
        Assert.NotEqual(a, a with { Status = "other" });
        Assert.NotEqual(a, a with { Facts = ["other"] });
        Assert.NotEqual(a, report.Explain(1, Ips25Scale.Norwegian));
        Assert.Equal(a, a with { });
    }
}
