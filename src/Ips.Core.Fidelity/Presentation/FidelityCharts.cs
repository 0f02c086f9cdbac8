using System.Globalization;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;
using Ips.Core.Reporting;
using NodaTime;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Pictures of reviews as inline SVG, written by the library itself: the item profile, the total against the level bands, before/after per item, and totals over time.</summary>
/// <remarks>
/// <para>
/// Each method returns one standalone <c>&lt;svg&gt;</c> element (valid XML, with a <c>&lt;title&gt;</c>), ready to
/// inline in HTML or save as a <c>.svg</c> file. No graphics library is used, so the charts work under NativeAOT and
/// WebAssembly. Colours are the Okabe–Ito palette and a one-hue ramp for level bands (colour-blind and greyscale
/// safe), and every mark carries its number or name as text. Items, sections and levels come from the report's
/// scale definition; numbers are written with invariant digits; the same input gives the same bytes on any culture.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// File.WriteAllText("profile.svg", FidelityCharts.Profile(report, Ips25Scale.English));
/// </code>
/// </example>
public static class FidelityCharts
{
    private const double Top = 34;
    private const double Left = 34;

    /// <summary>The item profile: one bar per item grouped by section; an unrated item is a hatched box over the scores it can still take, marked "?".</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the labels; <c>default</c> for the scale's default language.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/>.</exception>
    public static string Profile(FidelityReport report, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scale = report.Scale;
        language = Chosen(scale, language);
        var (min, max) = ScoreBounds(scale);
        var slot = 26.0;
        var gap = 14.0;
        var plotHeight = 150.0;
        var width = Left + (report.Items.Length * slot) + (Math.Max(0, report.Sections.Length - 1) * gap) + 16;
        var height = Top + plotHeight + 52;
        var svg = new SvgWriter((int)Math.Ceiling(width), (int)height, FeedbackLabels.Get(scale, "profile", language) + ": " + scale.Name.Get(language));
        svg.HatchPattern("open", ChartPalette.Open);
        double Y(double score) => Top + plotHeight - (score / max * plotHeight);

        Legend(svg, Left, 14, [(ChartPalette.Rated, scale.Label("score", language)), ("url(#open)", scale.Label("notRated", language) + " (?) — " + scale.Label("possibleScores", language))]);
        for (var s = min; s <= max; s++)
        {
            svg.Line(Left, Y(s), width - 10, Y(s), ChartPalette.Grid, 0.5);
            svg.Text(Left - 6, Y(s) + 4, Int(s), "end");
        }

        var x = Left + 4;
        foreach (var section in report.Sections)
        {
            var start = x;
            foreach (var item in report.Items.Where(i => string.Equals(i.Definition.Section, section.SectionId, StringComparison.Ordinal)))
            {
                var bar = slot - 8;
                if (item.Status == ItemStatus.Rated && item.Score is { } score)
                {
                    svg.Rect(x, Y(score), bar, Y(0) - Y(score), ChartPalette.Rated);
                    svg.Text(x + (bar / 2), Y(score) - 3, Int(score));
                }
                else
                {
                    var range = item.PossibleScores ?? scale.ScoresOf(item.Definition);
                    svg.Rect(x, Y(range.Max), bar, Y(range.Min - 1) - Y(range.Max), "url(#open)", ChartPalette.Open, "stroke-dasharray=\"3 2\"");
                    svg.Text(x + (bar / 2), Y(range.Max) - 3, "?", "middle", "font-weight=\"bold\" fill=\"" + ChartPalette.Open + "\"");
                }

                svg.Text(x + (bar / 2), Y(0) + 13, Int(item.Item));
                x += slot;
            }

            svg.Line(start, Y(0) + 19, x - 8, Y(0) + 19, ChartPalette.Ink, 0.75);
            svg.Text((start + x - 8) / 2, Y(0) + 32, section.Section.Name.Get(language) + " " + Int(section.Summary.RatedSum));
            x += gap;
        }

        svg.Line(Left, Y(0), width - 10, Y(0), ChartPalette.Ink);
        return svg.Finish();
    }

