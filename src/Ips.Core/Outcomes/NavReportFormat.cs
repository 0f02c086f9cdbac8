namespace Ips.Core.Outcomes;

/// <summary>The text format a NAV outcome report is rendered in.</summary>
public enum NavReportFormat
{
    /// <summary>Plain text with aligned columns.</summary>
    Text = 0,

    /// <summary>Markdown (pipe tables).</summary>
    Markdown = 1,
}
