using Ips.Core.Reporting;

namespace Ips.Core.Outcomes;

/// <summary>
/// A horizontal bar chart of a table whose every cell is a count and share: one bar per row and period, the share of
/// the column's cohort, each bar labelled with the cell's text (so colour is never the only cue); a cell the small-cell
/// policy hides gets its text and no bar. Okabe–Ito colours, the same SVG writer as the fidelity charts.
/// </summary>
internal static class NavOutcomeChart
{
    private static readonly string[] Colours = [OkabeIto.Orange, OkabeIto.Blue, OkabeIto.BluishGreen, OkabeIto.ReddishPurple];

    private const double CharWidth = 6.2;
    private const double Plot = 300;
    private const double Bar = 11;
    private const double Top = 40;

    /// <summary>Whether the section can be drawn: every cell a count and share.</summary>
    internal static bool Fits(NavOutcomeSection section) =>
        section.Rows.Count > 0 && section.Rows.All(row => row.Cells.All(cell => cell.Kind == NavOutcomeCellKind.CountAndShare));

    internal static string Draw(NavOutcomeContent content, NavOutcomeSection section, NavOutcomeLabels labels)
    {
        var columns = content.Columns.Count;
        var labelWidth = Math.Ceiling((section.Rows.Max(r => r.Label.Length) * CharWidth) + 12);
        var valueWidth = (section.Rows.SelectMany(r => r.Cells).Max(c => c.Text.Length) * CharWidth) + 10;
        var rowHeight = (columns * (Bar + 2)) + 10;
        var width = (int)Math.Ceiling(labelWidth + Plot + valueWidth + 10);
        var height = (int)Math.Ceiling(Top + (section.Rows.Count * rowHeight) + 22);
        var svg = new SvgWriter(width, height, section.Title);

        var x = labelWidth;
        for (var c = 0; c < columns; c++)
        {
            svg.Rect(x, 8, 12, 10, Colours[c % Colours.Length]);
            svg.Text(x + 16, 17, content.Columns[c].Name, "start");
            x += 28 + (content.Columns[c].Name.Length * CharWidth);
        }

        var bottom = Top + (section.Rows.Count * rowHeight);
        foreach (var percent in (int[])[0, 50, 100])
        {
            var gx = labelWidth + (Plot * percent / 100.0);
            svg.Line(gx, Top - 6, gx, bottom, OkabeIto.Grid, 0.5);
            svg.Text(gx, bottom + 14, labels.Format("percent", ("0", percent.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var y = Top;
        foreach (var row in section.Rows)
        {
            svg.Text(labelWidth - 6, y + (rowHeight / 2) - 1, row.Label, "end");
            for (var c = 0; c < columns; c++)
            {
                var cell = row.Cells[c];
                var top = y + (c * (Bar + 2));
                var length = cell.Share is { } share ? share * Plot : 0;
                if (length > 0)
                {
                    svg.Rect(labelWidth, top, length, Bar, Colours[c % Colours.Length]);
                }

                svg.Text(labelWidth + length + 4, top + Bar - 2, cell.Text, "start");
            }

            y += rowHeight;
        }

        svg.Line(labelWidth, Top - 6, labelWidth, bottom, OkabeIto.Ink, 0.75);
        return svg.Finish();
    }
}
