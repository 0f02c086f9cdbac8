using System.Diagnostics;
using Ips.Core.Outcomes;
using Ips.Core.Records;
using NodaTime;

namespace Ips.Core.Synthetic.Tests;

/// <summary>The full-size run: 200 000 participants in 1 000 programmes. Explicit: run with <c>dotnet test tests/Ips.Core.Synthetic.Tests -- --explicit only</c>.</summary>
public sealed class ScaleBenchmark(ITestOutputHelper output)
{
    [Fact(Explicit = true)]
    public void Generate_200000Participants_In1000Programmes()
    {
        var options = new SyntheticOptions { Seed = 1, Programmes = 1_000, TotalParticipants = 200_000 };
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var programmes = SyntheticProgrammeGenerator.Generate(options);
        var generated = watch.Elapsed;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        watch.Restart();
        var reports = NavOutcomeCalculator.Calculate(programmes, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));
        var outcomes = watch.Elapsed;

        var dir = TestData.NewTempDirectory();
        watch.Restart();
        var files = ProgrammeRecords.Write(programmes, dir);
        var exported = watch.Elapsed;
        var bytes = files.Sum(f => new FileInfo(f).Length);
        Directory.Delete(dir, recursive: true);

        output.WriteLine(FormattableString.Invariant($"participants {programmes.Sum(p => p.Participants.Length)}, employer contacts {programmes.Sum(p => p.EmployerContacts.Length)}, jobs {programmes.Sum(p => p.Jobs.Length)}, follow-along {programmes.Sum(p => p.FollowAlongContacts.Length)}"));
        output.WriteLine(FormattableString.Invariant($"generate {generated.TotalSeconds:F1} s, retained {retained / 1048576.0:F0} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        output.WriteLine(FormattableString.Invariant($"outcomes for {reports.Length} programmes {outcomes.TotalSeconds:F2} s; CSV export {exported.TotalSeconds:F1} s, {bytes / 1048576.0:F0} MiB"));
        // Timings depend on the machine (and on whatever else runs); they are printed, not asserted.
        Assert.Equal(200_000, programmes.Sum(p => p.Participants.Length));
    }
}
