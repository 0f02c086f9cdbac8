using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Renders a <see cref="FidelityReport"/> as plain text or Markdown, in Norwegian or English.</summary>
/// <remarks>
/// <para>
/// The output has a header (programme, review date and period, scale id, edition and revision, engine version,
/// language), the items by section (number, name, score or status, the anchor matched, what the next anchor needs and
/// where the item stands now, each specialist's score on the per-specialist path), the section subtotals, the total
/// (with the lowest–highest possible range when items are not rated), the level or why there is none, the missing
/// facts and errors by item, and the scoring policies.
/// </para>
/// <para>
/// Every word comes from the scale definition (names, anchors, labels); numbers are formatted with
/// <see cref="FidelityNumberFormat"/> for the output language and dates as ISO-8601 (<c>yyyy-MM-dd</c>), so the same
/// report renders byte for byte the same whatever the thread culture. Lines end with <c>\n</c>.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = Ips25Scale.Engine.Score(facts);
/// string text = report.ToText();                                   // the scale's default language
/// string markdown = report.ToMarkdown(Ips25Scale.English);     // another language of the scale
/// string same = ReportRenderer.Render(report, ReportFormat.Markdown, Ips25Scale.English);
/// </code>
/// </example>
public static class ReportRenderer
{
    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">Plain text, Markdown, or HTML (the feedback report without a review record, <see cref="FeedbackReport"/>).</param>
    /// <param name="language">The output language, one the report's scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The rendered report, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value, or the report's scale definition has no texts in <paramref name="language"/>.</exception>
    /// <example>
    /// <code>
    /// string markdown = ReportRenderer.Render(report, ReportFormat.Markdown, Ips25Scale.English);
    /// </code>
    /// </example>
    public static string Render(FidelityReport report, ReportFormat format = ReportFormat.Text, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (format == ReportFormat.Html) { return FeedbackReport.Render(report, null, format, language); }
        if (format is not (ReportFormat.Text or ReportFormat.Markdown))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Use ReportFormat.Text or ReportFormat.Markdown.");
        }

        var chosen = language.Or(report.Scale.DefaultLanguage);
        report.Scale.RequireLanguage(chosen, nameof(language));

        return new ReportWriter(report, format, chosen).Write();
    }

    /// <summary>Renders <paramref name="report"/> as plain text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The output language; <c>default</c> for the scale's default language.</param>
    /// <returns>The text.</returns>
    public static string ToText(this FidelityReport report, ReportLanguage language = default) =>
        Render(report, ReportFormat.Text, language);

    /// <summary>Renders <paramref name="report"/> as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The output language; <c>default</c> for the scale's default language.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(this FidelityReport report, ReportLanguage language = default) =>
        Render(report, ReportFormat.Markdown, language);
}
