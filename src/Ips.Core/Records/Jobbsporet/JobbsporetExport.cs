using System.Collections.Immutable;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>Reads an export of Jobbsporet, NAV's IPS case system (Salesforce, <c>navikt/crm-ips</c>), into one programme per IPS team, with the mapping of <c>docs/jobbsporet.md</c>.</summary>
/// <remarks>
/// <para>
/// The directory holds one CSV per object as a Salesforce data export writes it: the header names the fields by API
/// name (any order; other fields are ignored), ids are Salesforce ids, dates <c>yyyy-MM-dd</c>, datetimes ISO in UTC
/// (converted to Europe/Oslo dates). Required: <c>Work_Trail__c.csv</c>, <c>RecordType.csv</c>, <c>ips_Team__c.csv</c>,
/// <c>ips_Team_Member__c.csv</c>. Read when present: <c>ips_Job__c.csv</c>, <c>Event.csv</c>, <c>Account.csv</c>,
/// and the caller's supplements <c>supplement_specialists.csv</c> and <c>supplement_jobs.csv</c> for facts the export
/// lacks. Only the <c>IPS</c> record type is IPS; other record types are counted and reported.
/// </para>
/// <para>
/// Person identifier fields (fødselsnummer, names, birth date, contact details) are never read; their presence is a
/// finding. Salesforce ids of trails (a person's episode), users, accounts and jobs become opaque ids (keyed HMAC,
/// <see cref="JobbsporetReadOptions.IdSecret"/>); only team ids, which name NAV units, become programme ids as they are.
/// Bad rows are <see cref="RecordError"/>s with file, line, column and rule, never with a value. Thread-safe: nothing is kept between calls.
/// </para>
/// </remarks>
public static class JobbsporetExport
{
    /// <summary>The export files read, required first, then those read when present (the supplements last).</summary>
    public static ImmutableArray<string> Files { get; } =
    [
        JobbsporetReader.TrailFile, JobbsporetReader.RecordTypeFile, JobbsporetReader.TeamFile, JobbsporetReader.TeamMemberFile,
        JobbsporetReader.JobFile, JobbsporetReader.EventFile, JobbsporetReader.AccountFile,
        JobbsporetReader.SpecialistSupplementFile, JobbsporetReader.JobSupplementFile,
    ];

    /// <summary>Reads the export in <paramref name="directory"/>, throwing when any row is bad.</summary>
    /// <param name="directory">The directory holding the export's CSV files.</param>
    /// <param name="options">Mode, bounds and choices; <see cref="JobbsporetReadOptions.Default"/> (strict) when null.</param>
    /// <returns>One programme per IPS team, in team id order.</returns>
    /// <exception cref="DomainException">A row was bad or a required file missing; each error carries its code and location.</exception>
    /// <exception cref="ArgumentException">The directory is blank or an option is out of range.</exception>
    public static ImmutableArray<IpsProgramme> Read(string directory, JobbsporetReadOptions? options = null) =>
        TryRead(directory, options).GetProgrammesOrThrow();

    /// <summary>Reads the export in <paramref name="directory"/> without throwing for anything in the files.</summary>
    /// <param name="directory">The directory holding the export's CSV files.</param>
    /// <param name="options">Mode, bounds and choices; <see cref="JobbsporetReadOptions.Default"/> (strict) when null.</param>
    /// <returns>The programmes, bad rows, findings and the facts the export lacks.</returns>
    /// <exception cref="ArgumentException">The directory is blank or an option is out of range.</exception>
    /// <example>
    /// <code>
    /// var read = JobbsporetExport.TryRead("/secure/jobbsporet", new JobbsporetReadOptions { Records = RecordReadOptions.Lenient });
    /// foreach (var error in read.Errors) { Console.WriteLine(error); }       // Work_Trail__c.csv:12:5 (ips_Status__c) IPS-JBS-005: …
    /// foreach (var finding in read.Findings) { Console.WriteLine(finding); }
    /// var derived = FactDerivation.Derive(read.Programmes[0], DerivationOptions.For(period) with { SourceGaps = read.Teams[0].SourceGaps });
    /// </code>
    /// </example>
    public static JobbsporetReadResult TryRead(string directory, JobbsporetReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= JobbsporetReadOptions.Default;
        options.Check();
        return new JobbsporetReader(directory, options).Read();
    }
}
