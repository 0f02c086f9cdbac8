using System.Collections.Immutable;
using NodaTime;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>The kinds of record a fact is derived from.</summary>
public enum RecordKind
{
    /// <summary>Caseload entries (participants on a specialist's caseload).</summary>
    CaseloadEntries = 0,

    /// <summary>Employment specialists (FTE, teams, hours).</summary>
    Specialists = 1,

    /// <summary>Employer contacts.</summary>
    EmployerContacts = 2,

    /// <summary>Participants named on employer contacts (one per contact and participant).</summary>
    EmployerContactParticipants = 3,

    /// <summary>Paid jobs.</summary>
    Jobs = 4,

    /// <summary>Follow-along contacts.</summary>
    FollowAlongContacts = 5,

    /// <summary>Disclosure discussions.</summary>
    DisclosureDiscussions = 6,
}

/// <summary>How many records of one reason were left out.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Count">How many records.</param>
public readonly record struct ExclusionCount(ExclusionReason Reason, int Count);

/// <summary>Where a derived fact came from: which records, over which window, how many used and how many left out why.</summary>
/// <remarks>
/// For per-specialist facts the counts are the specialist's records; records that belong to no specialist (a
/// participant's own employer contact) appear as <see cref="ExclusionReason.NoSpecialist"/> on every specialist of the
/// item. Immutable and thread-safe.
/// </remarks>
public sealed record FactProvenance
{
    /// <summary>The kind of record counted.</summary>
    public required RecordKind Records { get; init; }

    /// <summary>The window the records were taken from (inclusive); a single day for facts taken on the review date.</summary>
    public required DateInterval Window { get; init; }

    /// <summary>How many records were used.</summary>
    public int RecordsUsed { get; init; }

    /// <summary>The records left out, by reason (reasons with no records are not listed).</summary>
    public ImmutableArray<ExclusionCount> Excluded { get => excluded; init => excluded = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ExclusionCount> excluded = [];

    /// <summary>
    /// For a programme fact pooled over specialists (item 24's community share), each specialist's own share, in
    /// specialist order; empty otherwise.
    /// </summary>
    public ImmutableArray<SpecialistShare> SpecialistShares { get => specialistShares; init => specialistShares = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<SpecialistShare> specialistShares = [];

    /// <summary>How many records were left out in all.</summary>
    public int ExcludedTotal
    {
        get
        {
            var total = 0;
            foreach (var e in Excluded)
            {
                total += e.Count;
            }

            return total;
        }
    }

    /// <summary>The number left out for <paramref name="reason"/> (0 when none).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    public int ExcludedFor(ExclusionReason reason)
    {
        foreach (var e in Excluded)
        {
            if (e.Reason == reason)
            {
                return e.Count;
            }
        }

        return 0;
    }
}
