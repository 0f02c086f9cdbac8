namespace Ips.Core.Records;

/// <summary>A fact a record source lacks, how many of its records lack it, and what the caller can supply beside it.</summary>
/// <remarks>
/// A reader of another system's export (<see cref="Jobbsporet.JobbsporetExport"/>) returns its gaps; pass them to the
/// IPS-25 derivation (<c>DerivationOptions.SourceGaps</c>) so it names the items it cannot derive and why, instead of
/// deriving them from what is missing. Immutable and thread-safe.
/// </remarks>
/// <param name="Fact">The missing fact.</param>
/// <param name="Records">How many records of the read lack it (e.g. specialists without FTE); 0 when the source never has it.</param>
/// <param name="Remedy">What the caller can supply beside the source, in invariant English.</param>
public sealed record SourceGap(SourceFact Fact, int Records, string Remedy);
