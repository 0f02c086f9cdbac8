using Ips.Core.Jobs;
using Ips.Core.Metrics;

namespace Ips.Core.Outcomes;

/// <summary>Choices for <see cref="NavOutcomeCalculator"/>.</summary>
/// <remarks>
/// Checked with <see cref="NavOutcomeOptionsValidator"/> (codes <see cref="Validation.ErrorCodes.Outcomes"/> and
/// <see cref="Validation.ErrorCodes.Metrics"/>); the calculator validates and throws
/// <see cref="FluentValidation.ValidationException"/>. Immutable and thread-safe.
/// </remarks>
public sealed record NavOutcomeOptions
{
    /// <summary>
    /// The defaults: <see cref="CompetitiveJobPolicy.Default"/>, <see cref="FirstContactOptions.Default"/> (entry is
    /// enrolment; a participant without a contact counts the days so far) and
    /// <see cref="FirstContactCohort.FirstContactInPeriod"/> (people whose first in-person employer meeting fell in the
    /// period, measured from enrolment), and <see cref="PositionSizeCohort.PeopleLeftForWork"/> (people who left with a
    /// work end reason, once each, by the largest job they left into).
    /// </summary>
    public static NavOutcomeOptions Default { get; } = new();

    /// <summary>Which jobs count as competitive (the competitive-work share and the quarterly employment rate). The same option as Ips.Core.Fidelity's <c>DerivationOptions.CompetitiveJobPolicy</c>.</summary>
    public CompetitiveJobPolicy CompetitiveJobPolicy { get; init; } = CompetitiveJobPolicy.Default;

    /// <summary>The counting choices of the days to first employer contact. The same option as Ips.Core.Fidelity's <c>DerivationOptions.FirstContact</c>.</summary>
    public FirstContactOptions FirstContact { get; init; } = FirstContactOptions.Default;

    /// <summary>Who the days-to-first-contact figures are taken over; <see cref="FirstContactCohort.FirstContactInPeriod"/> unless set.</summary>
    public FirstContactCohort FirstContactCohort { get; init; } = FirstContactCohort.FirstContactInPeriod;

    /// <summary>Who and what the position-size-at-exit table counts; <see cref="PositionSizeCohort.PeopleLeftForWork"/> unless set.</summary>
    public PositionSizeCohort PositionSizeCohort { get; init; } = PositionSizeCohort.PeopleLeftForWork;
}
