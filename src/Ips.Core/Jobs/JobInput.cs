using NodaTime;

namespace Ips.Core.Jobs;

/// <summary>Raw values for a job, checked by <see cref="JobInputValidator"/> before <see cref="Job.Create"/>.</summary>
/// <remarks>Give exactly one position size: <see cref="PositionPercent"/>, <see cref="PositionHoursPerWeek"/> or <see cref="OnCall"/>. <see cref="ToString"/> never prints identifiers.</remarks>
public sealed record JobInput
{
    /// <summary>The job's identifier.</summary>
    public string? Id { get; init; }

    /// <summary>The participant's identifier.</summary>
    public string? ParticipantId { get; init; }

    /// <summary>The employer's identifier.</summary>
    public string? EmployerId { get; init; }

    /// <summary>The STYRK-08 occupation code (4 digits).</summary>
    public string? OccupationCode { get; init; }

    /// <summary>The job title.</summary>
    public string? Title { get; init; }

    /// <summary>The first day of work.</summary>
    public LocalDate Start { get; init; }

    /// <summary>The last day of work, when ended.</summary>
    public LocalDate? End { get; init; }

    /// <summary>The position size in percent of full time.</summary>
    public decimal? PositionPercent { get; init; }

    /// <summary>The position size in hours per week.</summary>
    public decimal? PositionHoursPerWeek { get; init; }

    /// <summary>Whether the position is on call.</summary>
    public bool OnCall { get; init; }

    /// <summary>Whether the job pays the ordinary wage for the work.</summary>
    public bool OrdinaryWage { get; init; }

    /// <summary>The form of employment.</summary>
    public EmploymentForm Form { get; init; }

    /// <summary>Whether the job is set aside for people with disabilities.</summary>
    public bool ReservedForPeopleWithDisabilities { get; init; }

    /// <summary>The NAV wage subsidy.</summary>
    public NavWageSubsidy WageSubsidy { get; init; }

    /// <summary>Why the job ended; only with an end date.</summary>
    public JobEndReason? EndReason { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "JobInput(***)";
}
