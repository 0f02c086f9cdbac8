// Consumer smoke test: .ci/run copies this file into a throwaway console project that references the
// freshly packed Ips.Core and Ips.Core.Fidelity packages (not the projects), then builds and runs it.
// It must exit non-zero when something a consumer needs is missing.
//
// Owners of src/: once the public API settles, replace the probes below with real use of a public type
// from each package (construct a participant, score a fidelity review, ...) so the smoke test proves
// the packages work, not just that they load.
using System.Reflection;

var failures = 0;
foreach (var name in new[] { "Ips.Core", "Ips.Core.Fidelity" })
{
    try
    {
        var assembly = Assembly.Load(name);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "?";
        Console.WriteLine($"{assembly.GetName().Name} {version}: {assembly.GetExportedTypes().Length} public types");
    }
    catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
    {
        Console.Error.WriteLine($"cannot load {name}: {e.Message}");
        failures++;
    }
}

return failures == 0 ? 0 : 1;
