using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Participants;

/// <summary>A person receiving IPS: referral, enrolment, preferences, career profile, phase and exit.</summary>
/// <remarks>
/// Enrolment is the first meeting with the employment specialist (the scale's "entry", item 15) and is on or after
/// the referral date. The phase is <see cref="ParticipantPhase.Exited"/> exactly when <see cref="Exit"/> is set; an
/// exited participant cannot change again. Transitions return a new instance and leave this one unchanged.
/// A participant is active from the enrolment date through the exit date, both inclusive.
/// Immutable and thread-safe.
/// </remarks>
public sealed class Participant
{
    private Participant(
        ParticipantId id,
        LocalDate referralDate,
        LocalDate enrolmentDate,
        ReferralSource referralSource,
        JobPreferences preferences,
        ImmutableArray<CareerProfileEntry> careerProfile,
        ParticipantPhase phase,
        ParticipantExit? exit,
        EntryCharacteristics characteristics)
    {
        Id = id;
        ReferralDate = referralDate;
        EnrolmentDate = enrolmentDate;
        ReferralSource = referralSource;
        Preferences = preferences;
        CareerProfile = careerProfile;
        Phase = phase;
        ExitRecord = exit;
        Characteristics = characteristics;
    }

    /// <summary>The participant's identifier.</summary>
    public ParticipantId Id { get; }

    /// <summary>The date of referral to IPS.</summary>
    public LocalDate ReferralDate { get; }

    /// <summary>The date of the first meeting with the employment specialist; on or after <see cref="ReferralDate"/>.</summary>
    public LocalDate EnrolmentDate { get; }

    /// <summary>Where the referral came from.</summary>
    public ReferralSource ReferralSource { get; }

    /// <summary>The participant's job preferences.</summary>
    public JobPreferences Preferences { get; }

    /// <summary>Career profile meetings and updates, in date order (stable for equal dates).</summary>
    public ImmutableArray<CareerProfileEntry> CareerProfile { get; }

    /// <summary>The current phase.</summary>
    public ParticipantPhase Phase { get; }

    /// <summary>The exit, when the participant has left IPS.</summary>
    public ParticipantExit? ExitRecord { get; }

    /// <summary>What describes the participant at entry (NAV measure, age at enrolment, referring unit, grouping tags, benefits at entry), for splitting outcome figures; <see cref="EntryCharacteristics.None"/> unless set with <see cref="WithCharacteristics"/>.</summary>
    public EntryCharacteristics Characteristics { get; }

    /// <summary>Whether the participant has left IPS.</summary>
    public bool HasExited => ExitRecord is not null;

    /// <summary>Creates a participant.</summary>
    /// <param name="id">The participant's identifier.</param>
    /// <param name="referralDate">The referral date.</param>
    /// <param name="enrolmentDate">The first meeting with the specialist; on or after the referral date.</param>
    /// <param name="referralSource">Where the referral came from.</param>
    /// <param name="preferences">Job preferences; <see cref="JobPreferences.None"/> when null.</param>
    /// <param name="careerProfile">Career profile entries, dated from enrolment to exit; stored in date order.</param>
    /// <param name="phase">The current phase; must be <see cref="ParticipantPhase.Exited"/> exactly when <paramref name="exit"/> is given.</param>
    /// <param name="exit">The exit, for a participant who has left; dated on or after enrolment and the last profile entry.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="DomainException">A rule is broken; see <see cref="ErrorCodes.Participant"/>.</exception>
    public static Participant Create(
        ParticipantId id,
        LocalDate referralDate,
        LocalDate enrolmentDate,
        ReferralSource referralSource,
        JobPreferences? preferences = null,
        IEnumerable<CareerProfileEntry>? careerProfile = null,
        ParticipantPhase phase = ParticipantPhase.Engagement,
        ParticipantExit? exit = null) =>
        TryCreate(id, referralDate, enrolmentDate, referralSource, preferences, careerProfile, phase, exit).GetValueOrThrow();

