using NodaTime;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>How <see cref="JobbsporetExport"/> reads an export: the mode and bounds, the secret for opaque ids, and the counting choices the export leaves open.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is strict, counts completed meetings only and supplies nothing the export lacks.</remarks>
public sealed record JobbsporetReadOptions
{
    /// <summary>Strict, with the defaults.</summary>
    public static JobbsporetReadOptions Default { get; } = new();

    /// <summary>The mode and bounds (MaxLineLength, MaxRowsPerFile, MaxErrors, CapacityPolicy), as for the library's own records; <see cref="RecordReadOptions.Default"/> (strict).</summary>
    public RecordReadOptions Records { get; init; } = RecordReadOptions.Default;

    /// <summary>
    /// The secret keying the opaque ids (HMAC-SHA256 of each Salesforce id). Empty by default: ids are then stable
    /// across reads but anyone holding the export's Salesforce ids can recompute them. Supply a secret (kept apart
    /// from the data) so the ids cannot be linked back to Jobbsporet; the same secret gives the same ids every time.
    /// </summary>
    public ReadOnlyMemory<byte> IdSecret { get; init; }

    /// <summary>
    /// Whether employer meetings with status <c>Participant Absent</c> (a no-show) count as contacts, as NAV's "tellende"
    /// count does; default false. When counted they are never in person and the participant was not present: a no-show
    /// is not an in-person employer contact.
    /// </summary>
    public bool CountNoShowMeetings { get; init; }

    /// <summary>
    /// An FTE the caller states for every job specialist that the supplement file does not list (e.g. 1 when all are
    /// full-time); null (the default) leaves such specialists out and reports the gap. The export holds no FTE.
    /// </summary>
    public decimal? FteOfUnlistedSpecialists { get; init; }

    /// <summary>
    /// Scheduled hours a week the caller states for every job specialist without them in the supplement file (e.g. 37.5,
    /// the full-time week Jobbsporet's own reports assume); null (the default) leaves item 24 underived and reports the gap.
    /// </summary>
    public decimal? ScheduledHoursOfUnlistedSpecialists { get; init; }

    /// <summary>
    /// The clock whose now Jobbsporet's own "days to first employer meeting" counts to for a trail without one
    /// (<see cref="JobbsporetFigures"/>); null (the default) leaves such trails out of that figure and counts them. Nothing
    /// else reads a clock.
    /// </summary>
    public IClock? Clock { get; init; }

    internal void Check()
    {
        ArgumentNullException.ThrowIfNull(Records);
        Records.Check();
        if (FteOfUnlistedSpecialists is { } fte && (fte <= 0 || fte > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(FteOfUnlistedSpecialists), "FteOfUnlistedSpecialists must be greater than 0 and at most 1.");
        }

        if (ScheduledHoursOfUnlistedSpecialists is { } hours && (hours < 0 || hours > 168))
        {
            throw new ArgumentOutOfRangeException(nameof(ScheduledHoursOfUnlistedSpecialists), "ScheduledHoursOfUnlistedSpecialists must be 0 to 168.");
        }
    }
}
