using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>The policy deciding which jobs count as competitive (item 21); today it settles wage subsidies.</summary>
/// <remarks>
/// <para>
/// The default, <see cref="WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot"/>, follows the scale's test of a
/// competitive job (ordinary wage, open to anyone, not set aside for people with disabilities). A time-limited wage
/// subsidy (midlertidig lønnstilskudd) is a hiring incentive on an ordinary job that anyone could have got, with the
/// ordinary wage paid by the employer, so it still counts. A permanent wage subsidy (varig lønnstilskudd) is granted
/// only to people with permanently reduced work capacity, so the position works as one set aside for people with
/// disabilities, and it does not count. Use <see cref="WageSubsidyPolicy.CountAsCompetitive"/> or
/// <see cref="WageSubsidyPolicy.NeverCompetitive"/> to test how sensitive a result is to this choice.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record CompetitiveJobPolicy
{
    private CompetitiveJobPolicy(WageSubsidyPolicy wageSubsidy) => WageSubsidy = wageSubsidy;

    /// <summary>The default policy: <see cref="WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot"/>.</summary>
    public static CompetitiveJobPolicy Default { get; } = new(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot);

    /// <summary>How wage-subsidised jobs count.</summary>
    public WageSubsidyPolicy WageSubsidy { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="wageSubsidy">How wage-subsidised jobs count.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="DomainException">The setting is undefined.</exception>
    public static CompetitiveJobPolicy Create(WageSubsidyPolicy wageSubsidy)
    {
        List<DomainError>? errors = null;
        Defined(ref errors, wageSubsidy, nameof(WageSubsidy));
        return errors is null ? new CompetitiveJobPolicy(wageSubsidy) : throw new DomainException(errors);
    }

    /// <summary>Whether a job with this wage subsidy can be competitive under the policy.</summary>
    /// <param name="subsidy">The job's wage subsidy.</param>
    /// <returns><see langword="true"/> when the subsidy does not disqualify the job.</returns>
    public bool Allows(NavWageSubsidy subsidy) => subsidy switch
    {
        NavWageSubsidy.None => true,
        NavWageSubsidy.TimeLimited => WageSubsidy != WageSubsidyPolicy.NeverCompetitive,
        _ => WageSubsidy == WageSubsidyPolicy.CountAsCompetitive,
    };
}