    /// <summary>Creates a participant without throwing.</summary>
    /// <param name="id">The participant's identifier.</param>
    /// <param name="referralDate">The referral date.</param>
    /// <param name="enrolmentDate">The first meeting with the specialist; on or after the referral date.</param>
    /// <param name="referralSource">Where the referral came from.</param>
    /// <param name="preferences">Job preferences; <see cref="JobPreferences.None"/> when null.</param>
    /// <param name="careerProfile">Career profile entries, dated from enrolment to exit; stored in date order.</param>
    /// <param name="phase">The current phase; must be <see cref="ParticipantPhase.Exited"/> exactly when <paramref name="exit"/> is given.</param>
    /// <param name="exit">The exit, for a participant who has left; dated on or after enrolment and the last profile entry.</param>
    /// <returns>The participant or the broken rules.</returns>
    public static DomainResult<Participant> TryCreate(
        ParticipantId id,
        LocalDate referralDate,
        LocalDate enrolmentDate,
        ReferralSource referralSource,
        JobPreferences? preferences = null,
        IEnumerable<CareerProfileEntry>? careerProfile = null,
        ParticipantPhase phase = ParticipantPhase.Engagement,
        ParticipantExit? exit = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, id, nameof(Id));
        NotNull(ref errors, referralSource, nameof(ReferralSource));
        if (enrolmentDate < referralDate)
        {
            Add(ref errors, ErrorCodes.Participant.EnrolmentBeforeReferral, nameof(EnrolmentDate), EnrolmentMessage(enrolmentDate, referralDate));
        }

        Defined(ref errors, phase, nameof(Phase));
        if ((phase == ParticipantPhase.Exited) != (exit is not null))
        {
            Add(ref errors, ErrorCodes.Participant.PhaseExitMismatch, nameof(Phase), PhaseExitMessage(phase, exit is not null));
        }

        var profile = careerProfile is null ? [] : careerProfile.OrderBy(e => e?.Date ?? default).ToImmutableArray();
        for (var i = 0; i < profile.Length; i++)
        {
            var entry = profile[i];
            if (entry is null)
            {
                NotNull(ref errors, entry, ProfileProperty(i));
            }
            else
            {
                CheckProfileEntry(ref errors, entry, enrolmentDate, exit, i);
            }
        }

        if (exit is not null)
        {
            CheckExit(ref errors, exit, enrolmentDate, []);
        }

