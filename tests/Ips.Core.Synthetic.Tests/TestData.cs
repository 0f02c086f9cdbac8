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

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ips.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ips.Core.sln not found above the test binaries.");
    }

    internal static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ips-synthetic-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Splits one CSV line per RFC 4180 (quoted fields, doubled quotes); lines hold no line breaks in this data.</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    internal static LocalDate EndOf(SyntheticOptions options) => options.End;
}
