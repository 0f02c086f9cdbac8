namespace Ips.Core.Outcomes;

/// <summary>The format a NAV outcome report is rendered in (<see cref="NavOutcomeTables.Render"/>).</summary>
public enum NavReportFormat
{
    /// <summary>Plain text with aligned columns.</summary>
    Text = 0,

    /// <summary>Markdown (pipe tables).</summary>
    Markdown = 1,

    /// <summary>
    /// One self-contained HTML page (inline CSS and SVG, no script, no external resource, A4 print CSS), the same
    /// skeleton as the fidelity feedback report: every table with its cohort and denominator per column, a bar chart of
    /// every table of shares (Okabe–Ito colours, every bar labelled), and the options and small-cell policy stamped.
    /// </summary>
    Html = 2,

    /// <summary>
    /// CSV for analysis in long layout, one row per figure and period, columns <c>programme, group, table, figure, kind,
    /// label, period, period_start, period_end, cohort, count, denominator, share, value, suppressed, min_count</c>
    /// (ASCII, a letter first, <c>[a-z0-9_]</c>, at most 32 characters). Invariant numbers, shares as round-trip
    /// fractions; a number hidden by the small-cell policy, or absent, is an empty field.
    /// </summary>
    Csv = 3,

    /// <summary>
    /// JSON for analysis (<c>schemaVersion</c> 1): the periods, the options and small-cell policy, and every table's
    /// cohorts and rows with exact counts and denominators, shares as round-trip fractions, and each cell's text.
    /// </summary>
    Json = 4,
}
