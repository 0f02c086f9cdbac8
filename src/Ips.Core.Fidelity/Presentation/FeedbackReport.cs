using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Reviews;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>The feedback report (<i>tilbakemeldingsrapport</i>) a programme receives after a fidelity review: the rated scale with the reviewers' evidence, strengths and action plan, in Markdown or as one self-contained HTML page.</summary>
/// <remarks>
/// <para>
/// Built from the engine's report of the agreed facts and, when given, the <see cref="ReviewRecord"/>: the header of
/// the Norwegian form (<i>Vurdert av, Sted, Dato, Totalresultat</i>), a summary with the section subtotals, the total
/// and level (and, in HTML, the level-band and profile pictures), then per section a table of the items — number,
/// the seed form's own numbering (<i>Tjenester 4</i> is item 15), name, consensus, each reviewer's own rating, the
/// anchor met — and per item the data sources used, the evidence, the justification and the gap to the next anchor;
/// then the strengths, the recommendations with the action plan and the next review's date, and the agreement
/// between the reviewers. Without a record the report holds what the engine knows.
/// </para>
/// <para>
/// Words come from the scale definition (names, anchors, labels) and from the feedback label table, which a
/// definition's own <c>labels</c> override. Numbers use the definition's formats, dates ISO-8601: the same input gives
/// the same bytes on any culture. HTML has inline CSS and SVG, no script and no external resource, prints on A4 with
/// each section on a new page and no table cut, and encodes every caller text. Stateless and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var report = Ips25Scale.Engine.Score(agreedFacts);
/// File.WriteAllText("tilbakemelding.html", FeedbackReport.Render(report, record, ReportFormat.Html));
/// string english = report.ToFeedbackMarkdown(record, Ips25Scale.English);
/// </code>
/// </example>
public static class FeedbackReport
{
    /// <summary>Renders the feedback report.</summary>
    /// <param name="report">The engine's report of the agreed (consensus) facts.</param>
    /// <param name="record">The review record, or null for a report of the scores alone.</param>
    /// <param name="format"><see cref="ReportFormat.Markdown"/> or <see cref="ReportFormat.Html"/>.</param>
    /// <param name="language">The output language, one the report's scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The rendered report, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The record was rated against another scale than the report's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not Markdown or HTML, or the scale has no texts in <paramref name="language"/>.</exception>
    public static string Render(FidelityReport report, ReviewRecord? record, ReportFormat format, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (format is not (ReportFormat.Markdown or ReportFormat.Html))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A feedback report is ReportFormat.Markdown or ReportFormat.Html.");
        }

        if (record is not null && !string.Equals(record.ScaleId, report.ScaleId, StringComparison.Ordinal))
        {
            throw new ArgumentException("The review record was rated against another scale than the report.", nameof(record));
        }

        var chosen = language.Or(report.Scale.DefaultLanguage);
        report.Scale.RequireLanguage(chosen, nameof(language));
        FeedbackSink sink = format == ReportFormat.Html ? new HtmlFeedbackSink(chosen.Code) : new MarkdownFeedbackSink();
        return new FeedbackReportWriter(report, record, chosen, sink, pictures: format == ReportFormat.Html).Write();
    }

    /// <summary>The feedback report as Markdown.</summary>
    /// <param name="report">The engine's report of the agreed facts.</param>
    /// <param name="record">The review record, or null.</param>
    /// <param name="language">The output language; <c>default</c> for the scale's default language.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToFeedbackMarkdown(this FidelityReport report, ReviewRecord? record = null, ReportLanguage language = default) =>
        Render(report, record, ReportFormat.Markdown, language);

    /// <summary>The feedback report as one self-contained HTML page.</summary>
    /// <param name="report">The engine's report of the agreed facts.</param>
    /// <param name="record">The review record, or null.</param>
    /// <param name="language">The output language; <c>default</c> for the scale's default language.</param>
    /// <returns>The HTML page.</returns>
    public static string ToHtml(this FidelityReport report, ReviewRecord? record = null, ReportLanguage language = default) =>
        Render(report, record, ReportFormat.Html, language);
}
