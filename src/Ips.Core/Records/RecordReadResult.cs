using System.Collections.Immutable;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records;

/// <summary>What <see cref="ProgrammeRecords.TryRead"/> found: the programmes built and every error, located by file, line and column.</summary>
/// <remarks>
/// Strict: <see cref="IsSuccess"/> only when nothing is wrong; otherwise <see cref="Programmes"/> is empty, never half
/// built. Lenient: <see cref="IsSuccess"/> when every file could be read; <see cref="Programmes"/> are built from the
/// rows that pass and <see cref="Errors"/> lists every rejected row (and each row rejected because it depends on one).
/// Findings the domain keeps on a programme (e.g. an over-full caseload) are in each programme's
/// <see cref="IpsProgramme.Findings"/>. Immutable and thread-safe.
/// </remarks>
public sealed class RecordReadResult
{
    internal RecordReadResult(RecordReadMode mode, ImmutableArray<IpsProgramme> programmes, ImmutableArray<RecordError> errors, int errorCount, bool success, long rows)
    {
        Mode = mode;
        Programmes = programmes;
        Errors = errors;
        ErrorCount = errorCount;
        IsSuccess = success;
        RowsRead = rows;
    }

    /// <summary>The mode the files were read in.</summary>
    public RecordReadMode Mode { get; }

    /// <summary>Whether programmes were returned: strict, no error at all; lenient, every file could be read (rows may have been rejected, see <see cref="Errors"/>).</summary>
    public bool IsSuccess { get; }

    /// <summary>The programmes, in <c>programmes.csv</c> order; empty when <see cref="IsSuccess"/> is false.</summary>
    public ImmutableArray<IpsProgramme> Programmes { get; }

    /// <summary>The errors in file order, then line and column, at most <see cref="RecordReadOptions.MaxErrors"/>; when there are more, a last entry (<see cref="ErrorCodes.Records.MoreErrors"/>) says how many.</summary>
    public ImmutableArray<RecordError> Errors { get; }

    /// <summary>How many errors were found, including those not listed.</summary>
    public int ErrorCount { get; }

    /// <summary>How many data rows the files held (headers not counted).</summary>
    public long RowsRead { get; }

    /// <summary>Returns the programmes, or throws when any error was found (in either mode: rejected rows are never dropped silently).</summary>
    /// <returns>The programmes.</returns>
    /// <exception cref="DomainException">An error was found; its <see cref="DomainException.Errors"/> carry the codes, with the location as <see cref="DomainError.PropertyName"/>.</exception>
    public ImmutableArray<IpsProgramme> GetProgrammesOrThrow() =>
        ErrorCount == 0 && IsSuccess ? Programmes : throw new DomainException(Errors.Select(e => new DomainError(e.Code, e.Location, e.Message)));

    /// <summary>Returns a summary without any value from the files, e.g. <c>RecordReadResult(Lenient: 1000 programmes, 3 errors)</c>.</summary>
    /// <returns>A non-identifying summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"RecordReadResult({Mode}: {Programmes.Length} programmes, {ErrorCount} errors)");
}
