using System.Globalization;
using System.Text;

namespace Ips.Core.Outcomes;

/// <summary>
/// Writes the <see cref="NavOutcomeContent"/> as CSV for analysis, in long layout: one row per figure and period.
/// Column names follow the analysis CSVs' rule (ASCII, a letter first, <c>[a-z0-9_]</c>, at most 32 characters);
/// numbers are invariant (shares as round-trip fractions), a hidden or absent number is an empty field.
/// </summary>
internal static class NavOutcomeCsvWriter
{
    /// <summary>The header, in order.</summary>
    internal static readonly string[] Columns =
        ["programme", "group", "table", "figure", "kind", "label", "period", "period_start", "period_end", "cohort", "count", "denominator", "share", "value", "suppressed", "min_count"];

    internal static string Write(NavOutcomeContent content)
    {
        var output = new StringBuilder(16384);
        output.AppendJoin(',', Columns).Append('\n');
        var minimum = Int(content.Suppression.MinimumCount);
        foreach (var section in content.Sections)
        {
            foreach (var row in section.Rows)
            {
                for (var c = 0; c < content.Columns.Count; c++)
                {
                    var column = content.Columns[c];
                    var cell = row.Cells[c];
                    output.AppendJoin(
                        ',',
                        Field(content.Programme),
                        Field(content.Group ?? string.Empty),
                        Field(section.Id),
                        Field(row.Figure),
                        Kind(cell.Kind),
                        Field(row.Label),
                        column.Id,
                        NavOutcomeContentBuilder.Iso(column.Period.Start),
                        NavOutcomeContentBuilder.Iso(column.Period.End),
                        Field(section.Cohorts[c]),
                        cell.Count is { } count ? Int(count) : string.Empty,
                        cell.Denominator is { } denominator ? Int(denominator) : string.Empty,
                        Number(cell.Share),
                        Number(cell.Value),
                        cell.Suppressed ? "true" : "false",
                        minimum).Append('\n');
                }
            }
        }

        return output.ToString();
    }

    /// <summary>How the tables show a cell: <c>count</c>, <c>percent</c>, <c>share</c> (count and share) or <c>value</c> (e.g. median days over <c>denominator</c> people).</summary>
    internal static string Kind(NavOutcomeCellKind kind) => kind switch
    {
        NavOutcomeCellKind.Count => "count",
        NavOutcomeCellKind.Percent => "percent",
        NavOutcomeCellKind.CountAndShare => "share",
        _ => "value",
    };

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A field, quoted only when it holds a comma, a quote or a line break (as the other analysis CSVs).</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
