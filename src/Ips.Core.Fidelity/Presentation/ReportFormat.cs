namespace Ips.Core.Fidelity.Presentation;

/// <summary>The layouts <see cref="ReportRenderer"/> can produce.</summary>
public enum ReportFormat
{
    /// <summary>Plain text: headed sections and indented lines, for a terminal or a log.</summary>
    Text = 0,

    /// <summary>Markdown (CommonMark with GitHub tables): a heading per section and a table of items.</summary>
    Markdown = 1,

    /// <summary>One self-contained HTML page (inline CSS and SVG, no scripts, prints on A4): the feedback report, see <see cref="FeedbackReport"/>.</summary>
    Html = 2,
}
