namespace Ips.Core.Outcomes;

/// <summary>Who the NAV days-to-first-employer-contact figure (median per site, for a period) is taken over.</summary>
/// <remarks>The cohort is stamped on every <see cref="DaysToFirstEmployerContact"/> result.</remarks>
public enum FirstContactCohort
{
    /// <summary>
    /// People whose first employer contact (see <see cref="Metrics.FirstEmployerContact"/>) fell in the period, on or
    /// before the reference date: the spec's default. A person without a first contact yet is not in this cohort at
    /// all, so <see cref="Metrics.FirstContactOptions.WithoutContact"/> does not change the figure.
    /// </summary>
    FirstContactInPeriod = 0,

    /// <summary>
    /// People enrolled in the period, on or before the reference date. A person without a first contact yet is in the
    /// cohort and counts as <see cref="Metrics.FirstContactOptions.WithoutContact"/> says (by default the days so far).
    /// </summary>
    EnrolledInPeriod = 1,
}