        return errors is null
            ? new DomainResult<Participant>(new Participant(id, referralDate, enrolmentDate, referralSource, preferences ?? JobPreferences.None, profile, phase, exit, EntryCharacteristics.None))
            : DomainResult<Participant>.Fail(errors);
    }

    /// <summary>Whether the participant is enrolled and has not left on <paramref name="date"/> (enrolment and exit dates inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when active on that date.</returns>
    public bool IsActiveOn(LocalDate date) => EnrolmentDate <= date && (ExitRecord is null || date <= ExitRecord.Date);

    /// <summary>Whether the participant is active today (the date in Norway).</summary>
    /// <param name="clock">The clock giving today.</param>
    /// <returns><see langword="true"/> when active today.</returns>
    public bool IsActive(IClock clock) => IsActiveOn(NorwegianToday.From(clock));

    /// <summary>Moves the participant to another phase.</summary>
    /// <param name="phase">The new phase; not <see cref="ParticipantPhase.Exited"/> (use <see cref="Exit(ParticipantExit)"/>).</param>
    /// <returns>A new participant in that phase; this one is unchanged.</returns>
    /// <exception cref="DomainException">The participant has exited, or the phase is Exited or undefined.</exception>
    public Participant ChangePhase(ParticipantPhase phase) => TryChangePhase(phase).GetValueOrThrow();

    /// <summary>Moves the participant to another phase without throwing.</summary>
    /// <param name="phase">The new phase; not <see cref="ParticipantPhase.Exited"/> (use <see cref="TryExit(ParticipantExit)"/>).</param>
    /// <returns>A new participant in that phase, or the broken rules.</returns>
    public DomainResult<Participant> TryChangePhase(ParticipantPhase phase)
    {
        List<DomainError>? errors = null;
        CheckNotExited(ref errors, nameof(Phase));
        Defined(ref errors, phase, nameof(Phase));
        if (phase == ParticipantPhase.Exited)
        {
            Add(ref errors, ErrorCodes.Participant.PhaseExitMismatch, nameof(Phase), PhaseExitMessage(phase, hasExit: false));
        }

        return errors is null ? new DomainResult<Participant>(With(phase: phase)) : DomainResult<Participant>.Fail(errors);
    }

    /// <summary>Records the participant's exit; the phase becomes <see cref="ParticipantPhase.Exited"/>.</summary>
    /// <param name="exit">The exit, dated on or after enrolment and the last career profile entry.</param>
    /// <returns>A new, exited participant; this one is unchanged.</returns>
    /// <exception cref="DomainException">The participant has already exited or the date is too early.</exception>
    public Participant Exit(ParticipantExit exit) => TryExit(exit).GetValueOrThrow();

    /// <summary>Records the participant's exit without throwing.</summary>
    /// <param name="exit">The exit, dated on or after enrolment and the last career profile entry.</param>
    /// <returns>A new, exited participant, or the broken rules.</returns>
    public DomainResult<Participant> TryExit(ParticipantExit exit)
    {
        List<DomainError>? errors = null;
        NotNull(ref errors, exit, nameof(ExitRecord));
        CheckNotExited(ref errors, nameof(ExitRecord));
        if (errors is null)
        {
            CheckExit(ref errors, exit, EnrolmentDate, CareerProfile);
        }

        return errors is null
            ? new DomainResult<Participant>(With(phase: ParticipantPhase.Exited, exit: exit))
            : DomainResult<Participant>.Fail(errors);
    }

    /// <summary>Records a career profile meeting or update.</summary>
    /// <param name="entry">The entry, dated from enrolment onwards.</param>
    /// <returns>A new participant with the entry in date order; this one is unchanged.</returns>
    /// <exception cref="DomainException">The participant has exited or the entry is dated before enrolment.</exception>
    public Participant RecordCareerProfile(CareerProfileEntry entry)
    {
        List<DomainError>? errors = null;
        NotNull(ref errors, entry, nameof(CareerProfile));
        CheckNotExited(ref errors, nameof(CareerProfile));
        if (errors is null)
        {
            CheckProfileEntry(ref errors, entry, EnrolmentDate, ExitRecord, -1);
        }

        if (errors is not null)
        {
            throw new DomainException(errors);
        }

        // Insert after every entry on or before the date, so equal dates keep recording order.
        var index = CareerProfile.Length;
        while (index > 0 && CareerProfile[index - 1].Date > entry.Date)
        {
            index--;
        }

        return With(careerProfile: CareerProfile.Insert(index, entry));
    }

    /// <summary>Replaces the job preferences.</summary>
    /// <param name="preferences">The new preferences.</param>
    /// <returns>A new participant; this one is unchanged.</returns>
    public Participant WithPreferences(JobPreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return With(preferences: preferences);
    }

    /// <summary>Replaces what describes the participant at entry; allowed after exit too (it describes the entry, not a new event).</summary>
    /// <param name="characteristics">The characteristics.</param>
    /// <returns>A new participant; this one is unchanged.</returns>
    public Participant WithCharacteristics(EntryCharacteristics characteristics)
    {
        ArgumentNullException.ThrowIfNull(characteristics);
        return new(Id, ReferralDate, EnrolmentDate, ReferralSource, Preferences, CareerProfile, Phase, ExitRecord, characteristics);
    }

    /// <summary>Returns a text without the identifier, e.g. <c>Participant(***, Working, enrolled 2024-01-10)</c>.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => Invariant($"Participant(***, {Phase}, enrolled {EnrolmentDate:uuuu-MM-dd})");

    internal static string EnrolmentMessage(LocalDate enrolment, LocalDate referral) =>
        Invariant($"EnrolmentDate {enrolment:uuuu-MM-dd} lies before ReferralDate {referral:uuuu-MM-dd}; enrolment (the first meeting with the specialist) is on or after referral.");

    internal static string ExitMessage(LocalDate exit, LocalDate enrolment) =>
        Invariant($"Exit date {exit:uuuu-MM-dd} lies before EnrolmentDate {enrolment:uuuu-MM-dd}; a participant exits on or after enrolment.");

    private static string PhaseExitMessage(ParticipantPhase phase, bool hasExit) =>
        Invariant($"Phase {phase} with {(hasExit ? "an" : "no")} exit recorded; the phase is Exited exactly when an exit is recorded (use Exit to record one).");

    /// <summary><c>CareerProfile[index]</c>, or <c>CareerProfile</c> for <paramref name="index"/> -1 (a single entry being recorded).</summary>
    private static string ProfileProperty(int index) => index < 0 ? nameof(CareerProfile) : $"{nameof(CareerProfile)}[{index}]";

    // The property name is formatted only for a broken rule: participants are created by the hundred thousand from
    // records. A date rule names the entry's Date, so a record reader can point at the date column.
    private static void CheckProfileEntry(ref List<DomainError>? errors, CareerProfileEntry entry, LocalDate enrolment, ParticipantExit? exit, int index)
    {
        if (!Enum.IsDefined(entry.Kind))
        {
            Defined(ref errors, entry.Kind, ProfileProperty(index) + ".Kind");
        }

        if (entry.Date < enrolment)
        {
            var property = ProfileProperty(index);
            Add(ref errors, ErrorCodes.Participant.CareerProfileBeforeEnrolment, property + ".Date", Invariant($"{property} dated {entry.Date:uuuu-MM-dd} lies before EnrolmentDate {enrolment:uuuu-MM-dd}; profiling starts at enrolment."));
        }
        else if (exit is not null && entry.Date > exit.Date)
        {
            var property = ProfileProperty(index);
            Add(ref errors, ErrorCodes.Participant.CareerProfileAfterExit, property + ".Date", Invariant($"{property} dated {entry.Date:uuuu-MM-dd} lies after the exit {exit.Date:uuuu-MM-dd}."));
        }
    }

    private static void CheckExit(ref List<DomainError>? errors, ParticipantExit exit, LocalDate enrolment, ImmutableArray<CareerProfileEntry> profile)
    {
        if (exit.Date < enrolment)
        {
            Add(ref errors, ErrorCodes.Participant.ExitBeforeEnrolment, nameof(ExitRecord), ExitMessage(exit.Date, enrolment));
        }
        else if (!profile.IsEmpty && profile[^1] is { } last && exit.Date < last.Date)
        {
            Add(ref errors, ErrorCodes.Participant.ExitBeforeCareerProfile, nameof(ExitRecord), Invariant($"Exit date {exit.Date:uuuu-MM-dd} lies before the last career profile entry {last.Date:uuuu-MM-dd}."));
        }
    }

    private void CheckNotExited(ref List<DomainError>? errors, string property)
    {
        if (ExitRecord is not null)
        {
            Add(ref errors, ErrorCodes.Participant.AlreadyExited, property, Invariant($"{property} cannot change: the participant exited on {ExitRecord.Date:uuuu-MM-dd}, and an exited participant cannot change again."));
        }
    }

    private Participant With(
        ParticipantPhase? phase = null,
        ParticipantExit? exit = null,
        ImmutableArray<CareerProfileEntry>? careerProfile = null,
        JobPreferences? preferences = null) =>
        new(Id, ReferralDate, EnrolmentDate, ReferralSource, preferences ?? Preferences, careerProfile ?? CareerProfile, phase ?? Phase, exit ?? ExitRecord, Characteristics);
}
