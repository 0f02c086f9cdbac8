using Ips.Core.Participants;
using Ips.Core.Programmes;

namespace Ips.Core.Outcomes;

/// <summary>Puts a programme's participants into the groups of an <see cref="OutcomeGrouping"/>, in the documented order.</summary>
internal static class NavOutcomeGrouper
{
    internal static IEnumerable<(NavOutcomeGroupKey Key, bool[] Include, int Count)> Groups(IpsProgramme programme, OutcomeGrouping grouping)
    {
        var participants = programme.Participants;
        var n = participants.Length;
        if (grouping.Kind == OutcomeGroupingKind.Site)
        {
            var all = new bool[n];
            Array.Fill(all, true);
            return [(new NavOutcomeGroupKey(OutcomeGroupingKind.Site, programme.Id.Value), all, n)];
        }

        // Value → (order, label, members); the order makes the output deterministic under any culture.
        var groups = new Dictionary<string, (long Order, string? Label, bool[] Include, int Count)>(StringComparer.Ordinal);
        var none = new bool[n];
        var noneCount = 0;
        for (var i = 0; i < n; i++)
        {
            var c = participants[i].Characteristics;
            var any = false;
            foreach (var (value, order, label) in ValuesOf(c, grouping))
            {
                any = true;
                if (!groups.TryGetValue(value, out var group))
                {
                    group = (order, label, new bool[n], 0);
                }

                if (!group.Include[i])
                {
                    group.Include[i] = true;
                    group.Count++;
                }

                groups[value] = group;
            }

            if (!any)
            {
                none[i] = true;
                noneCount++;
            }
        }

        var result = groups
            .OrderBy(g => g.Value.Order)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (new NavOutcomeGroupKey(grouping.Kind, g.Key, g.Value.Label), g.Value.Include, g.Value.Count))
            .ToList();
        if (noneCount > 0)
        {
            result.Add((new NavOutcomeGroupKey(grouping.Kind, null), none, noneCount));
        }

        return result;
    }

    private static IEnumerable<(string Value, long Order, string? Label)> ValuesOf(EntryCharacteristics c, OutcomeGrouping grouping)
    {
        switch (grouping.Kind)
        {
            case OutcomeGroupingKind.Measure when c.Measure is { } measure:
                yield return (measure.Code, NavMeasure.All.IndexOf(measure), null);
                break;
            case OutcomeGroupingKind.AgeBand when c.Age is { } age:
                var band = grouping.AgeBands!.BandOf(age.Years);
                yield return (band.Code, band.From, null);
                break;
            case OutcomeGroupingKind.ReferringUnit when c.ReferringUnit is { } unit:
                yield return (unit.Id.Value, 0, unit.Label);
                break;
            case OutcomeGroupingKind.Tag:
                foreach (var tag in c.Tags)
                {
                    yield return (tag.Value, 0, null);
                }

                break;
        }
    }
}
