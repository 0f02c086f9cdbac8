using System.Globalization;
using System.Text;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Reliability.Tests.Generators;

/// <summary>Readable, culture-invariant text of review facts for failure messages (JSON cannot show NaN or nulls).</summary>
internal static class Describe
{
    public static string Facts(ReviewFacts? facts)
    {
        if (facts is null)
        {
            return "(null facts)";
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"label={Quote(facts.ProgrammeLabel)} date={facts.ReviewDate:yyyy-MM-dd} period={facts.ReviewPeriod}\n");
        foreach (var item in facts.Items)
        {
            if (item is null)
            {
                text.Append("  (null item)\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"  item {item.Item}: programme {Entries(item.Programme)}");
            if (item.Specialists.Length > 20)
            {
                text.Append(CultureInfo.InvariantCulture, $" specialists: {item.Specialists.Length} (first {Quote(item.Specialists[0]?.Label)} {Entries(item.Specialists[0]?.Facts ?? [])})");
            }
            else
            {
                foreach (var s in item.Specialists)
                {
                    text.Append(CultureInfo.InvariantCulture, $" | {Quote(s?.Label)} {Entries(s?.Facts ?? [])}");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Entries(System.Collections.Immutable.ImmutableArray<FactEntry> entries) =>
        "{" + string.Join(", ", entries.Select(e => $"{e.Id ?? "(null id)"}={e.Value.Kind}:{e.Value}")) + "}";

    private static string Quote(string? s) => s is null ? "(null)" : "\"" + s + "\"";
}
