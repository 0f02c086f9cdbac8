namespace Ips.Core.Outcomes;

/// <summary>The language a NAV outcome report is rendered in.</summary>
public enum NavReportLanguage
{
    /// <summary>Norwegian Bokmål (nb), as the programmes report to NAV.</summary>
    Norwegian = 0,

    /// <summary>English (en).</summary>
    English = 1,
}
