using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Localization;
using Ips.TestSupport;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>Comparing two reviews of one programme: examples/reviews/fair-2025.json (before) and fair.json (after).</summary>
public sealed class ReviewComparisonTests
{
    public static TheoryData<string, ReportFormat> LanguagesAndFormats => new()
    {
        { "nb", ReportFormat.Text },
        { "nb", ReportFormat.Markdown },
        { "en", ReportFormat.Text },
        { "en", ReportFormat.Markdown },
    };

    [Theory]
    [MemberData(nameof(LanguagesAndFormats))]
    public async Task FairYearApart_RendersAsPinned(string language, ReportFormat format)
    {
        var comparison = Compare("fair-2025", "fair");

        await Snapshot.Verify(ReviewComparison.Render(comparison, format, ExampleReviews.Language(language)));
    }

    [Fact]
    public void FairYearApart_ItemsSectionsTotalAndLevel()
    {
        var comparison = Compare("fair-2025", "fair");

        Assert.True(comparison.SameProgramme);
        Assert.True(comparison.SameRevision);
        Assert.True(comparison.InOrder);
        Assert.Equal(364, comparison.DaysBetween);
        Assert.Equal(25, comparison.Items.Length);
        Assert.Equal([2, 5, 13, 21, 24], comparison.CrossedUp.Select(i => i.Item));
        Assert.Equal([20], comparison.CrossedDown.Select(i => i.Item));
        var competitive = comparison.Items[20];
        Assert.Equal((1, 3, 2, ChangeDirection.Up, true), (competitive.ScoreBefore, competitive.ScoreAfter, competitive.Delta, competitive.Direction, competitive.CrossedAnchor));
        Assert.Equal(3, competitive.AnchorAfter!.Score);
        var followAlong = Assert.Single(comparison.StatusChanges);
        Assert.Equal((22, ItemStatus.NotRated, ItemStatus.Rated, (int?)null, ChangeDirection.NotComparable), (followAlong.Item, followAlong.StatusBefore, followAlong.StatusAfter, followAlong.Delta, followAlong.Direction));
        Assert.Equal((75, 83, 8), (comparison.Total.Before.RatedSum, comparison.Total.After.RatedSum, comparison.Total.Delta));
        Assert.False(comparison.Total.BothComplete);
        Assert.Equal([1, 1, 6], comparison.Sections.Select(s => s.Delta));
        Assert.Equal(("fair", "fair", ChangeDirection.Unchanged), (comparison.LevelBefore!.Id, comparison.LevelAfter!.Id, comparison.LevelDirection));
    }

    [Fact]
    public void FairYearApart_FactsThatMoved()
    {
        var comparison = Compare("fair-2025", "fair");

        var moved = comparison.Facts.Select(f => (f.Item, f.Specialist, f.FactId, f.Kind)).ToList();
        Assert.Contains((1, "ES-2", "activeParticipants", FactChangeKind.Changed), moved);
        Assert.Contains((17, "ES-1", "contactLogReview", FactChangeKind.Changed), moved);
        Assert.Contains((22, (string?)null, "followAlongSupportPractice", FactChangeKind.Added), moved);
        Assert.DoesNotContain(moved, f => f.Item == 1 && f.Specialist == "ES-1");
        var teamContact = Assert.Single(comparison.Facts, f => f.Item == 5);
        Assert.Equal(2, teamContact.Before!.Value.Elements.Length);
        Assert.Equal(3, teamContact.After!.Value.Elements.Length);
        Assert.Equal(16, comparison.Facts.Length);
    }

