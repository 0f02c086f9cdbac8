using Ips.Core.Participants;
using NodaTime;

namespace Ips.Core.Metrics;

/// <summary>The days from a participant's entry to their first employer contact (item 15; NAV reports the median per site).</summary>
/// <remarks>
/// <para>
/// With a first contact (see <see cref="FirstEmployerContact"/>): contact date − entry date, 0 when the contact is on
/// the entry day. Without one, under <see cref="ParticipantsWithoutContact.CountDaysSoFar"/> (the default): the days
/// elapsed so far, from entry to the as-of date, or to the exit date when that is earlier; under
/// <see cref="ParticipantsWithoutContact.LeaveOut"/>: no value. A participant who had not entered by the as-of date has
/// no value either. Entry is <see cref="FirstContactOptions.Entry"/>: enrolment unless set.
/// </para>
/// <para>Allocation-free. Thread-safe.</para>
/// </remarks>
public static class DaysToFirstContact
{
    /// <summary>The participant's days to the first contact, or the days so far.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="firstContact">The first contact's date from <see cref="FirstEmployerContact.Find"/> or <see cref="FirstEmployerContact.FindAll"/> with the same entry and as-of date; null when none.</param>
    /// <param name="asOf">The as-of date (the review or reference date).</param>
    /// <param name="options">The counting choices; <see cref="FirstContactOptions.Default"/> when null.</param>
    /// <returns>The days (0 or more), or null when the participant is left out or had not entered by <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="firstContact"/> lies before entry or after <paramref name="asOf"/>, or an option is not a defined
    /// value (owners of the options validate them once with <see cref="FirstContactOptionsValidator"/>; this call checks
    /// them cheaply, as it runs once per participant).
    /// </exception>
    public static int? Of(Participant participant, LocalDate? firstContact, LocalDate asOf, FirstContactOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        options ??= FirstContactOptions.Default;
        var withoutContact = options.WithoutContact;
        if (withoutContact is not (ParticipantsWithoutContact.CountDaysSoFar or ParticipantsWithoutContact.LeaveOut))
        {
            throw new ArgumentOutOfRangeException(nameof(options), withoutContact, "WithoutContact must be a defined ParticipantsWithoutContact.");
        }

        var entry = FirstEmployerContact.EntryDate(participant, options.Entry);
        if (firstContact is { } date)
        {
            if (date < entry || date > asOf)
            {
                throw new ArgumentOutOfRangeException(nameof(firstContact), "The first contact must lie from the entry date through the as-of date.");
            }

            return Period.DaysBetween(entry, date);
        }

        if (withoutContact == ParticipantsWithoutContact.LeaveOut || entry > asOf)
        {
            return null;
        }

        var until = participant.ExitRecord is { } exit && exit.Date < asOf ? exit.Date : asOf;
        return Period.DaysBetween(entry, until);
    }

    /// <summary>The mean and median of the days, as both item 15 and NAV's figure report them.</summary>
    /// <param name="days">The values (from <see cref="Of"/>); sorted in place.</param>
    /// <returns>The count, mean and median; mean and median null when <paramref name="days"/> is empty.</returns>
    /// <remarks>No allocation: the caller's span is sorted. The sum is taken in 64 bits.</remarks>
    public static DaysSummary Summarise(Span<int> days)
    {
        var count = days.Length;
        if (count == 0)
        {
            return new DaysSummary(0, null, null);
        }

        long sum = 0;
        foreach (var d in days)
        {
            sum += d;
        }

        days.Sort();
        var middle = count / 2;
        var median = (count & 1) == 1 ? days[middle] : (days[middle - 1] + (double)days[middle]) / 2d;
        return new DaysSummary(count, (double)sum / count, median);
    }
}
