using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Caseloads;

/// <summary>How many active participants a specialist's caseload may hold, pro rata to FTE.</summary>
/// <remarks>
/// Capacity is <c>floor(ParticipantsPerFullTimeEquivalent × FTE)</c>: rounded down, so a caseload never exceeds the
/// ratio. With the default of 20 per FTE (item 1's full-fidelity band, and NAV's guidance of 12–20 per specialist):
/// 1.0 FTE → 20, 0.75 → 15, 0.5 → 10, 0.33 → 6 (6.6 rounded down). Immutable and thread-safe.
/// </remarks>
public sealed record CaseloadCapacityPolicy
{
    private CaseloadCapacityPolicy(int participantsPerFullTimeEquivalent) =>
        ParticipantsPerFullTimeEquivalent = participantsPerFullTimeEquivalent;

    /// <summary>The default policy: 20 participants per full-time equivalent.</summary>
    public static CaseloadCapacityPolicy Default { get; } = new(20);

    /// <summary>Participants allowed per full-time equivalent.</summary>
    public int ParticipantsPerFullTimeEquivalent { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="participantsPerFullTimeEquivalent">Participants per full-time equivalent; at least 1.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="DomainException">The number is below 1 (<see cref="ErrorCodes.Caseload.CapacityOutOfRange"/>).</exception>
    public static CaseloadCapacityPolicy Create(int participantsPerFullTimeEquivalent)
    {
        List<DomainError>? errors = null;
        if (participantsPerFullTimeEquivalent < 1)
        {
            Add(ref errors, ErrorCodes.Caseload.CapacityOutOfRange, nameof(ParticipantsPerFullTimeEquivalent), Invariant($"ParticipantsPerFullTimeEquivalent {participantsPerFullTimeEquivalent} is out of range; it must be at least 1."));
        }

        return errors is null ? new CaseloadCapacityPolicy(participantsPerFullTimeEquivalent) : throw new DomainException(errors);
    }

    /// <summary>The capacity for a specialist with <paramref name="fte"/>, rounded down.</summary>
    /// <param name="fte">FTE devoted to IPS, greater than 0 and at most 1.</param>
    /// <returns><c>floor(ParticipantsPerFullTimeEquivalent × fte)</c>.</returns>
    public int CapacityFor(decimal fte) => (int)decimal.Floor(ParticipantsPerFullTimeEquivalent * fte);
}
