using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Ips.Core.Benchmarks;

// Modes:
//   crosscheck [--participants N] [--repeat K] [--python PATH] [--keep DIR]   C# derivation against the pandas reference
//   records [--participants N] [--python PATH] [--keep DIR] [--reuse]         record files → facts: C# reader + derivation vs pandas, time and peak memory
//   cputime [--seconds S]                                                      each target's workload by process CPU time (busy machines)
//   --smoke                                                                   every benchmark once, BenchmarkDotNet's Dry job
//   anything else                                                             BenchmarkSwitcher (e.g. --filter '*Derivation*')
if (args.Length > 0 && args[0] == "crosscheck")
{
    return CrossCheck.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "records")
{
    return RecordsBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "records-child")
{
    return RecordsBenchmark.Child(args[1..]);
}

if (args.Length > 0 && args[0] == "records-floor")
{
    return RecordsBenchmark.Floor(args[1..]);
}

if (args.Length > 0 && args[0] == "cputime")
{
    return CpuTime.Run(args[1..]);
}

var config = (IConfig)DefaultConfig.Instance;
if (args.Length > 0 && args[0] == "--smoke")
{
    args = ["--job", "Dry", "--filter", "*", .. args[1..]];

    // The generated boilerplate project builds under BenchmarkDotNet's 2-minute default, which a loaded CI machine misses.
    config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(DerivationBenchmarks).Assembly).Run(args, config);

// Non-zero when any benchmark failed to build or run, so CI's smoke run can fail on it.
foreach (var summary in summaries)
{
    if (summary.HasCriticalValidationErrors)
    {
        return 1;
    }

    foreach (var report in summary.Reports)
    {
        if (!report.Success)
        {
            return 1;
        }
    }
}

return 0;
