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
/// specialist by default). Adding beyond capacity or adding a participant already on the caseload fails; the
/// caseload is immutable, so a failed <see cref="TryAdd"/> leaves it exactly as it was, and a successful one returns a
/// new caseload. That a participant is on at most one caseload in a programme is checked by
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

    /// <summary>Whether the caseload is at capacity.</summary>
    public bool IsFull => Participants.Length >= Capacity;

    /// <summary>Creates an empty caseload (or one holding <paramref name="participants"/>) for a specialist.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <param name="participants">Participants already on the caseload, distinct and within capacity.</param>
    /// <returns>The caseload.</returns>
    /// <exception cref="DomainException">A participant is listed twice or there are more than the capacity.</exception>
    public static Caseload Create(EmploymentSpecialist specialist, CaseloadCapacityPolicy? policy = null, IEnumerable<ParticipantId>? participants = null) =>
        TryCreate(specialist, policy, participants).GetValueOrThrow();

    /// <summary>Creates a caseload without throwing.</summary>
    /// <param name="specialist">The specialist; its FTE sets the capacity.</param>
    /// <param name="policy">The capacity policy; <see cref="CaseloadCapacityPolicy.Default"/> when null.</param>
    /// <param name="participants">Participants already on the caseload, distinct and within capacity.</param>
    /// <returns>The caseload or the broken rules.</returns>
    public static DomainResult<Caseload> TryCreate(EmploymentSpecialist specialist, CaseloadCapacityPolicy? policy = null, IEnumerable<ParticipantId>? participants = null)
    {
        ArgumentNullException.ThrowIfNull(specialist);
        var capacity = (policy ?? CaseloadCapacityPolicy.Default).CapacityFor(specialist.Fte);
        var result = new Caseload(specialist.Id, capacity, []);
        if (participants is null)
        {
            return new DomainResult<Caseload>(result);
        }

        // Built from the same rules as TryAdd, so an initial list cannot hold what adding could not.
        var builder = ImmutableArray.CreateBuilder<ParticipantId>();
        List<DomainError>? errors = null;
        var index = 0;
        foreach (var participant in participants)
        {
            var property = $"{nameof(Participants)}[{index++}]";
            RequireId(ref errors, participant, property);
            if (builder.Contains(participant))
            {
                Preconditions.Add(ref errors, ErrorCodes.Caseload.DuplicateParticipant, property, result.DuplicateMessage(property));
            }
            else if (builder.Count >= capacity)
            {
                Preconditions.Add(ref errors, ErrorCodes.Caseload.Full, property, result.FullMessage(property));
            }
            else
            {
                builder.Add(participant);
            }
        }

        return errors is null
            ? new DomainResult<Caseload>(new Caseload(specialist.Id, capacity, builder.ToImmutable()))
            : DomainResult<Caseload>.Fail(errors);
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

    /// <summary>Returns a text without identifiers, e.g. <c>Caseload(***, 12/20)</c>.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => Invariant($"Caseload(***, {Count}/{Capacity})");

    internal string Describe() => Invariant($"{Count} of capacity {Capacity}");

    private string DuplicateMessage(string property) =>
        Invariant($"{property}: the participant (id not shown) is already on this caseload ({Describe()}); a participant is on a caseload once.");

    private string FullMessage(string property) =>
        Invariant($"{property}: the caseload is full ({Describe()}); the participant (id not shown) was not added and nothing on the caseload changed.");
}
