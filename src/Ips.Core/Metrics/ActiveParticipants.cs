using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Metrics;

/// <summary>Whether participants are active (on the caseload) on a date or during an interval.</summary>
/// <remarks>
/// <para>
/// Active on day d: enrolled on or before d and not exited before d, i.e. <c>EnrolmentDate ≤ d</c> and (no exit or
/// <c>d ≤ exit date</c>), both ends inclusive: a participant who exits on d is still active on d. This is the domain's
/// <see cref="Participant.IsActiveOn"/>; it agrees with the phases (every phase but
/// <see cref="ParticipantPhase.Exited"/> is on the caseload, and a participant is exited exactly when an exit is
/// recorded) and, for a past date, uses the exit's date rather than today's phase. Referral alone does not make a
/// participant active.
/// </para>
/// <para>Allocation-free. Thread-safe.</para>
/// </remarks>
public static class ActiveParticipants
{
    /// <summary>Whether the participant is active on <paramref name="date"/>.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when enrolled on or before the date and not exited before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    public static bool IsActiveOn(Participant participant, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return participant.IsActiveOn(date);
    }

    /// <summary>Whether the participant is active on at least one day of <paramref name="interval"/>.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns><see langword="true"/> when enrolled on or before the interval's end and not exited before its start.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsActiveDuring(Participant participant, DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(interval);
        return participant.EnrolmentDate <= interval.End && (participant.ExitRecord is not { } exit || exit.Date >= interval.Start);
    }

    /// <summary>How many of the participants are active on <paramref name="date"/>.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="date">The date.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException">A participant is null.</exception>
    public static int CountOn(ReadOnlySpan<Participant> participants, LocalDate date)
    {
        var count = 0;
        foreach (var participant in participants)
        {
            if (IsActiveOn(participant, date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many of the participants are active on at least one day of <paramref name="interval"/>.</summary>
    /// <param name="participants">The participants.</param>
    /// <param name="interval">The days, both ends inclusive.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> or a participant is null.</exception>
    public static int CountDuring(ReadOnlySpan<Participant> participants, DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var count = 0;
        foreach (var participant in participants)
        {
            if (IsActiveDuring(participant, interval))
            {
                count++;
            }
        }

        return count;
    }
}
