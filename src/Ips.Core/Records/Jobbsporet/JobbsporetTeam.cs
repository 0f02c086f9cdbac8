using Ips.Core.Identity;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>An IPS team of the export and the programme read for it.</summary>
/// <remarks>The programme's id is the team's Salesforce id: a team is a NAV unit, not a person. Immutable and thread-safe.</remarks>
/// <param name="Programme">The programme's id (the <c>ips_Team__c</c> record's id).</param>
/// <param name="Name">The team's name (<c>ips_Team__c.Name</c>, e.g. "IPS Ålesund").</param>
public sealed record JobbsporetTeam(ProgrammeId Programme, string Name);
