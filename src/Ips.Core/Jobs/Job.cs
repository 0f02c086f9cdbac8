using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>A paid job held by a participant.</summary>
/// <remarks>
/// <para>
/// Start and end are inclusive: the end is the last day worked, and a job without an end is ongoing. An end reason
/// is optional but only allowed with an end date.
/// </para>
/// <para>
/// Competitive (item 21 of the scale): paid the ordinary wage for the work, open to anyone, not reserved for people
/// with disabilities, not a programme-owned time-limited placement, and with a wage subsidy the
/// <see cref="CompetitiveJobPolicy"/> allows. Seasonal and temp-agency jobs count. Permanent-competitive adds the
/// scale's "permanent status": the form is <see cref="EmploymentForm.Permanent"/>, <see cref="EmploymentForm.Seasonal"/>
/// or <see cref="EmploymentForm.TempAgency"/> (the scale names the last two as counting); an ordinary fixed-term job
/// (<see cref="EmploymentForm.Temporary"/>) is competitive but not permanent. Item 21's share uses
/// <see cref="IsPermanentCompetitive"/>.
/// </para>
/// <para>Unpaid work trials are <see cref="WorkTrial"/>, a separate type that is never a job. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Job
{
    private Job(
        JobId id,
        ParticipantId participant,
        EmployerId employer,
        JobType occupation,
        LocalDate start,
        LocalDate? end,
        PositionSize positionSize,
        bool ordinaryWage,
        EmploymentForm form,
        bool reservedForPeopleWithDisabilities,
        NavWageSubsidy wageSubsidy,
        JobEndReason? endReason)
    {
        Id = id;
        Participant = participant;
        Employer = employer;
        Occupation = occupation;
        Start = start;
        End = end;
        PositionSize = positionSize;
        OrdinaryWage = ordinaryWage;
        Form = form;
        ReservedForPeopleWithDisabilities = reservedForPeopleWithDisabilities;
        WageSubsidy = wageSubsidy;
        EndReason = endReason;
    }

    /// <summary>The job's identifier.</summary>
    public JobId Id { get; }

    /// <summary>The participant holding the job.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The employer.</summary>
    public EmployerId Employer { get; }

    /// <summary>The job type (STYRK-08 code and title).</summary>
    public JobType Occupation { get; }

    /// <summary>The first day of work.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of work (inclusive), or null while the job is ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>The position size.</summary>
    public PositionSize PositionSize { get; }

    /// <summary>Whether the job pays the ordinary wage for the work (at least the tariff or what others doing it are paid).</summary>
    public bool OrdinaryWage { get; }

    /// <summary>The form of employment.</summary>
    public EmploymentForm Form { get; }

    /// <summary>Whether the job is set aside for people with disabilities.</summary>
    public bool ReservedForPeopleWithDisabilities { get; }

    /// <summary>The NAV wage subsidy paid for the job.</summary>
    public NavWageSubsidy WageSubsidy { get; }

    /// <summary>Why the job ended; only set when <see cref="End"/> is.</summary>
    public JobEndReason? EndReason { get; }

    /// <summary>The days worked as an inclusive interval, or null while the job is ongoing.</summary>
    public DateInterval? Period => End is { } end ? new DateInterval(Start, end) : null;

    /// <summary>Creates a job.</summary>
    /// <param name="id">The job's identifier.</param>
    /// <param name="participant">The participant holding the job.</param>
    /// <param name="employer">The employer.</param>
    /// <param name="occupation">The job type.</param>
    /// <param name="start">The first day of work.</param>
    /// <param name="positionSize">The position size.</param>
    /// <param name="ordinaryWage">Whether the job pays the ordinary wage for the work.</param>
    /// <param name="form">The form of employment.</param>
    /// <param name="reservedForPeopleWithDisabilities">Whether the job is set aside for people with disabilities.</param>
    /// <param name="wageSubsidy">The NAV wage subsidy.</param>
    /// <param name="end">The last day of work, on or after the start; null while ongoing.</param>
    /// <param name="endReason">Why the job ended; only with an end date.</param>
    /// <returns>The job.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Job"/>.</exception>
    public static Job Create(
        JobId id,
        ParticipantId participant,
        EmployerId employer,
        JobType occupation,
        LocalDate start,
        PositionSize positionSize,
        bool ordinaryWage,
        EmploymentForm form,
        bool reservedForPeopleWithDisabilities = false,
        NavWageSubsidy wageSubsidy = NavWageSubsidy.None,
        LocalDate? end = null,
        JobEndReason? endReason = null) =>
        TryCreate(id, participant, employer, occupation, start, positionSize, ordinaryWage, form, reservedForPeopleWithDisabilities, wageSubsidy, end, endReason)
            .GetValueOrThrow();

    /// <summary>Creates a job without throwing.</summary>
    /// <param name="id">The job's identifier.</param>
    /// <param name="participant">The participant holding the job.</param>
    /// <param name="employer">The employer.</param>
    /// <param name="occupation">The job type.</param>
    /// <param name="start">The first day of work.</param>
    /// <param name="positionSize">The position size.</param>
    /// <param name="ordinaryWage">Whether the job pays the ordinary wage for the work.</param>
    /// <param name="form">The form of employment.</param>
    /// <param name="reservedForPeopleWithDisabilities">Whether the job is set aside for people with disabilities.</param>
    /// <param name="wageSubsidy">The NAV wage subsidy.</param>
    /// <param name="end">The last day of work, on or after the start; null while ongoing.</param>
    /// <param name="endReason">Why the job ended; only with an end date.</param>
    /// <returns>The job or the broken rules.</returns>
    public static DomainResult<Job> TryCreate(
        JobId id,
        ParticipantId participant,
        EmployerId employer,
        JobType occupation,
        LocalDate start,
        PositionSize positionSize,
        bool ordinaryWage,
        EmploymentForm form,
        bool reservedForPeopleWithDisabilities = false,
        NavWageSubsidy wageSubsidy = NavWageSubsidy.None,
        LocalDate? end = null,
        JobEndReason? endReason = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, id, nameof(Id));
        RequireId(ref errors, participant, nameof(Participant));
        RequireId(ref errors, employer, nameof(Employer));
        NotNull(ref errors, occupation, nameof(Occupation));
        NotNull(ref errors, positionSize, nameof(PositionSize));
        Defined(ref errors, form, nameof(Form));
        Defined(ref errors, wageSubsidy, nameof(WageSubsidy));
        CheckEnd(ref errors, start, end, endReason);
        return errors is null
            ? new DomainResult<Job>(new Job(id, participant, employer, occupation, start, end, positionSize, ordinaryWage, form, reservedForPeopleWithDisabilities, wageSubsidy, endReason))
            : DomainResult<Job>.Fail(errors);
    }

    /// <summary>Ends the job.</summary>
    /// <param name="end">The last day of work, on or after the start.</param>
    /// <param name="reason">Why the job ended, when known.</param>
    /// <returns>A new, ended job; this one is unchanged.</returns>
    /// <exception cref="DomainException">The end lies before the start or the reason is undefined.</exception>
    public Job EndOn(LocalDate end, JobEndReason? reason = null)
    {
        List<DomainError>? errors = null;
        CheckEnd(ref errors, Start, end, reason);
        return errors is null
            ? new Job(Id, Participant, Employer, Occupation, Start, end, PositionSize, OrdinaryWage, Form, ReservedForPeopleWithDisabilities, WageSubsidy, reason)
            : throw new DomainException(errors);
    }

    /// <summary>Whether the job is held on <paramref name="date"/> (start and end inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when held on that date.</returns>
    public bool IsActiveOn(LocalDate date) => Start <= date && (End is null || date <= End.Value);

    /// <summary>Whether the job is held today (the date in Norway).</summary>
    /// <param name="clock">The clock giving today.</param>
    /// <returns><see langword="true"/> when held today.</returns>
    public bool IsCurrent(IClock clock) => IsActiveOn(NorwegianToday.From(clock));

    /// <summary>Whether the job is competitive: ordinary wage, open to anyone, not reserved, not a programme placement, subsidy allowed by the policy.</summary>
    /// <param name="policy">The competitive-job policy (see <see cref="CompetitiveJobPolicy.Default"/>).</param>
    /// <returns><see langword="true"/> when competitive.</returns>
    public bool IsCompetitive(CompetitiveJobPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return OrdinaryWage
            && !ReservedForPeopleWithDisabilities
            && Form != EmploymentForm.ProgrammeOwnedTimeLimited
            && policy.Allows(WageSubsidy);
    }

    /// <summary>Whether the job is competitive with permanent status (Permanent, Seasonal or TempAgency); the measure of item 21.</summary>
    /// <param name="policy">The competitive-job policy (see <see cref="CompetitiveJobPolicy.Default"/>).</param>
    /// <returns><see langword="true"/> when permanent-competitive.</returns>
    public bool IsPermanentCompetitive(CompetitiveJobPolicy policy) =>
        IsCompetitive(policy) && Form is EmploymentForm.Permanent or EmploymentForm.Seasonal or EmploymentForm.TempAgency;

    private static void CheckEnd(ref List<DomainError>? errors, LocalDate start, LocalDate? end, JobEndReason? reason)
    {
        if (end is { } e && e < start)
        {
            Add(ref errors, ErrorCodes.Job.EndBeforeStart, nameof(End), EndBeforeStartMessage(nameof(End), e, start));
        }

        if (reason is { } r)
        {
            Defined(ref errors, r, nameof(EndReason));
            if (end is null)
            {
                Add(ref errors, ErrorCodes.Job.EndReasonWithoutEnd, nameof(EndReason), EndReasonWithoutEndMessage(r));
            }
        }
    }

    internal static string EndReasonWithoutEndMessage(JobEndReason reason) =>
        Invariant($"EndReason {reason} is given without an End; an end reason needs an end date.");
}
