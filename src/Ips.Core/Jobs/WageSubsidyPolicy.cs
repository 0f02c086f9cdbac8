namespace Ips.Core.Jobs;

/// <summary>How jobs with a NAV wage subsidy count when deciding whether a job is competitive (item 21).</summary>
/// <remarks>The scale does not speak of wage subsidies; the choice is Norwegian and is made explicit in <see cref="CompetitiveJobPolicy"/>.</remarks>
public enum WageSubsidyPolicy
{
    /// <summary>A wage subsidy never disqualifies a job.</summary>
    CountAsCompetitive = 0,

    /// <summary>A time-limited subsidy does not disqualify a job; a permanent subsidy does (the default).</summary>
    TimeLimitedCountsPermanentDoesNot = 1,

    /// <summary>Any wage subsidy disqualifies a job.</summary>
    NeverCompetitive = 2,
}
