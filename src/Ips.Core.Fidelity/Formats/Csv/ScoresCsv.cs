using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>
/// Writes scored reports as a CSV for analysis: column names valid in R, Stata and pandas and the same in every
/// language (<see cref="CsvColumnNames"/>), in the wide or the long <see cref="ScoresCsvLayout"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every row starts with the stamps <c>scale_id</c>, <c>scale_edition</c>, <c>scale_revision</c>,
/// <c>engine_version</c>, then <c>programme</c>, <c>review_date</c>, <c>period_start</c>, <c>period_end</c>.
/// <b>Wide</b> (one row per review): one column per item named for its code name (<c>i01_caseload_size</c> …, empty
/// when not rated or invalid), one subtotal per section (<c>section_staffing</c> …, the sum of its rated items),
/// <c>rated_items</c>, <c>total</c> (only when every item is rated, else empty), <c>total_min</c> and
/// <c>total_max</c> (the possible totals, always), <c>level</c> (the level's id, empty while undetermined) and
/// <c>level_label</c> (its name in the chosen language) and <c>warnings</c> (the review's plausibility warnings as
/// <c>item:code</c> pairs joined by <c>;</c>, e.g. <c>2:Warning.PercentLooksLikeFraction</c>, each pair once, in item
/// order; empty when there are none). <b>Long</b> (one row per review and item): <c>item</c> (the
/// number), <c>item_code</c> (the item's column name of the wide layout), <c>status</c> (<c>rated</c>,
/// <c>notRated</c>, <c>invalid</c>), <c>score</c>, <c>score_min</c> and <c>score_max</c> (the scores the item can
/// still take; both the score when rated, empty when invalid), then the review's <c>total</c>, <c>total_min</c>,
/// <c>total_max</c>, <c>level</c> and <c>level_label</c>, and <c>warnings</c> (the item's warning codes joined by <c>;</c>,
/// each once). Warning codes are the scale definition's stable ASCII codes (never a text in a language); a warning
/// never changes a score.
/// </para>
/// <para>
/// Values are culture-invariant: whole numbers, dates as <c>yyyy-MM-dd</c>. UTF-8, comma separator, fields quoted
/// only when they hold a comma, quote or line break (RFC 4180), <c>\n</c> after every row; what R's <c>read.csv</c>
/// and pandas' <c>read_csv</c> read as they are. Only <c>level_label</c> depends on the language. Thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var reports = FactsCsv.Read(reader).Where(r => r.IsValid).Select(r => Ips25Scale.Engine.Score(r.Facts!));
/// ScoresCsv.Write(Console.Out, reports, Ips25Scale.English, ScoresCsvLayout.Long);
/// </code>
/// </example>
public static class ScoresCsv
{
    /// <summary>The stamp and review columns every row starts with, in both layouts.</summary>
    private static readonly string[] Leading = ["scale_id", "scale_edition", "scale_revision", "engine_version", "programme", "review_date", "period_start", "period_end"];

    /// <summary>The column of the plausibility warnings, last in both layouts.</summary>
    public const string WarningsColumn = "warnings";

    /// <summary>What joins the warnings in <see cref="WarningsColumn"/>.</summary>
    private const char WarningSeparator = ';';

    /// <summary>The header row's column names for <paramref name="scale"/> in <paramref name="layout"/>.</summary>
    /// <param name="scale">The scale definition; by default the embedded IPS-25.</param>
    /// <param name="layout">The layout; wide by default.</param>
    /// <returns>The column names (the same in every language).</returns>
    /// <example>
    /// <code>
    /// var columns = ScoresCsv.Header();   // scale_id, …, i01_caseload_size, …, total, total_min, total_max, level, level_label, warnings
    /// </code>
    /// </example>
    public static ImmutableArray<string> Header(ScaleDefinition? scale = null, ScoresCsvLayout layout = ScoresCsvLayout.Wide)
    {
        scale ??= ScaleDefinition.Ips25;
        var columns = ImmutableArray.CreateBuilder<string>();
        columns.AddRange(Leading);
        if (layout == ScoresCsvLayout.Long)
        {
            columns.AddRange("item", "item_code", "status", "score", "score_min", "score_max", "total", "total_min", "total_max", "level", "level_label", WarningsColumn);
            return columns.ToImmutable();
        }

        var taken = new HashSet<string>(Leading, StringComparer.Ordinal) { "rated_items", "total", "total_min", "total_max", "level", "level_label", WarningsColumn };
        columns.AddRange(ItemColumns(scale));
        taken.UnionWith(ItemColumns(scale));
        foreach (var section in scale.Sections)
        {
            columns.Add(CsvColumnNames.Unique(SectionColumn(section.Id), "section." + section.Id, taken));
        }

        columns.AddRange("rated_items", "total", "total_min", "total_max", "level", "level_label", WarningsColumn);
        return columns.ToImmutable();
    }

