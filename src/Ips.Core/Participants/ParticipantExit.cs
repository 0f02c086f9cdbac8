using Ips.Core.Benefits;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>How and when a participant left IPS: the date, NAV's reason for ending and the status at exit.</summary>
/// <remarks>The date is the last day the participant received IPS (inclusive). Immutable and thread-safe.</remarks>
public sealed record ParticipantExit
{
    private ParticipantExit(LocalDate date, NavEndReason reason, ExitStatus status, NavBenefits? benefits)
    {
        Date = date;
        Reason = reason;
        Status = status;
        BenefitsAtExit = benefits;
    }

    /// <summary>The exit date: the last day the participant received IPS.</summary>
    public LocalDate Date { get; }

    /// <summary>NAV's reason for ending.</summary>
    public NavEndReason Reason { get; }

    /// <summary>The status at exit.</summary>
    public ExitStatus Status { get; }

    /// <summary>The benefits received at exit (<see cref="NavBenefits.None"/> = recorded as none), or null when not recorded; with a work end reason, <see cref="NavBenefits.None"/> is "left for work without benefits".</summary>
    public NavBenefits? BenefitsAtExit { get; }

    /// <summary>Creates an exit.</summary>
    /// <param name="date">The exit date.</param>
    /// <param name="reason">NAV's reason for ending.</param>
    /// <param name="status">The status at exit.</param>
    /// <returns>The exit.</returns>
    /// <exception cref="DomainException">An enum value is undefined.</exception>
    public static ParticipantExit Create(LocalDate date, NavEndReason reason, ExitStatus status) =>
        TryCreate(date, reason, status, null).GetValueOrThrow();

    /// <summary>Creates an exit with the benefits received at exit.</summary>
    /// <param name="date">The exit date.</param>
    /// <param name="reason">NAV's reason for ending.</param>
    /// <param name="status">The status at exit.</param>
    /// <param name="benefitsAtExit">The benefits at exit, or null when not recorded.</param>
    /// <returns>The exit.</returns>
    /// <exception cref="DomainException">An enum value is undefined, or the benefits break a rule (<see cref="ErrorCodes.Participant.BenefitsFullAndGradedDisability"/>).</exception>
    public static ParticipantExit Create(LocalDate date, NavEndReason reason, ExitStatus status, NavBenefits? benefitsAtExit) =>
        TryCreate(date, reason, status, benefitsAtExit).GetValueOrThrow();

    /// <summary>Creates an exit without throwing.</summary>
    /// <param name="date">The exit date.</param>
    /// <param name="reason">NAV's reason for ending.</param>
    /// <param name="status">The status at exit.</param>
    /// <returns>The exit or the broken rules.</returns>
    public static DomainResult<ParticipantExit> TryCreate(LocalDate date, NavEndReason reason, ExitStatus status) => TryCreate(date, reason, status, null);

    /// <summary>Creates an exit with the benefits received at exit, without throwing.</summary>
    /// <param name="date">The exit date.</param>
    /// <param name="reason">NAV's reason for ending.</param>
    /// <param name="status">The status at exit.</param>
    /// <param name="benefitsAtExit">The benefits at exit, or null when not recorded.</param>
    /// <returns>The exit or the broken rules.</returns>
    public static DomainResult<ParticipantExit> TryCreate(LocalDate date, NavEndReason reason, ExitStatus status, NavBenefits? benefitsAtExit)
    {
        List<DomainError>? errors = null;
        Defined(ref errors, reason, nameof(Reason));
        Defined(ref errors, status, nameof(Status));
        NavBenefitRules.Check(ref errors, benefitsAtExit, nameof(BenefitsAtExit));
        return errors is null ? new DomainResult<ParticipantExit>(new ParticipantExit(date, reason, status, benefitsAtExit)) : DomainResult<ParticipantExit>.Fail(errors);
    }
}
