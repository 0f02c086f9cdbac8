using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using NodaTime;

namespace Ips.Core.Metrics;

/// <summary>A participant's first in-person employer contact about a job for that participant (item 15).</summary>
/// <remarks>
/// <para>
/// A contact counts for a participant when it is in person, names the participant, has the purpose
/// <see cref="ContactPurpose.JobDevelopment"/> (follow-up of a working participant and "other" do not count: they are
/// not about getting a job), and is dated from the participant's entry (<see cref="EntryDate"/>) through the as-of
/// date, both inclusive. Who made it does not matter: a specialist's contact and the participant's own
/// (<see cref="EmployerContact.Specialist"/> null) both count. The first contact is the earliest such date.
/// </para>
/// <para>
/// Used by <see cref="Outcomes.NavOutcomeCalculator"/> and by Ips.Core.Fidelity's <c>FactDerivation</c> (item 15); see
/// <see cref="DaysToFirstContact"/> for the days. Allocation-free except <see cref="FindAll"/>'s result. Thread-safe.
/// </para>
/// </remarks>
public static class FirstEmployerContact
{
    /// <summary>Whether a contact can be a first employer contact on or before <paramref name="asOf"/>, and why not.</summary>
    /// <param name="contact">The contact.</param>
    /// <param name="asOf">The last date counted (the review or reference date).</param>
    /// <returns><see cref="FirstContactCheck.Counts"/>, or the first reason (in enum order) it does not count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    public static FirstContactCheck Check(EmployerContact contact, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.Participants.IsEmpty)
        {
            return FirstContactCheck.GeneralContact;
        }

        if (!contact.InPerson)
        {
            return FirstContactCheck.NotInPerson;
        }

        if (!IsAboutAJob(contact))
        {
            return FirstContactCheck.NotJobDevelopment;
        }

        return contact.Date > asOf ? FirstContactCheck.AfterAsOfDate : FirstContactCheck.Counts;
    }

    /// <summary>Whether a contact is about getting a job: its purpose is <see cref="ContactPurpose.JobDevelopment"/>.</summary>
    /// <param name="contact">The contact.</param>
    /// <returns>
    /// <see langword="true"/> for job development; <see langword="false"/> for follow-up of a working participant and
    /// "other", which are not about getting a job.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    /// <remarks>
    /// The one place the rule lives: item 15's first contact (<see cref="Check"/>), and in Ips.Core.Fidelity's
    /// <c>FactDerivation</c> item 16's job-search contacts and item 17's contacts made for job seekers.
    /// </remarks>
    public static bool IsAboutAJob(EmployerContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return contact.Purpose == ContactPurpose.JobDevelopment;
    }

    /// <summary>The participant's entry date under the chosen entry.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="entry">Enrolment (the default) or referral.</param>
    /// <returns><see cref="Participant.EnrolmentDate"/> or <see cref="Participant.ReferralDate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="entry"/> is not a defined value.</exception>
    public static LocalDate EntryDate(Participant participant, ProgrammeEntry entry = ProgrammeEntry.Enrolment)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return entry switch
        {
            ProgrammeEntry.Enrolment => participant.EnrolmentDate,
            ProgrammeEntry.Referral => participant.ReferralDate,
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "Entry must be a defined ProgrammeEntry."),
        };
    }

    /// <summary>The date of the participant's first employer contact on or before <paramref name="asOf"/>.</summary>
    /// <param name="contacts">The programme's employer contacts, in any order.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="asOf">The last date counted.</param>
    /// <param name="entry">Which date is entry; contacts before it do not count.</param>
    /// <returns>The earliest qualifying contact date, or null when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null, or a contact is.</exception>
    /// <remarks>One pass over the contacts. For every participant of a programme at once, use <see cref="FindAll"/>.</remarks>
    public static LocalDate? Find(ReadOnlySpan<EmployerContact> contacts, Participant participant, LocalDate asOf, ProgrammeEntry entry = ProgrammeEntry.Enrolment)
    {
        var from = EntryDate(participant, entry);
        var id = participant.Id;
        LocalDate? first = null;
        foreach (var contact in contacts)
        {
            if (Check(contact, asOf) != FirstContactCheck.Counts || contact.Date < from || (first is { } earlier && contact.Date >= earlier))
            {
                continue;
            }

            if (contact.Participants.Contains(id))
            {
                first = contact.Date;
            }
        }

        return first;
    }

    /// <summary>The first employer contact of every participant of a programme, on or before <paramref name="asOf"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="asOf">The last date counted.</param>
    /// <param name="entry">Which date is entry; contacts before it do not count.</param>
    /// <returns>One date or null per participant, in the order of <see cref="IpsProgramme.Participants"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <remarks>One pass over the contacts; one dictionary from participant id to position, and the result array.</remarks>
    public static ImmutableArray<LocalDate?> FindAll(IpsProgramme programme, LocalDate asOf, ProgrammeEntry entry = ProgrammeEntry.Enrolment)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var participants = programme.Participants;
        var index = new Dictionary<ParticipantId, int>(participants.Length);
        var from = new LocalDate[participants.Length];
        for (var i = 0; i < participants.Length; i++)
        {
            index.TryAdd(participants[i].Id, i);
            from[i] = EntryDate(participants[i], entry);
        }

        var first = new LocalDate?[participants.Length];
        var contacts = programme.EmployerContacts;
        for (var c = 0; c < contacts.Length; c++)
        {
            var contact = contacts[c];
            if (Check(contact, asOf) != FirstContactCheck.Counts)
            {
                continue;
            }

            var named = contact.Participants;
            for (var k = 0; k < named.Length; k++)
            {
                if (index.TryGetValue(named[k], out var i)
                    && contact.Date >= from[i]
                    && (first[i] is not { } earlier || contact.Date < earlier))
                {
                    first[i] = contact.Date;
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(first);
    }
}
