using Ips.Core.Identity;

namespace Ips.Core.Outcomes;

/// <summary>The outcome tables of one group of one site, from <see cref="NavOutcomeCalculator.ComputeBy"/>.</summary>
/// <param name="Site">The programme (site) the group belongs to: groups never pool sites.</param>
/// <param name="Key">The group.</param>
/// <param name="Participants">The participants of the site in the group (all recorded, active or not).</param>
/// <param name="Tables">The tables over the group's participants and their records, with the key in <see cref="NavOutcomeTables.Group"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record NavOutcomeGroup(ProgrammeId Site, NavOutcomeGroupKey Key, int Participants, NavOutcomeTables Tables);