    /// <summary>The total on the scale's range with the level bands shaded and named; an incomplete review shows the range of totals still possible.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the labels; <c>default</c> for the scale's default language.</param>
    /// <returns>The SVG element.</returns>
    public static string LevelBands(FidelityReport report, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scale = report.Scale;
        language = Chosen(scale, language);
        const double width = 720, bandTop = 40, bandHeight = 30;
        var svg = new SvgWriter((int)width, 118, FeedbackLabels.Get(scale, "levelBands", language));
        var (low, high) = (scale.LowestTotal, scale.HighestTotal);
        double X(double total) => 20 + ((total - low) / Math.Max(1, high - low + 1) * (width - 40));
        Bands(svg, scale, language, X, bandTop, bandHeight, labelsBelow: true);

        var total = report.Total;
        if (total.IsComplete)
        {
            var at = X(total.RatedSum + 0.5);
            svg.Line(at, bandTop - 6, at, bandTop + bandHeight + 2, ChartPalette.Ink, 2.5);
            svg.Text(at, bandTop - 10, scale.Label("total", language) + " " + Int(total.RatedSum), "middle", "font-weight=\"bold\"");
        }
        else
        {
            var from = X(total.LowestPossible);
            var to = X(total.HighestPossible + 1);
            svg.Rect(from, bandTop - 8, to - from, 6, ChartPalette.Open);
            svg.Text((from + to) / 2, bandTop - 12, scale.Label("possibleRange", language) + " " + Int(total.LowestPossible) + "–" + Int(total.HighestPossible), "middle", "font-weight=\"bold\"");
        }

        return svg.Finish();
    }

    /// <summary>Before and after per item: two bars per item (before light, after dark, each with its score); an unrated side is a hatched "?".</summary>
    /// <param name="before">The earlier report.</param>
    /// <param name="after">The later report (the same scale).</param>
    /// <param name="language">The language of the labels; <c>default</c> for the scale's default language.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentException">The reports are of different scales.</exception>
    public static string Comparison(FidelityReport before, FidelityReport after, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!string.Equals(before.ScaleId, after.ScaleId, StringComparison.Ordinal))
        {
            throw new ArgumentException("Both reports must be of the same scale.", nameof(after));
        }

        var scale = after.Scale;
        language = Chosen(scale, language);
        var (min, max) = ScoreBounds(scale);
        const double slot = 30, plotHeight = 150;
        var width = Left + (after.Items.Length * slot) + 16;
        var svg = new SvgWriter((int)Math.Ceiling(width), (int)(Top + plotHeight + 40), FeedbackLabels.Get(scale, "comparisonChart", language));
        svg.HatchPattern("open", ChartPalette.Open);
        double Y(double score) => Top + plotHeight - (score / max * plotHeight);
        Legend(svg, Left, 14, [(ChartPalette.Before, scale.Label("before", language) + " " + ReportWriter.FormatDate(before.ReviewDate)), (ChartPalette.After, scale.Label("after", language) + " " + ReportWriter.FormatDate(after.ReviewDate)), ("url(#open)", scale.Label("notRated", language) + " (?)")]);
        for (var s = min; s <= max; s++)
        {
            svg.Line(Left, Y(s), width - 10, Y(s), ChartPalette.Grid, 0.5);
            svg.Text(Left - 6, Y(s) + 4, Int(s), "end");
        }

        var x = Left + 4;
        foreach (var item in after.Items)
        {
            var earlier = before.Items.FirstOrDefault(i => i.Item == item.Item);
            Bar(svg, x, 11, earlier, ChartPalette.Before, Y);
            Bar(svg, x + 12, 11, item, ChartPalette.After, Y);
            svg.Text(x + 11.5, Y(0) + 13, Int(item.Item));
            x += slot;
        }

