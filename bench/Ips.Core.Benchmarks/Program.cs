using BenchmarkDotNet.Running;
using Ips.Core.Benchmarks;

// Modes:
//   crosscheck [--participants N] [--repeat K] [--python PATH] [--keep DIR]   C# derivation against the pandas reference
//   --smoke                                                                   every benchmark once, BenchmarkDotNet's Dry job
//   anything else                                                             BenchmarkSwitcher (e.g. --filter '*Derivation*')
if (args.Length > 0 && args[0] == "crosscheck")
{
    return CrossCheck.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--smoke")
{
    args = ["--job", "Dry", "--filter", "*", .. args[1..]];
}

BenchmarkSwitcher.FromAssembly(typeof(DerivationBenchmarks).Assembly).Run(args);
return 0;
