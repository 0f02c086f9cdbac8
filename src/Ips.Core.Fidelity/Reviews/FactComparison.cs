using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>Lines up several reviewers' facts and lists every fact they recorded differently.</summary>
internal static class FactComparison
{
    public static ImmutableArray<FactDifference> Compare(ScaleDefinition scale, ImmutableArray<ReviewFacts> facts)
    {
        var differences = ImmutableArray.CreateBuilder<FactDifference>();
        foreach (var item in scale.Items)
        {
            var perReviewer = facts.Select(f => f.Find(item.Number)).ToArray();

            // Programme facts, by fact id in the definition's order, then any ids the definition does not declare.
            Add(differences, item.Number, null, perReviewer.Select(f => f is null ? [] : f.Programme).ToArray(), item);

            // Per-specialist facts, by specialist label in first-seen order.
            var labels = new List<string>();
            foreach (var itemFacts in perReviewer)
            {
                foreach (var specialist in itemFacts?.Specialists ?? [])
                {
                    if (specialist?.Label is { } label && !labels.Contains(label, StringComparer.Ordinal))
                    {
                        labels.Add(label);
                    }
                }
            }

            foreach (var label in labels)
            {
                var entries = perReviewer.Select(f => f?.Specialists.FirstOrDefault(s => string.Equals(s?.Label, label, StringComparison.Ordinal))?.Facts ?? []).ToArray();
                Add(differences, item.Number, label, entries, item);
            }
        }

        return differences.ToImmutable();
    }

    private static void Add(ImmutableArray<FactDifference>.Builder differences, int item, string? specialist, ImmutableArray<FactEntry>[] entries, ItemDefinition definition)
    {
        var ids = definition.Facts.Select(f => f.Id).ToList();
        foreach (var list in entries)
        {
            foreach (var entry in list)
            {
                if (entry.Id is not null && !ids.Contains(entry.Id, StringComparer.Ordinal))
                {
                    ids.Add(entry.Id);
                }
            }
        }

        foreach (var id in ids)
        {
            var values = entries.Select(list => Find(list, id)).ToImmutableArray();
            if (values.All(v => v is null))
            {
                continue;
            }

            var first = values[0];
            if (values.Any(v => !Same(v, first)))
            {
                differences.Add(new FactDifference(item, specialist, id, values));
            }
        }
    }

    private static FactValue? Find(ImmutableArray<FactEntry> entries, string id)
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

    /// <summary>Value equality, with element sets compared as sets (the record struct compares arrays by reference).</summary>
    private static bool Same(FactValue? a, FactValue? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return a is null && b is null;
        }

        if (x.Kind != y.Kind || x.Number != y.Number || x.Flag != y.Flag || !string.Equals(x.Level, y.Level, StringComparison.Ordinal))
        {
            return false;
        }

        var left = x.Elements.IsDefault ? [] : x.Elements;
        var right = y.Elements.IsDefault ? [] : y.Elements;
        return left.ToHashSet(StringComparer.Ordinal).SetEquals(right);
    }
}
