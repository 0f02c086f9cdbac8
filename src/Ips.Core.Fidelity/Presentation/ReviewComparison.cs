using System.Collections.Immutable;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Compares two fidelity reports of the same programme (e.g. a year apart) and renders the comparison.</summary>
/// <remarks>
/// <para>
/// <see cref="Compare"/> pairs the items by number and reports, per item, the score and status before and after, the
/// delta and whether an anchor was crossed (up or down); per section and in total, the rated sums; the level before
/// and after; and every fact whose value moved. Element sets compare as sets (order does not matter); a fact's origin
/// (supplied or derived) is not a change.
/// </para>
/// <para>
/// <b>Guards.</b> Reports scored on different scales or editions cannot be compared item by item: <see cref="Compare"/>
/// throws <see cref="ArgumentException"/>. Different programme labels, different definition revisions and a later
/// review dated before the earlier one are allowed but flagged (<see cref="ReviewComparisonResult.SameProgramme"/>,
/// <see cref="ReviewComparisonResult.SameRevision"/>, <see cref="ReviewComparisonResult.InOrder"/>), and the
/// renderer prints a warning for each.
/// </para>
/// <para>
/// <see cref="Render"/> writes plain text or Markdown in any language of the scale definition, using the definition's
/// names, anchors, fact labels and UI labels; numbers are formatted for the language and dates as ISO-8601, so the
/// output is the same whatever the thread culture. Stateless and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var before = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText("fair-2025.json")));
/// var after = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText("fair.json")));
/// ReviewComparisonResult comparison = ReviewComparison.Compare(before, after);
/// int change = comparison.Total.Delta;                          // e.g. +9
/// foreach (var item in comparison.CrossedUp) { /* item.Item, item.ScoreBefore, item.ScoreAfter */ }
/// string text = ReviewComparison.Render(comparison, ReportFormat.Text, Ips25Scale.English);
/// </code>
/// </example>
public static class ReviewComparison
{
    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    /// <param name="before">The earlier report.</param>
    /// <param name="after">The later report.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The reports were scored on different scales or editions.</exception>
    /// <example>
    /// <code>
    /// var comparison = ReviewComparison.Compare(lastYear, thisYear);
    /// if (!comparison.SameProgramme) { /* warn: different programme labels */ }
    /// </code>
    /// </example>
    public static ReviewComparisonResult Compare(FidelityReport before, FidelityReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!string.Equals(before.ScaleId, after.ScaleId, StringComparison.Ordinal) || !string.Equals(before.Edition, after.Edition, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The reports were scored on different scales ('" + before.ScaleId + "', edition '" + before.Edition + "' and '" + after.ScaleId + "', edition '" + after.Edition + "'); only reviews on the same scale and edition can be compared item by item.",
                nameof(after));
        }

        var items = ImmutableArray.CreateBuilder<ItemChange>(after.Items.Length);
        var facts = ImmutableArray.CreateBuilder<FactChange>();
        foreach (var later in after.Items)
        {
            var earlier = Find(before, later.Item);
            items.Add(new ItemChange
            {
                Definition = later.Definition,
                StatusBefore = earlier?.Status ?? ItemStatus.NotRated,
                StatusAfter = later.Status,
                ScoreBefore = earlier?.Score,
                ScoreAfter = later.Score,
            });
            CompareFacts(earlier, later, facts);
        }

        var sections = ImmutableArray.CreateBuilder<SummaryChange>(after.Sections.Length);
        foreach (var section in after.Sections)
        {
            var earlier = FindSection(before, section.SectionId);
            sections.Add(new SummaryChange
            {
                Section = section.Section,
                Before = earlier?.Summary ?? new ScoreSummary { ItemCount = section.Summary.ItemCount },
                After = section.Summary,
            });
        }

