using System.Collections.Immutable;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Programmes;
using Ips.Core.Synthetic;
using NodaTime;

namespace Ips.Core.Benchmarks;

/// <summary>The data sets shared by the benchmarks and the cross-check.</summary>
public static class Workloads
{
    /// <summary>Participants per programme: 200 000 participants are 1 000 programmes.</summary>
    public const int ParticipantsPerProgramme = 200;

    /// <summary>The review period: the last six months of the synthetic span (2024-07-01..2024-12-31), reviewed on its last day.</summary>
    public static DerivationOptions Options { get; } = DerivationOptions.For(new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31)));

    /// <summary>Generates <paramref name="participants"/> participants over programmes of 200 (25 employer contacts, 1.5 jobs, 15 follow-along contacts per job on average).</summary>
    public static ImmutableArray<IpsProgramme> Generate(int participants) =>
        SyntheticProgrammeGenerator.Generate(new SyntheticOptions
        {
            Programmes = Math.Max(1, participants / ParticipantsPerProgramme),
            TotalParticipants = participants,
        });
}
