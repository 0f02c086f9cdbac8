using System.Text;
using Ips.Core.Reporting;

namespace Ips.Core.Outcomes;

/// <summary>
/// Writes the <see cref="NavOutcomeContent"/> as one self-contained HTML page, on the same skeleton as the fidelity
/// feedback report (<see cref="HtmlPage"/>: inline CSS and SVG, no script, no URL, A4 print): the options and the
/// small-cell policy stamped under the title, then every table with its cohort and denominator per column, and a bar
/// chart beside every table of shares. Every text is HTML-encoded.
/// </summary>
internal sealed class NavOutcomeHtmlWriter
{
    private readonly NavOutcomeContent _content;
    private readonly NavOutcomeLabels _labels;
    private readonly StringBuilder _out = new(32768);

    internal NavOutcomeHtmlWriter(NavOutcomeContent content, NavOutcomeLabels labels)
    {
        _content = content;
        _labels = labels;
    }

    internal string Write()
    {
        HtmlPage.Begin(_out, _content.Language, _content.Title);
        Line("<header>");
        Line("<h1>" + Encode(_content.Title) + "</h1>");
        if (_content.Group is { } group)
        {
            Line("<p><strong>" + Encode(group) + "</strong></p>");
        }
        Line("<p>" + Encode(_content.OptionsStamp) + "</p>");
        Line((_content.Suppression.IsOn ? "<p class=\"note\">" : "<p>") + Encode(_content.SuppressionStamp) + "</p>");
        Line("</header>");
        foreach (var section in _content.Sections)
        {
            Section(section);
        }

        HtmlPage.End(_out);
        return _out.ToString();
    }

    private static string Encode(string text) => HtmlPage.Encode(text);

    private void Section(NavOutcomeSection section)
    {
        Line("<section>");
        Line("<h2>" + Encode(section.Title) + "</h2>");
        Line("<table>");
        Line("<thead>");
        Line("<tr><th>" + Encode(_labels["columns.figure"]) + "</th>" + string.Concat(_content.Columns.Select(c => "<th class=\"num\">" + Encode(c.Name) + "</th>")) + "</tr>");
        Line("<tr><td></td>" + string.Concat(section.Cohorts.Select(c => "<td>" + Encode(c) + "</td>")) + "</tr>");
        Line("</thead>");
        Line("<tbody>");
        foreach (var row in section.Rows)
        {
            Line("<tr><td>" + Encode(row.Label) + "</td>" + string.Concat(row.Cells.Select(c => "<td class=\"num\">" + Encode(c.Text) + "</td>")) + "</tr>");
        }

        Line("</tbody>");
        Line("</table>");
        if (NavOutcomeChart.Fits(section))
        {
            Line("<figure>");
            _out.Append(NavOutcomeChart.Draw(_content, section, _labels));
            Line("<figcaption>" + Encode(_labels["chart.caption"]) + "</figcaption>");
            Line("</figure>");
        }

        Line("</section>");
    }

    private void Line(string text) => _out.Append(text).Append('\n');
}