    /// <summary>Writes the header row and one row per report (wide) or per report and item (long).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="reports">The reports, all scored with the same scale definition.</param>
    /// <param name="language">The language of the level labels (the only language-dependent column).</param>
    /// <param name="layout">The layout; wide by default.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report was scored with another scale definition than the first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale definition has no texts in <paramref name="language"/>, or <paramref name="layout"/> is not a layout.</exception>
    /// <example>
    /// <code>
    /// using var output = new StreamWriter("scores.csv");
    /// ScoresCsv.Write(output, reports, Ips25Scale.Norwegian);
    /// </code>
    /// </example>
    public static void Write(TextWriter writer, IEnumerable<FidelityReport> reports, ReportLanguage language, ScoresCsvLayout layout = ScoresCsvLayout.Wide)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reports);
        if (layout is not (ScoresCsvLayout.Wide or ScoresCsvLayout.Long))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "The layout is Wide or Long.");
        }

        ScaleDefinition? scale = null;
        var headerWritten = false;
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            if (scale is null)
            {
                scale = report.Scale;
                scale.RequireLanguage(language);
            }
            else if (!ReferenceEquals(scale, report.Scale) && (!string.Equals(scale.ScaleId, report.ScaleId, StringComparison.Ordinal) || !string.Equals(scale.Revision, report.Revision, StringComparison.Ordinal)))
            {
                throw new ArgumentException("Every report in one scores CSV must be scored with the same scale definition; '" + report.ProgrammeLabel + "' was scored with " + report.ScaleId + " " + report.Revision + ".", nameof(reports));
            }

            if (!headerWritten)
            {
                WriteRow(writer, Header(scale, layout));
                headerWritten = true;
            }

            if (layout == ScoresCsvLayout.Long)
            {
                foreach (var item in report.Items)
                {
                    WriteRow(writer, LongRow(report, item, language));
                }
            }
            else
            {
                WriteRow(writer, WideRow(report, language));
            }
        }

        if (!headerWritten)
        {
            ScaleDefinition.Ips25.RequireLanguage(language);
            WriteRow(writer, Header(null, layout));
        }
    }

    private static IEnumerable<string> ItemColumns(ScaleDefinition scale)
    {
        var taken = new HashSet<string>(Leading, StringComparer.Ordinal);
        foreach (var item in scale.Items)
        {
            yield return CsvColumnNames.Unique(CsvColumnNames.Item(item.Number, item.CodeName), "item." + item.Number.ToString(CultureInfo.InvariantCulture), taken);
        }
    }

    private static string SectionColumn(string id)
    {
        var name = CsvColumnNames.Item(0, id);
        return "section" + name[3..];
    }

    private static List<string> Stamps(FidelityReport report)
    {
        var period = report.ReviewPeriod;
        return
        [
            report.ScaleId, report.Edition, report.Revision, report.EngineVersion, report.ProgrammeLabel, ReportWriter.FormatDate(report.ReviewDate),
            period is null ? string.Empty : ReportWriter.FormatDate(period.Start), period is null ? string.Empty : ReportWriter.FormatDate(period.End),
        ];
    }

    private static List<string> WideRow(FidelityReport report, ReportLanguage language)
    {
        var fields = Stamps(report);
        foreach (var item in report.Items)
        {
            fields.Add(item.Score is { } score ? Int(score) : string.Empty);
        }

        foreach (var section in report.Sections)
        {
            fields.Add(Int(section.Summary.RatedSum));
        }

        fields.Add(Int(report.Total.RatedCount));
        AddTotals(fields, report, language);
        fields.Add(Warnings(report, null));
        return fields;
    }

    private static List<string> LongRow(FidelityReport report, ItemResult item, ReportLanguage language)
    {
        var fields = Stamps(report);
        var definition = report.Scale.FindItem(item.Item);
        fields.Add(Int(item.Item));
        fields.Add(CsvColumnNames.Item(item.Item, definition?.CodeName));
        fields.Add(item.Status switch
        {
            ItemStatus.Rated => "rated",
            ItemStatus.NotRated => "notRated",
            _ => "invalid",
        });
        fields.Add(item.Score is { } score ? Int(score) : string.Empty);
        var (min, max) = item.Status switch
        {
            ItemStatus.Rated => (Int(item.Score!.Value), Int(item.Score!.Value)),
            ItemStatus.NotRated when item.PossibleScores is { } range => (Int(range.Min), Int(range.Max)),
            _ => (string.Empty, string.Empty),
        };
        fields.Add(min);
        fields.Add(max);
        AddTotals(fields, report, language);
        fields.Add(Warnings(report, item.Item));
        return fields;
    }

    private static void AddTotals(List<string> fields, FidelityReport report, ReportLanguage language)
    {
        // The total only when complete: the sum of the rated items of a partial review is not a total.
        fields.Add(report.IsComplete ? Int(report.Total.RatedSum) : string.Empty);
        fields.Add(Int(report.Total.LowestPossible));
        fields.Add(Int(report.Total.HighestPossible));
        fields.Add(report.Level?.Id ?? string.Empty);
        fields.Add(report.Level?.Name.Get(language) ?? string.Empty);
    }

    /// <summary>The warnings field: every <c>item:code</c> of the review (<paramref name="item"/> null), or every code of one item; each once, in report order.</summary>
    private static string Warnings(FidelityReport report, int? item)
    {
        if (report.Warnings.IsEmpty)
        {
            return string.Empty;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new System.Text.StringBuilder();
        foreach (var warning in report.Warnings)
        {
            if (item is { } only && warning.Item != only)
            {
                continue;
            }

            var entry = item is null ? Int(warning.Item) + ":" + warning.Code : warning.Code;
            if (seen.Add(entry))
            {
                if (text.Length > 0)
                {
                    text.Append(WarningSeparator);
                }

                text.Append(entry);
            }
        }

        return text.ToString();
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
