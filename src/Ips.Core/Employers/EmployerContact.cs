using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Employers;

/// <summary>A dated contact with an employer, general or about specific participants.</summary>
/// <remarks>
/// <para>
/// A general contact (no participants, e.g. building a relationship) leaves <see cref="ParticipantPresent"/> and
/// <see cref="FollowedPreferences"/> null. A participant-specific contact says whether the participant was present,
/// and may say whether it followed the participant's preferences (null when not recorded; item 16).
/// </para>
/// <para>
/// The specialist is null only for a participant's own contact (the participant went alone: participant-specific,
/// participant present), which item 15 counts as the first employer contact but item 17 does not.
/// </para>
/// <para>Equality compares the participants in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed record EmployerContact
{
    private EmployerContact(
        LocalDate date,
        SpecialistId? specialist,
        EmployerId employer,
        bool inPerson,
        ImmutableArray<ParticipantId> participants,
        bool? participantPresent,
        ContactPurpose purpose,
        bool? followedPreferences)
    {
        Date = date;
        Specialist = specialist;
        Employer = employer;
        InPerson = inPerson;
        Participants = participants;
        ParticipantPresent = participantPresent;
        Purpose = purpose;
        FollowedPreferences = followedPreferences;
    }

    /// <summary>The date of the contact.</summary>
    public LocalDate Date { get; }

    /// <summary>The specialist who made the contact; null for a participant's own contact.</summary>
    public SpecialistId? Specialist { get; }

    /// <summary>The employer contacted.</summary>
    public EmployerId Employer { get; }

    /// <summary>Whether the contact was in person (items 15 and 17 count only these).</summary>
    public bool InPerson { get; }

    /// <summary>The participants the contact was about, distinct; empty for a general contact.</summary>
    public ImmutableArray<ParticipantId> Participants { get; }

    /// <summary>Whether the participant was present; null for a general contact.</summary>
    public bool? ParticipantPresent { get; }

    /// <summary>Why the contact was made.</summary>
    public ContactPurpose Purpose { get; }

    /// <summary>Whether the contact followed the participant's preferences, strengths and needs; null for a general contact or when not recorded.</summary>
    public bool? FollowedPreferences { get; }

    /// <summary>Whether the contact was general rather than about specific participants.</summary>
    public bool IsGeneral => Participants.IsEmpty;

    /// <summary>Creates an employer contact.</summary>
    /// <param name="date">The date of the contact.</param>
    /// <param name="specialist">The specialist; null only for a participant's own contact.</param>
    /// <param name="employer">The employer contacted.</param>
    /// <param name="inPerson">Whether the contact was in person.</param>
    /// <param name="purpose">Why the contact was made.</param>
    /// <param name="participants">The participants it was about, distinct; none for a general contact.</param>
    /// <param name="participantPresent">Whether the participant was present; required for a participant-specific contact, null for a general one.</param>
    /// <param name="followedPreferences">Whether it followed the participant's preferences; null for a general contact or when not recorded.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.EmployerContact"/>.</exception>
    public static EmployerContact Create(
        LocalDate date,
        SpecialistId? specialist,
        EmployerId employer,
        bool inPerson,
        ContactPurpose purpose,
        IEnumerable<ParticipantId>? participants = null,
        bool? participantPresent = null,
        bool? followedPreferences = null) =>
        TryCreate(date, specialist, employer, inPerson, purpose, participants, participantPresent, followedPreferences).GetValueOrThrow();

    /// <summary>Creates an employer contact without throwing.</summary>
    /// <param name="date">The date of the contact.</param>
    /// <param name="specialist">The specialist; null only for a participant's own contact.</param>
    /// <param name="employer">The employer contacted.</param>
    /// <param name="inPerson">Whether the contact was in person.</param>
    /// <param name="purpose">Why the contact was made.</param>
    /// <param name="participants">The participants it was about, distinct; none for a general contact.</param>
    /// <param name="participantPresent">Whether the participant was present; required for a participant-specific contact, null for a general one.</param>
    /// <param name="followedPreferences">Whether it followed the participant's preferences; null for a general contact or when not recorded.</param>
    /// <returns>The contact or the broken rules.</returns>
    public static DomainResult<EmployerContact> TryCreate(
        LocalDate date,
        SpecialistId? specialist,
        EmployerId employer,
        bool inPerson,
        ContactPurpose purpose,
        IEnumerable<ParticipantId>? participants = null,
        bool? participantPresent = null,
        bool? followedPreferences = null)
    {
        List<DomainError>? errors = null;
        if (specialist is { } s)
        {
            RequireId(ref errors, s, nameof(Specialist));
        }

        RequireId(ref errors, employer, nameof(Employer));
        Defined(ref errors, purpose, nameof(Purpose));
        var array = participants is null ? [] : participants.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            // The property name is formatted only for a broken rule: contacts are created by the million from records.
            var missing = IsMissing(array[i]);
            var repeated = array.IndexOf(array[i], 0, i) >= 0;
            if (missing || repeated)
            {
                var property = $"{nameof(Participants)}[{i}]";
                RequireId(ref errors, array[i], property);
                if (repeated)
                {
                    Add(ref errors, ErrorCodes.EmployerContact.DuplicateParticipant, property, Invariant($"{property}: the participant (id not shown) is listed more than once on the contact."));
                }
            }
        }

        if (array.IsEmpty)
        {
            if (participantPresent is not null)
            {
                Add(ref errors, ErrorCodes.EmployerContact.PresenceOnGeneralContact, nameof(ParticipantPresent), "ParticipantPresent must be null for a general contact (one without participants).");
            }

            if (followedPreferences is not null)
            {
                Add(ref errors, ErrorCodes.EmployerContact.PreferencesOnGeneralContact, nameof(FollowedPreferences), "FollowedPreferences must be null for a general contact (one without participants).");
            }
        }
        else if (participantPresent is null)
        {
            Add(ref errors, ErrorCodes.EmployerContact.PresenceMissing, nameof(ParticipantPresent), "ParticipantPresent is required for a participant-specific contact.");
        }

        if (specialist is null && (array.IsEmpty || participantPresent != true))
        {
            Add(ref errors, ErrorCodes.EmployerContact.SpecialistMissing, nameof(Specialist), "Specialist is required unless the contact is the participant's own (participant-specific, with the participant present).");
        }

        return errors is null
            ? new DomainResult<EmployerContact>(new EmployerContact(date, specialist, employer, inPerson, array, participantPresent, purpose, followedPreferences))
            : DomainResult<EmployerContact>.Fail(errors);
    }

    /// <summary>Whether both record the same contact (participants compared in order).</summary>
    /// <param name="other">The other contact.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(EmployerContact? other) =>
        other is not null
        && Date == other.Date
        && Specialist == other.Specialist
        && Employer == other.Employer
        && InPerson == other.InPerson
        && ParticipantPresent == other.ParticipantPresent
        && Purpose == other.Purpose
        && FollowedPreferences == other.FollowedPreferences
        && Participants.SequenceEqual(other.Participants);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Specialist, Employer, InPerson, Participants.Length, ParticipantPresent, Purpose, FollowedPreferences);
}
