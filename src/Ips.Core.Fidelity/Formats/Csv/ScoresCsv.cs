using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>Writes scored reports as a CSV: one row per programme with every item's score, the subtotals, the total and the level.</summary>
/// <remarks>
/// <para>
/// Columns, in order: programme, review date, one column per item (<c>Punkt 1</c> … / <c>Item 1</c> …), one subtotal
/// per section (the section's name), rated items, total (the sum of rated items), lowest and highest possible total,
/// and the level's name (empty while undetermined). Headers come from the scale definition's labels in the chosen
/// language; values are culture-invariant: whole numbers, dates as <c>yyyy-MM-dd</c>, an empty field for an item not
/// rated or invalid. UTF-8, comma separator, fields quoted only when they hold a comma, quote or line break (RFC 4180),
/// <c>\n</c> after every row. Thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var reports = FactsCsv.Read(reader).Where(r => r.IsValid).Select(r => Ips25Scale.Engine.Score(r.Facts!));
/// ScoresCsv.Write(Console.Out, reports, Ips25Scale.English);
/// </code>
/// </example>
public static class ScoresCsv
{
    /// <summary>The header row's column names for <paramref name="scale"/> in <paramref name="language"/>.</summary>
    /// <param name="language">The language of the headers.</param>
    /// <param name="scale">The scale definition; by default the embedded IPS-25.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale definition has no texts in <paramref name="language"/>.</exception>
    public static ImmutableArray<string> Header(ReportLanguage language, ScaleDefinition? scale = null)
    {
        scale ??= ScaleDefinition.Ips25;
        scale.RequireLanguage(language);
        var columns = ImmutableArray.CreateBuilder<string>();
        columns.Add(scale.Label("programmeLabel", language));
        columns.Add(scale.Label("reviewDate", language));
        foreach (var item in scale.Items)
        {
            columns.Add(scale.Label("item", language) + " " + item.Number.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var section in scale.Sections)
        {
            columns.Add(section.Name.Get(language));
        }

        columns.Add(scale.Label("ratedItems", language));
        columns.Add(scale.Label("total", language));
        columns.Add(scale.Label("lowestPossible", language));
        columns.Add(scale.Label("highestPossible", language));
        columns.Add(scale.Label("level", language));
        return columns.ToImmutable();
    }

    /// <summary>Writes the header row and one row per report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports, all scored with the same scale definition.</param>
    /// <param name="language">The language of the headers and level names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report was scored with another scale definition than the first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale definition has no texts in <paramref name="language"/>.</exception>
    /// <example>
    /// <code>
    /// using var output = new StreamWriter("scores.csv");
    /// ScoresCsv.Write(output, reports, Ips25Scale.Norwegian);
    /// </code>
    /// </example>
    public static void Write(TextWriter writer, IEnumerable<FidelityReport> reports, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        ScaleDefinition? scale = null;
        var headerWritten = false;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            if (scale is null)
            {
                scale = report.Scale;
            }
            else if (!ReferenceEquals(scale, report.Scale) && (!string.Equals(scale.ScaleId, report.ScaleId, StringComparison.Ordinal) || !string.Equals(scale.Revision, report.Revision, StringComparison.Ordinal)))
            {
                throw new ArgumentException("Every report in one scores CSV must be scored with the same scale definition; '" + report.ProgrammeLabel + "' was scored with " + report.ScaleId + " " + report.Revision + ".", nameof(reports));
            }

            if (!headerWritten)
            {
                WriteRow(writer, Header(language, scale));
                headerWritten = true;
            }

            WriteRow(writer, Row(report, language));
        }

        if (!headerWritten)
        {
            WriteRow(writer, Header(language));
        }
    }

    private static List<string> Row(FidelityReport report, ReportLanguage language)
    {
        var fields = new List<string>(40)
        {
            report.ProgrammeLabel,
            ReportWriter.FormatDate(report.ReviewDate),
        };
        foreach (var item in report.Items)
        {
            fields.Add(item.Score is { } score ? Int(score) : string.Empty);
        }

        foreach (var section in report.Sections)
        {
            fields.Add(Int(section.Summary.RatedSum));
        }

        fields.Add(Int(report.Total.RatedCount));
        fields.Add(Int(report.Total.RatedSum));
        fields.Add(Int(report.Total.LowestPossible));
        fields.Add(Int(report.Total.HighestPossible));
        fields.Add(report.Level?.Name.Get(language) ?? string.Empty);
        return fields;
    }

    private static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Csv.Field(field));
            first = false;
        }

        writer.Write('\n');
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
