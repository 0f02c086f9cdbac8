using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Programmes;

namespace Ips.Core.Benchmarks;

/// <summary>Deriving the facts of every programme, single-threaded, data in memory.</summary>
[MemoryDiagnoser]
public class DerivationBenchmarks
{
    private ImmutableArray<IpsProgramme> programmes;

    [Params(10_000, 200_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup() => programmes = Workloads.Generate(Participants);

    /// <summary>Derives every programme; returns the number of facts so the work cannot be eliminated.</summary>
    [Benchmark]
    public int DeriveAll()
    {
        var facts = 0;
        var options = Workloads.Options;
        foreach (var programme in programmes)
        {
            facts += FactDerivation.Derive(programme, options).Facts.Length;
        }

        return facts;
    }
}