        return new ReviewComparisonResult
        {
            Before = before,
            After = after,
            Items = items.ToImmutable(),
            Sections = sections.ToImmutable(),
            Total = new SummaryChange { Before = before.Total, After = after.Total },
            Facts = facts.ToImmutable(),
        };
    }

    /// <summary>Renders <paramref name="comparison"/> as plain text or Markdown.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="format">Plain text or Markdown.</param>
    /// <param name="language">The output language, one the scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The rendered comparison, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value, or the scale definition has no texts in <paramref name="language"/>.</exception>
    /// <example>
    /// <code>
    /// Console.Write(ReviewComparison.Render(comparison));                                          // text, the scale's default language
    /// File.WriteAllText("change.md", ReviewComparison.Render(comparison, ReportFormat.Markdown, Ips25Scale.English));
    /// </code>
    /// </example>
    public static string Render(ReviewComparisonResult comparison, ReportFormat format = ReportFormat.Text, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (format is not (ReportFormat.Text or ReportFormat.Markdown))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Use ReportFormat.Text or ReportFormat.Markdown.");
        }

        var chosen = language.Or(comparison.Scale.DefaultLanguage);
        comparison.Scale.RequireLanguage(chosen, nameof(language));
        return new ComparisonWriter(comparison, format == ReportFormat.Markdown, chosen).Write();
    }

    /// <summary>Whether two fact values are the same (element sets compared as sets).</summary>
    internal static bool SameValue(FactValue a, FactValue b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return a.Kind switch
        {
            FactKind.Number or FactKind.Count => a.Number.Equals(b.Number),
            FactKind.Level => string.Equals(a.Level, b.Level, StringComparison.Ordinal),
            FactKind.Flag => a.Flag == b.Flag,
            FactKind.Elements => SameSet(a.Elements, b.Elements),
            _ => false,
        };
    }

    private static bool SameSet(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var left = a.IsDefault ? [] : a;
        var right = b.IsDefault ? [] : b;
        return new HashSet<string>(left, StringComparer.Ordinal).SetEquals(right);
    }

    private static ItemResult? Find(FidelityReport report, int number)
    {
        foreach (var item in report.Items)
        {
            if (item.Item == number)
            {
                return item;
            }
        }

        return null;
    }

    private static SectionTotal? FindSection(FidelityReport report, string id)
    {
        foreach (var section in report.Sections)
        {
            if (string.Equals(section.SectionId, id, StringComparison.Ordinal))
            {
                return section;
            }
        }

        return null;
    }

    private static void CompareFacts(ItemResult? before, ItemResult after, ImmutableArray<FactChange>.Builder changes)
    {
        var definition = after.Definition;
        CompareSet(definition, after.Item, null, before?.Facts ?? [], after.Facts, changes);
        var labels = new List<string>();
        foreach (var specialist in before?.Specialists ?? [])
        {
            labels.Add(specialist.Label);
        }

        foreach (var specialist in after.Specialists)
        {
            if (!labels.Contains(specialist.Label, StringComparer.Ordinal))
            {
                labels.Add(specialist.Label);
            }
        }

        foreach (var label in labels)
        {
            CompareSet(definition, after.Item, label, FactsOf(before, label), FactsOf(after, label), changes);
        }
    }

    private static ImmutableArray<FactEntry> FactsOf(ItemResult? item, string label)
    {
        foreach (var specialist in item?.Specialists ?? [])
        {
            if (string.Equals(specialist.Label, label, StringComparison.Ordinal))
            {
                return specialist.Facts;
            }
        }

        return [];
    }

    private static void CompareSet(ItemDefinition definition, int item, string? specialist, ImmutableArray<FactEntry> before, ImmutableArray<FactEntry> after, ImmutableArray<FactChange>.Builder changes)
    {
        if (before.IsEmpty && after.IsEmpty)
        {
            return;
        }

        // The definition's order first, then any undeclared ids in the order given.
        var ids = new List<string>();
        foreach (var fact in definition.Facts)
        {
            ids.Add(fact.Id);
        }

        foreach (var entry in before.Concat(after))
        {
            if (!ids.Contains(entry.Id, StringComparer.Ordinal))
            {
                ids.Add(entry.Id);
            }
        }

        foreach (var id in ids)
        {
            var a = Value(before, id);
            var b = Value(after, id);
            if (a is null && b is null)
            {
                continue;
            }

            if (a is { } x && b is { } y && SameValue(x, y))
            {
                continue;
            }

            changes.Add(new FactChange(item, specialist, id, a, b));
        }
    }

    private static FactValue? Value(ImmutableArray<FactEntry> entries, string id)
    {
        foreach (var entry in entries)
        {
            if (string.Equals(entry.Id, id, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