        svg.Line(Left, Y(0), width - 10, Y(0), ChartPalette.Ink);
        return svg.Finish();
    }

    /// <summary>The totals of a series of reviews of one programme over time, with the level bands shaded behind; an incomplete review is a vertical range.</summary>
    /// <param name="reports">The reports (any order; drawn by review date), all of one scale; at least one.</param>
    /// <param name="language">The language of the labels; <c>default</c> for the scale's default language.</param>
    /// <returns>The SVG element.</returns>
    /// <exception cref="ArgumentException">No report, or reports of different scales.</exception>
    public static string Series(IEnumerable<FidelityReport> reports, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var ordered = reports.OrderBy(r => r.ReviewDate).ToList();
        if (ordered.Count == 0 || ordered.Any(r => !string.Equals(r.ScaleId, ordered[0].ScaleId, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Give at least one report, all of one scale.", nameof(reports));
        }

        var scale = ordered[^1].Scale;
        language = Chosen(scale, language);
        const double width = 720, plotTop = 20, plotHeight = 220, plotLeft = 150, plotRight = 700;
        var svg = new SvgWriter((int)width, (int)(plotTop + plotHeight + 40), FeedbackLabels.Get(scale, "seriesChart", language));
        var (low, high) = (scale.LowestTotal, scale.HighestTotal);
        double Y(double total) => plotTop + plotHeight - ((total - low) / Math.Max(1, high - low) * plotHeight);
        var levels = scale.Levels.OrderBy(l => l.MinTotal).ToList();
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var top = Y(Math.Min(high, level.MaxTotal + 0.5));
            var bottom = Y(Math.Max(low, level.MinTotal - 0.5));
            svg.Rect(plotLeft, top, plotRight - plotLeft, bottom - top, ChartPalette.Bands[Math.Min(i, ChartPalette.Bands.Length - 1)]);
            svg.Text(plotLeft - 6, ((top + bottom) / 2) + 4, level.Name.Get(language) + " " + Int(level.MinTotal) + "–" + Int(level.MaxTotal), "end", "font-size=\"10\"");
        }

        var first = ordered[0].ReviewDate;
        var days = Math.Max(1, Period.Between(first, ordered[^1].ReviewDate, PeriodUnits.Days).Days);
        double X(LocalDate date) => ordered.Count == 1 ? (plotLeft + plotRight) / 2 : plotLeft + 30 + (Period.Between(first, date, PeriodUnits.Days).Days / (double)days * (plotRight - plotLeft - 60));
        var points = new List<(double X, double Y, int Total)>();
        foreach (var report in ordered)
        {
            var x = X(report.ReviewDate);
            var total = report.Total;
            if (total.IsComplete)
            {
                points.Add((x, Y(total.RatedSum), total.RatedSum));
            }
            else
            {
                svg.Line(x, Y(total.LowestPossible), x, Y(total.HighestPossible), ChartPalette.Open, 3, "stroke-dasharray=\"4 2\"");
                svg.Text(x + 6, Y(total.HighestPossible) + 4, Int(total.LowestPossible) + "–" + Int(total.HighestPossible), "start", "font-weight=\"bold\"");
            }

            svg.Text(x, plotTop + plotHeight + 16, ReportWriter.FormatDate(report.ReviewDate));
        }

        if (points.Count > 1)
        {
            svg.Polyline(points.Select(p => (p.X, p.Y)), ChartPalette.Ink, 1.5);
        }

        foreach (var (px, py, sum) in points)
        {
            svg.Circle(px, py, 4, ChartPalette.Rated, "#ffffff");
            svg.Text(px, py - 8, Int(sum), "middle", "font-weight=\"bold\"");
        }

        return svg.Finish();
    }

    private static void Bar(SvgWriter svg, double x, double width, ItemResult? item, string colour, Func<double, double> y)
    {
        if (item is { Status: ItemStatus.Rated, Score: { } score })
        {
            svg.Rect(x, y(score), width, y(0) - y(score), colour);
            svg.Text(x + (width / 2), y(score) - 3, Int(score), "middle", "font-size=\"9\"");
            return;
        }

        var top = item?.PossibleScores?.Max ?? 5;
        svg.Rect(x, y(top), width, y(0) - y(top), "url(#open)", ChartPalette.Open, "stroke-dasharray=\"3 2\"");
        svg.Text(x + (width / 2), y(top) - 3, "?", "middle", "font-size=\"9\" font-weight=\"bold\"");
    }

    private static void Bands(SvgWriter svg, ScaleDefinition scale, ReportLanguage language, Func<double, double> x, double top, double height, bool labelsBelow)
    {
        var levels = scale.Levels.OrderBy(l => l.MinTotal).ToList();
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var from = x(level.MinTotal);
            var to = x(level.MaxTotal + 1);
            var fill = Math.Min(i, ChartPalette.Bands.Length - 1);
            svg.Rect(from, top, to - from, height, ChartPalette.Bands[fill], "#ffffff");
            svg.Text((from + to) / 2, top + (height / 2) + 4, Int(level.MinTotal) + "–" + Int(level.MaxTotal), "middle", "fill=\"" + ChartPalette.OnBand(fill) + "\"");
            if (labelsBelow)
            {
                svg.Text((from + to) / 2, top + height + 16 + (i % 2 * 13), level.Name.Get(language), "middle", "font-size=\"10\"");
            }
        }
    }

    private static void Legend(SvgWriter svg, double x, double y, (string Fill, string Text)[] entries)
    {
        foreach (var (fill, text) in entries)
        {
            svg.Rect(x, y - 9, 12, 10, fill, fill.StartsWith("url", StringComparison.Ordinal) ? ChartPalette.Open : null);
            svg.Text(x + 16, y, text, "start");
            x += 28 + (text.Length * 6.2);
        }
    }

    private static (int Min, int Max) ScoreBounds(ScaleDefinition scale) =>
        (scale.Items.Min(i => scale.ScoresOf(i).Min), scale.Items.Max(i => scale.ScoresOf(i).Max));

    private static ReportLanguage Chosen(ScaleDefinition scale, ReportLanguage language)
    {
        var chosen = language.Or(scale.DefaultLanguage);
        scale.RequireLanguage(chosen, nameof(language));
        return chosen;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
