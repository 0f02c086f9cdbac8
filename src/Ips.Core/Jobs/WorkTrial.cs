using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>An unpaid work trial (arbeidstrening, praksis) or sheltered work: never a job.</summary>
/// <remarks>
/// Item 21 says these are not jobs at all, so this type shares no base type with <see cref="Job"/> and cannot be
/// counted as one by accident. Start and end are inclusive; a trial without an end is ongoing. Immutable and thread-safe.
/// </remarks>
public sealed record WorkTrial
{
    private WorkTrial(ParticipantId participant, EmployerId employer, LocalDate start, LocalDate? end, WorkTrialKind kind)
    {
        Participant = participant;
        Employer = employer;
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>The participant.</summary>
    public ParticipantId Participant { get; }

    /// <summary>The host employer.</summary>
    public EmployerId Employer { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day (inclusive), or null while ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>The kind of trial.</summary>
    public WorkTrialKind Kind { get; }

    /// <summary>Creates a work trial.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="employer">The host employer.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after the start; null while ongoing.</param>
    /// <param name="kind">The kind of trial.</param>
    /// <returns>The work trial.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static WorkTrial Create(ParticipantId participant, EmployerId employer, LocalDate start, LocalDate? end, WorkTrialKind kind) =>
        TryCreate(participant, employer, start, end, kind).GetValueOrThrow();

    /// <summary>Creates a work trial without throwing.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="employer">The host employer.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after the start; null while ongoing.</param>
    /// <param name="kind">The kind of trial.</param>
    /// <returns>The work trial or the broken rules.</returns>
    public static DomainResult<WorkTrial> TryCreate(ParticipantId participant, EmployerId employer, LocalDate start, LocalDate? end, WorkTrialKind kind)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participant));
        RequireId(ref errors, employer, nameof(Employer));
        Defined(ref errors, kind, nameof(Kind));
        if (end is { } e && e < start)
        {
            Add(ref errors, ErrorCodes.WorkTrial.EndBeforeStart, nameof(End), EndBeforeStartMessage(nameof(End), e, start));
        }

        return errors is null ? new DomainResult<WorkTrial>(new WorkTrial(participant, employer, start, end, kind)) : DomainResult<WorkTrial>.Fail(errors);
    }

    /// <summary>Whether the trial runs on <paramref name="date"/> (start and end inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when running on that date.</returns>
    public bool IsActiveOn(LocalDate date) => Start <= date && (End is null || date <= End.Value);
}
