using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Documentation;

/// <summary><c>docs/item-reference.md</c> is exactly what <see cref="ScaleDocumentation.ItemReferenceMarkdown"/> generates.</summary>
public sealed class ItemReferenceDocTests
{
    private const string DocPath = "docs/item-reference.md";

    [Fact]
    public void ItemReference_CommittedFileIsCurrent()
    {
        var generated = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        if (RepositoryFiles.RegenerationRequested())
        {
            RepositoryFiles.WriteText(DocPath, generated);
            return;
        }

        var committed = File.Exists(RepositoryFiles.PathOf(DocPath)) ? RepositoryFiles.ReadText(DocPath) : null;
        if (committed == generated)
        {
            return;
        }

        var where = committed is null ? "the file does not exist" : "first difference at " + FirstDifference(committed, generated);
        Assert.Fail(
            $"{DocPath} is stale ({where}). It is generated from the scale definition (src/Ips.Core.Fidelity/Ips25/ips-25.v1.json). " +
            $"Regenerate it locally with `{RepositoryFiles.RegenerateVariable}=1 dotnet test tests/Ips.Core.Fidelity.Tests` " +
            "(ignored when CI=true), review the diff and commit it.");
    }

    [Fact]
    public void ItemReference_IsTheSameUnderEveryCulture()
    {
        string nb, invariant, us;
        using (new CultureSwitch("nb-NO"))
        {
            nb = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        }

        using (new CultureSwitch("en-US"))
        {
            us = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        }

        using (new CultureSwitch(""))
        {
            invariant = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        }

        Assert.Equal(invariant, nb);
        Assert.Equal(invariant, us);
    }

    [Fact]
    public void ItemReference_HasLineFeedsOnlyAndOneFinalNewline()
    {
        var text = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemReference_CoversEveryItemFactOptionAndAnchorInEveryLanguageInDefinitionOrder()
    {
        var scale = Ips25Scale.Definition;
        var text = ScaleDocumentation.ItemReferenceMarkdown(scale);
        Assert.Equal(25, scale.Items.Length);
        foreach (var item in scale.Items)
        {
            Assert.Contains($"## {item.Number}. {item.Name.Get(Ips25Scale.Norwegian)} — {item.Name.Get(Ips25Scale.English)}\n", text, StringComparison.Ordinal);
            foreach (var fact in item.Facts)
            {
                Assert.Contains($"| `{fact.Id}` |", text, StringComparison.Ordinal);
                foreach (var option in fact.Elements.AddRange(fact.Levels))
                {
                    Assert.Contains($"`{option.Id}` | {option.Label.Get(Ips25Scale.Norwegian)} | {option.Label.Get(Ips25Scale.English)} |", text, StringComparison.Ordinal);
                }
            }

            foreach (var anchor in item.Anchors)
            {
                Assert.Contains($"| {anchor.Score} | {anchor.Text.Get(Ips25Scale.Norwegian)} | {anchor.Text.Get(Ips25Scale.English)} |", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ItemReference_DescribesBandsRoundingCapsAndExclusion()
    {
        var text = ScaleDocumentation.ItemReferenceMarkdown(Ips25Scale.Definition);
        Assert.Contains("Bands over `activeParticipants` ÷ `fullTimeEquivalents`, rounded to a whole number first (halves away from zero):", text, StringComparison.Ordinal);
        Assert.Contains("- ≥ 41 → **1**", text, StringComparison.Ordinal);
        Assert.Contains("- ≥ 0 and < 65 → **1**", text, StringComparison.Ordinal);
        Assert.Contains("- cap: at most 2 when `contactLogReview` is `none`.", text, StringComparison.Ordinal);
        Assert.Contains("left out of the average when `jobSeekers` = 0", text, StringComparison.Ordinal);
        Assert.Contains("If `jobSeekers` < 3 and `inPersonEmployerContactsPerWeek` ≥ 2 × `jobSeekers` → **5**", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Regeneration_IsNeverRequestedInCi()
    {
        Assert.False(RepositoryFiles.RegenerationRequested(name => name == "CI" ? "true" : "1"));
        Assert.True(RepositoryFiles.RegenerationRequested(name => name == "CI" ? null : "1"));
        Assert.False(RepositoryFiles.RegenerationRequested(_ => null));
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1}: committed \"{left}\", generated \"{right}\"";
            }
        }

        return "the end of the file";
    }
}