    [Fact]
    public void SameReview_HasNoChanges()
    {
        var comparison = Compare("fair", "fair");

        Assert.Empty(comparison.CrossedUp);
        Assert.Empty(comparison.CrossedDown);
        Assert.Empty(comparison.StatusChanges);
        Assert.Empty(comparison.Facts);
        Assert.Equal(0, comparison.Total.Delta);
        var text = ReviewComparison.Render(comparison, ReportFormat.Text, Ips25Scale.English);
        Assert.Contains("No item changed its score", text, StringComparison.Ordinal);
        Assert.Contains("No facts changed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementOrder_IsNotAChange()
    {
        var before = Review.Raw(ItemFacts.ForProgramme(5, Review.E("teamContactPractices", "officeNearTeam", "attendsWeeklyTeamMeeting")));
        var after = Review.Raw(ItemFacts.ForProgramme(5, Review.E("teamContactPractices", "attendsWeeklyTeamMeeting", "officeNearTeam")));

        var comparison = ReviewComparison.Compare(Review.Engine.Score(before), Review.Engine.Score(after));

        Assert.Empty(comparison.Facts);
    }

    [Fact]
    public void DifferentProgrammes_AreFlaggedAndWarned()
    {
        var comparison = Compare("not-ips", "exemplary");

        Assert.False(comparison.SameProgramme);
        Assert.Equal(ChangeDirection.Up, comparison.LevelDirection);
        var text = ReviewComparison.Render(comparison, ReportFormat.Text, Ips25Scale.English);
        Assert.Contains("!! Warning: the reviews are of different programmes", text, StringComparison.Ordinal);
        Assert.Contains("> **Warning: the reviews are of different programmes**", ReviewComparison.Render(comparison, ReportFormat.Markdown, Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfOrder_IsFlagged()
    {
        var comparison = Compare("fair", "fair-2025");

        Assert.False(comparison.InOrder);
        Assert.Equal(-364, comparison.DaysBetween);
        Assert.Contains("dated before", ReviewComparison.Render(comparison, ReportFormat.Text, Ips25Scale.English), StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentRevision_IsFlagged()
    {
        var after = ExampleReviews.Report("fair");
        var before = ExampleReviews.Report("fair-2025") with { Scale = Ips25Scale.Definition with { Revision = "2025.1" } };

        var comparison = ReviewComparison.Compare(before, after);

        Assert.False(comparison.SameRevision);
        Assert.Contains("Revisjon: 2025.1 → 2026.1", ReviewComparison.Render(comparison), StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentScales_AreRefused()
    {
        var after = ExampleReviews.Report("fair");
        var before = after with { Scale = Ips25Scale.Definition with { ScaleId = "ips-other" } };

        var exception = Assert.Throws<ArgumentException>(() => ReviewComparison.Compare(before, after));
        Assert.Contains("different scales", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReviewComparison.Compare(after, after with { Scale = Ips25Scale.Definition with { Edition = "2030" } }));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        var report = ExampleReviews.Report("fair");
        Assert.Throws<ArgumentNullException>(() => ReviewComparison.Compare(null!, report));
        Assert.Throws<ArgumentNullException>(() => ReviewComparison.Compare(report, null!));
        Assert.Throws<ArgumentNullException>(() => ReviewComparison.Render(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewComparison.Render(ReviewComparison.Compare(report, report), (ReportFormat)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewComparison.Render(ReviewComparison.Compare(report, report), ReportFormat.Text, ReportLanguage.FromCode("de")));
    }

    [Fact]
    public void Rendering_IsTheSame_UnderAnyCulture()
    {
        var comparison = Compare("fair-2025", "fair");
        var expected = ReviewComparison.Render(comparison);
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in Cultures.Hostile)
            {
                System.Globalization.CultureInfo.CurrentCulture = Cultures.Get(culture);
                Assert.Equal(expected, ReviewComparison.Render(comparison));
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void ComparisonLabels_ExistInBothLanguages()
    {
        foreach (var id in new[] { "comparisonTitle", "before", "after", "change", "daysBetween", "itemChanges", "crossedUp", "crossedDown", "statusChanges", "noScoreChanges", "unchangedItems", "sectionChanges", "levelUp", "levelDown", "unchanged", "factChanges", "noFactChanges", "notGiven", "differentProgrammes", "differentRevisions", "afterIsEarlier" })
        {
            Assert.True(Ips25Scale.Definition.Labels.TryGetValue(id, out var text), id);
            Assert.True(text.IsComplete, id);
        }
    }

    private static ReviewComparisonResult Compare(string before, string after) =>
        ReviewComparison.Compare(ExampleReviews.Report(before), ExampleReviews.Report(after));
}
