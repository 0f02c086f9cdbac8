using Ips.Core.Records;
using Ips.TestSupport;
using NodaTime;

namespace Ips.Core.Synthetic.Tests;

/// <summary>
/// <c>examples/data/records</c> (the synthetic export the derivation examples, the tool's and the bindings' tests read)
/// is exactly what <see cref="ProgrammeRecords.Write"/> writes for <see cref="Options"/>: regenerate it with
/// <c>IPS_REGENERATE_DOCS=1 dotnet test tests/Ips.Core.Synthetic.Tests -c Release --no-build --filter FullyQualifiedName~ExampleRecords</c>.
/// </summary>
public sealed class ExampleRecordsTests
{
    /// <summary>Three small programmes over 2024 (review date 2024-12-31 in the examples).</summary>
    internal static readonly SyntheticOptions Options = new()
    {
        Seed = 20240601,
        Programmes = 3,
        ParticipantsPerProgramme = 30,
        Start = new LocalDate(2024, 1, 1),
        End = new LocalDate(2024, 12, 31),
    };

    [Fact]
    public void ExampleRecords_AreTheGeneratorsExport()
    {
        var committed = Path.Combine(RepositoryPaths.Root, "examples", "data", "records");
        var fresh = TestData.NewTempDirectory();
        var written = ProgrammeRecords.Write(SyntheticProgrammeGenerator.Generate(Options), fresh);
        if (Environment.GetEnvironmentVariable("IPS_REGENERATE_DOCS") == "1")
        {
            Directory.CreateDirectory(committed);
            foreach (var path in written)
            {
                File.Copy(path, Path.Combine(committed, Path.GetFileName(path)), overwrite: true);
            }
        }

        foreach (var path in written)
        {
            var name = Path.GetFileName(path);
            var target = Path.Combine(committed, name);
            Assert.True(File.Exists(target), name + " is missing from examples/data/records; regenerate it (see this test's summary).");
            Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(target)), name + " differs from the generator's export; regenerate it.");
        }

        Assert.Equal(written.Length, Directory.GetFiles(committed, "*.csv").Length);
    }
}
