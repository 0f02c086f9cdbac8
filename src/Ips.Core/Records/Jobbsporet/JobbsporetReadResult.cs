using System.Collections.Immutable;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>What <see cref="JobbsporetExport.TryRead"/> found: one programme per IPS team, the bad rows, the findings and the facts the export lacks.</summary>
/// <remarks>
/// Strict: <see cref="IsSuccess"/> only when no row is bad; otherwise <see cref="Programmes"/> is empty. Lenient:
/// <see cref="IsSuccess"/> when every required file could be read; the programmes are built from the rows that pass.
/// Findings (rows left out by a scope rule, person identifier columns, facts the export lacks) never fail a read.
/// Nothing here holds a person identifier or a Salesforce id of a person. Immutable and thread-safe.
/// </remarks>
public sealed class JobbsporetReadResult
{
    internal JobbsporetReadResult(
        RecordReadMode mode,
        bool success,
        ImmutableArray<IpsProgramme> programmes,
        ImmutableArray<JobbsporetTeam> teams,
        ImmutableArray<RecordError> errors,
        int errorCount,
        ImmutableArray<JobbsporetFinding> findings,
        long rows)
    {
        Mode = mode;
        IsSuccess = success;
        Programmes = programmes;
        Teams = teams;
        Errors = errors;
        ErrorCount = errorCount;
        Findings = findings;
        RowsRead = rows;
    }

    /// <summary>The mode the export was read in.</summary>
    public RecordReadMode Mode { get; }

    /// <summary>Whether programmes were returned (see the remarks for strict and lenient).</summary>
    public bool IsSuccess { get; }

    /// <summary>One programme per IPS team with at least one trail in scope, in team id order; empty when <see cref="IsSuccess"/> is false.</summary>
    public ImmutableArray<IpsProgramme> Programmes { get; }

    /// <summary>The teams of <see cref="Programmes"/>, in the same order, with their names and the facts each programme's records lack (pass <see cref="JobbsporetTeam.SourceGaps"/> to the derivation).</summary>
    public ImmutableArray<JobbsporetTeam> Teams { get; }

    /// <summary>The bad rows, by file, line and column, with the rule's code; at most <see cref="RecordReadOptions.MaxErrors"/>, the last entry saying how many more.</summary>
    public ImmutableArray<RecordError> Errors { get; }

    /// <summary>How many errors were found, including those not listed.</summary>
    public int ErrorCount { get; }

    /// <summary>What the read noticed that is not a bad row, one entry per code and file with a count.</summary>
    public ImmutableArray<JobbsporetFinding> Findings { get; }

    /// <summary>How many data rows the files held (headers not counted).</summary>
    public long RowsRead { get; }

    /// <summary>Returns the programmes, or throws when any row was bad (in either mode: bad rows are never dropped silently).</summary>
    /// <returns>The programmes.</returns>
    /// <exception cref="DomainException">A row was bad; the errors carry the codes, with the location as <see cref="DomainError.PropertyName"/>.</exception>
    public ImmutableArray<IpsProgramme> GetProgrammesOrThrow() =>
        ErrorCount == 0 && IsSuccess ? Programmes : throw new DomainException(Errors.Select(e => new DomainError(e.Code, e.Location, e.Message)));

    /// <summary>Returns a summary without any value from the export.</summary>
    /// <returns>E.g. <c>JobbsporetReadResult(Strict: 2 programmes, 0 errors, 5 findings)</c>.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"JobbsporetReadResult({Mode}: {Programmes.Length} programmes, {ErrorCount} errors, {Findings.Length} findings)");
}
