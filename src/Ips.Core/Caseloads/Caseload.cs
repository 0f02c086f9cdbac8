using System.Collections.Immutable;
using Ips.Core.Identity;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Caseloads;

/// <summary>A specialist's caseload: the active participants, in the order they were added, up to a capacity.</summary>
/// <remarks>
/// <para>
/// The capacity comes from a <see cref="CaseloadCapacityPolicy"/> and the specialist's FTE (20 for a full-time
/// specialist by default). Capacity is enforced when participants are assigned (<see cref="Create"/>, <see cref="Add"/>):
/// adding beyond capacity or adding a participant already on the caseload fails; the
/// caseload is immutable, so a failed <see cref="TryAdd"/> leaves it exactly as it was, and a successful one returns a
/// new caseload. A caseload loaded from records (<see cref="FromRecords"/>) keeps every recorded participant, even
/// beyond capacity (<see cref="IsOverCapacity"/>), so an over-full caseload can be measured. That a participant is on at most one caseload in a programme is checked by
/// <see cref="Programmes.IpsProgramme"/>. Errors never echo participant or specialist identifiers.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Caseload
{
    private Caseload(SpecialistId specialist, int capacity, ImmutableArray<ParticipantId> participants)
    {
        Specialist = specialist;
        Capacity = capacity;
        Participants = participants;
    }

    /// <summary>The specialist whose caseload this is.</summary>
    public SpecialistId Specialist { get; }

    /// <summary>The most participants the caseload may hold.</summary>
    public int Capacity { get; }

    /// <summary>The active participants, in the order they were added.</summary>
    public ImmutableArray<ParticipantId> Participants { get; }

    /// <summary>The number of participants.</summary>
    public int Count => Participants.Length;

    /// <summary>Whether the caseload is at or over capacity, so no participant can be assigned to it.</summary>
    public bool IsFull => Participants.Length >= Capacity;

    /// <summary>Whether the caseload holds more participants than its capacity (possible only when loaded with <see cref="FromRecords"/>).</summary>
    public bool IsOverCapacity => Participants.Length > Capacity;

    /// <summary>Creates an empty caseload (or one holding <paramref name="participants"/>) for a specialist.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <param name="participants">Participants to assign, distinct and within capacity.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="DomainException">A participant is listed twice or there are more than the capacity.</exception>
    /// <remarks>This assigns: capacity is enforced. To load an existing caseload from records, use <see cref="FromRecords"/>.</remarks>
    public static Caseload Create(EmploymentSpecialist specialist, CaseloadCapacityPolicy? policy = null, IEnumerable<ParticipantId>? participants = null) =>
        TryCreate(specialist, policy, participants).GetValueOrThrow();

    /// <summary>Creates a caseload without throwing.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <param name="participants">Participants to assign, distinct and within capacity.</param>
    /// <returns>
    /// The caseload or the broken rules: one <see cref="ErrorCodes.Caseload.DuplicateParticipant"/> per repeated
    /// participant, and one <see cref="ErrorCodes.Caseload.Full"/> when more distinct participants are listed than the
    /// capacity (at the first that does not fit; the message gives the count, e.g. <c>25 of capacity 20</c>).
    /// </returns>
    /// <remarks>This assigns: capacity is enforced. To load an existing caseload from records, use <see cref="TryFromRecords"/>.</remarks>
    public static DomainResult<Caseload> TryCreate(EmploymentSpecialist specialist, CaseloadCapacityPolicy? policy = null, IEnumerable<ParticipantId>? participants = null) =>
        Build(specialist, policy, participants, enforceCapacity: true);

    /// <summary>Loads an existing caseload from records, keeping every participant even beyond capacity.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="participants">The participants on the caseload as recorded, distinct.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <returns>The caseload; <see cref="IsOverCapacity"/> says whether it holds more than its capacity.</returns>
    /// <exception cref="DomainException">A participant is listed twice or an identifier is missing.</exception>
    /// <remarks>
    /// Capacity is enforced when a participant is assigned (<see cref="Create"/>, <see cref="Add"/>), not when records
    /// are loaded: an over-full caseload is what item 1 measures, so it is kept as recorded.
    /// <see cref="Programmes.IpsProgramme.Findings"/> reports it (<see cref="ErrorCodes.Caseload.OverCapacity"/>), and
    /// <see cref="TryAdd"/> refuses to assign anyone more until it is below capacity.
    /// </remarks>
    public static Caseload FromRecords(EmploymentSpecialist specialist, IEnumerable<ParticipantId> participants, CaseloadCapacityPolicy? policy = null) =>
        TryFromRecords(specialist, participants, policy).GetValueOrThrow();

    /// <summary>Loads an existing caseload from records without throwing, keeping every participant even beyond capacity.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="participants">The participants on the caseload as recorded, distinct.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <returns>The caseload, or the broken rules (repeated participants, missing identifiers); never a capacity error.</returns>
    /// <example>
    /// <code>
    /// var caseload = Caseload.TryFromRecords(specialist, recordedIds).GetValueOrThrow();   // 25 on 1.0 FTE: kept
    /// bool over = caseload.IsOverCapacity;                                               // true: 25 of capacity 20
    /// </code>
    /// </example>
    public static DomainResult<Caseload> TryFromRecords(EmploymentSpecialist specialist, IEnumerable<ParticipantId> participants, CaseloadCapacityPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return Build(specialist, policy, participants, enforceCapacity: false);
    }

    /// <summary>Whether the participant is on the caseload.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns><see langword="true"/> when on the caseload.</returns>
    public bool Contains(ParticipantId participant) => Participants.Contains(participant);

    /// <summary>Adds a participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new caseload with the participant last; this one is unchanged.</returns>
    /// <exception cref="DomainException">The caseload is full (<see cref="ErrorCodes.Caseload.Full"/>) or already holds the participant (<see cref="ErrorCodes.Caseload.DuplicateParticipant"/>).</exception>
    /// <example>
    /// <code>
    /// var caseload = Caseload.Create(specialist).Add(ParticipantId.Create("p-1"));   // a new caseload; throws when full
    /// </code>
    /// </example>
    public Caseload Add(ParticipantId participant) => TryAdd(participant).GetValueOrThrow();

    /// <summary>Adds a participant without throwing.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new caseload with the participant last, or the broken rule; this caseload is unchanged either way.</returns>
    /// <example>
    /// <code>
    /// DomainResult&lt;Caseload&gt; result = caseload.TryAdd(ParticipantId.Create("p-21"));
    /// if (!result.IsSuccess) { string code = result.Errors[0].Code; }   // "IPS-CASE-001" when full
    /// </code>
    /// </example>
    public DomainResult<Caseload> TryAdd(ParticipantId participant)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, participant, nameof(Participants));
        if (errors is null && Contains(participant))
        {
            Preconditions.Add(ref errors, ErrorCodes.Caseload.DuplicateParticipant, nameof(Participants), DuplicateMessage(nameof(Participants)));
        }
        else if (errors is null && IsFull)
        {
            Preconditions.Add(ref errors, ErrorCodes.Caseload.Full, nameof(Participants), FullMessage(nameof(Participants)));
        }

        return errors is null
            ? new DomainResult<Caseload>(new Caseload(Specialist, Capacity, Participants.Add(participant)))
            : DomainResult<Caseload>.Fail(errors);
    }

    /// <summary>Removes a participant.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new caseload without the participant, order otherwise kept; this one is unchanged.</returns>
    /// <exception cref="DomainException">The participant is not on the caseload (<see cref="ErrorCodes.Caseload.NotOnCaseload"/>).</exception>
    public Caseload Remove(ParticipantId participant) => TryRemove(participant).GetValueOrThrow();

    /// <summary>Removes a participant without throwing.</summary>
    /// <param name="participant">The participant.</param>
    /// <returns>A new caseload without the participant, or the broken rule.</returns>
    public DomainResult<Caseload> TryRemove(ParticipantId participant)
    {
        var index = Participants.IndexOf(participant);
        return index < 0
            ? new DomainResult<Caseload>(new DomainError(ErrorCodes.Caseload.NotOnCaseload, nameof(Participants), Invariant($"Participants: the participant (id not shown) is not on this caseload ({Describe()}), so it cannot be removed.")))
            : new DomainResult<Caseload>(new Caseload(Specialist, Capacity, Participants.RemoveAt(index)));
    }

    private static DomainResult<Caseload> Build(EmploymentSpecialist specialist, CaseloadCapacityPolicy? policy, IEnumerable<ParticipantId>? participants, bool enforceCapacity)
    {
        ArgumentNullException.ThrowIfNull(specialist);
        var capacity = (policy ?? CaseloadCapacityPolicy.Default).CapacityFor(specialist.Fte);
        if (participants is null)
        {
            return new DomainResult<Caseload>(new Caseload(specialist.Id, capacity, []));
        }

        // Built from the same rules as TryAdd, so an initial list cannot hold what assigning could not. Messages are
        // written after the pass, so they describe the whole list (e.g. 25 of capacity 20), and capacity is reported once.
        var listed = participants as IReadOnlyList<ParticipantId> ?? [.. participants];
        var builder = ImmutableArray.CreateBuilder<ParticipantId>(listed.Count);
        var seen = new HashSet<ParticipantId>(listed.Count);
        var duplicates = new List<int>();
        var missing = new bool[listed.Count];
        var firstOver = -1;
        for (var index = 0; index < listed.Count; index++)
        {
            var participant = listed[index];
            List<DomainError>? idErrors = null;
            RequireId(ref idErrors, participant, nameof(Participants));
            if (idErrors is not null)
            {
                missing[index] = true;
            }
            else if (!seen.Add(participant))
            {
                duplicates.Add(index);
            }
            else
            {
                if (builder.Count == capacity)
                {
                    firstOver = index;
                }

                builder.Add(participant);
            }
        }

        var result = new Caseload(specialist.Id, capacity, builder.ToImmutable());
        var over = enforceCapacity && firstOver >= 0;
        if (!over && duplicates.Count == 0 && Array.IndexOf(missing, true) < 0)
        {
            return new DomainResult<Caseload>(result);
        }

        List<DomainError>? errors = null;
        var nextDuplicate = 0;
        for (var index = 0; index < listed.Count; index++)
        {
            var property = $"{nameof(Participants)}[{index}]";
            if (missing[index])
            {
                RequireId(ref errors, listed[index], property);
            }
            else if (nextDuplicate < duplicates.Count && duplicates[nextDuplicate] == index)
            {
                nextDuplicate++;
                Preconditions.Add(ref errors, ErrorCodes.Caseload.DuplicateParticipant, property, result.DuplicateMessage(property));
            }
            else if (over && index == firstOver)
            {
                Preconditions.Add(ref errors, ErrorCodes.Caseload.Full, property, result.OverCapacityMessage(property));
            }
        }

        return DomainResult<Caseload>.Fail(errors!);
    }

    /// <summary>Returns a text without identifiers, e.g. <c>Caseload(***, 12/20)</c>.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => Invariant($"Caseload(***, {Count}/{Capacity})");

    internal string Describe() => Invariant($"{Count} of capacity {Capacity}");

    private string DuplicateMessage(string property) =>
        Invariant($"{property}: the participant (id not shown) is already on this caseload ({Describe()}); a participant is on a caseload once.");

    private string OverCapacityMessage(string property) =>
        Invariant($"{property}: more participants are listed than the caseload's capacity ({Describe()}), so the caseload was not created; at most {Capacity} can be assigned. An existing caseload is loaded from records with FromRecords, which keeps them all.");

    private string FullMessage(string property) =>
        Invariant($"{property}: the caseload is full ({Describe()}); the participant (id not shown) was not added and nothing on the caseload changed.");
}
