using System.Collections.Immutable;
using Ips.Core.Programmes;
using NodaTime;

namespace Ips.Core.Synthetic.Tests;

/// <summary>Shared small data sets (generated once per test run) and helpers.</summary>
internal static class TestData
{
    internal static readonly SyntheticOptions Small = new() { Seed = 42, Programmes = 4, ParticipantsPerProgramme = 150 };

    internal static readonly SyntheticOptions Medium = new() { Seed = 7, Programmes = 12, TotalParticipants = 2_400 };

    private static readonly Lazy<ImmutableArray<IpsProgramme>> SmallProgrammes = new(() => SyntheticProgrammeGenerator.Generate(Small));

    private static readonly Lazy<ImmutableArray<IpsProgramme>> MediumProgrammes = new(() => SyntheticProgrammeGenerator.Generate(Medium));

    internal static ImmutableArray<IpsProgramme> SmallSet => SmallProgrammes.Value;

    internal static ImmutableArray<IpsProgramme> MediumSet => MediumProgrammes.Value;

    internal static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-synthetic-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    internal static LocalDate EndOf(SyntheticOptions options) => options.End;
}
