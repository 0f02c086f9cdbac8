using Ips.Core.Caseloads;

namespace Ips.Core.Records;

/// <summary>How <see cref="ProgrammeRecords"/> reads record files: the mode and the bounds that keep any input from exhausting memory.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is strict with generous bounds.</remarks>
public sealed record RecordReadOptions
{
    /// <summary>Strict, with the default bounds.</summary>
    public static RecordReadOptions Default { get; } = new();

    /// <summary>Lenient, with the default bounds.</summary>
    public static RecordReadOptions Lenient { get; } = new() { Mode = RecordReadMode.Lenient };

    /// <summary>Strict (the default) or lenient.</summary>
    public RecordReadMode Mode { get; init; } = RecordReadMode.Strict;

    /// <summary>The longest row in bytes (a line, or lines joined by a quoted field), 256 to 16 777 216; default 1 MiB. A longer row is rejected (<c>IPS-REC-008</c>) without being held in memory.</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>The most data rows one file may hold, at least 1; default 100 000 000. Reading stops at the limit (<c>IPS-REC-009</c>) and the read fails.</summary>
    public int MaxRowsPerFile { get; init; } = 100_000_000;

    /// <summary>The most errors listed, 1 to 1 000 000; default 1 000. Beyond it errors are counted and the last entry says how many more (<c>IPS-REC-027</c>).</summary>
    public int MaxErrors { get; init; } = 1_000;

    /// <summary>The capacity policy the caseloads' <c>capacity</c> column must agree with; <see cref="CaseloadCapacityPolicy.Default"/> when null.</summary>
    public CaseloadCapacityPolicy? CapacityPolicy { get; init; }

    internal void Check()
    {
        if (!Enum.IsDefined(Mode))
        {
            throw new ArgumentOutOfRangeException(nameof(Mode), "Mode must be Strict or Lenient.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineLength, 256, nameof(MaxLineLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxLineLength, 1 << 24, nameof(MaxLineLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRowsPerFile, 1, nameof(MaxRowsPerFile));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxErrors, 1, nameof(MaxErrors));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxErrors, 1_000_000, nameof(MaxErrors));
    }
}
