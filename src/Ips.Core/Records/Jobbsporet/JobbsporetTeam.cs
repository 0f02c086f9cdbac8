using System.Collections.Immutable;
using Ips.Core.Identity;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>An IPS team of the export, the programme read for it, and the facts that programme's records lack.</summary>
/// <remarks>The programme's id is the team's Salesforce id: a team is a NAV unit, not a person. Immutable and thread-safe.</remarks>
/// <param name="Programme">The programme's id (the <c>ips_Team__c</c> record's id).</param>
/// <param name="Name">The team's name (<c>ips_Team__c.Name</c>, e.g. "IPS Ålesund").</param>
/// <param name="SourceGaps">The facts the export (with the supplements given) lacks for this programme; pass them as the IPS-25 derivation's <c>DerivationOptions.SourceGaps</c>.</param>
/// <param name="Figures">Jobbsporet's own figures for the team, computed as Jobbsporet computes them.</param>
public sealed record JobbsporetTeam(ProgrammeId Programme, string Name, ImmutableArray<SourceGap> SourceGaps, JobbsporetFigures Figures);
