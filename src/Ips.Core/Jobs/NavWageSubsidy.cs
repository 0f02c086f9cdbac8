namespace Ips.Core.Jobs;

/// <summary>NAV wage subsidy (lønnstilskudd) paid to the employer for a job.</summary>
public enum NavWageSubsidy
{
    /// <summary>No wage subsidy.</summary>
    None = 0,

    /// <summary>Time-limited wage subsidy (midlertidig lønnstilskudd).</summary>
    TimeLimited = 1,

    /// <summary>Permanent wage subsidy (varig lønnstilskudd), for people with permanently reduced work capacity.</summary>
    Permanent = 2,
}
