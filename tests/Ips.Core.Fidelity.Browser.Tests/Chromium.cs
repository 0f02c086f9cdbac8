using System.Diagnostics;

namespace Ips.Core.Fidelity.Browser.Tests;

/// <summary>
/// Debian's headless <c>chromium</c>, run as a process (no browser download). Absent locally, the tests skip; absent
/// in CI (<c>CI=true</c>), they fail, because <c>.ci/run</c> installs it.
/// </summary>
internal static class Chromium
{
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>The browser, or a skip (locally) or a failure (CI) when it is not installed.</summary>
    public static string Require()
    {
        if (Executable.Value is { } path)
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("chromium is not installed, and CI must run the browser tests (.ci/run installs the Debian package 'chromium').");
        }

        Assert.Skip("chromium is not installed (apt-get install chromium); the browser tests run in CI.");
        return null!;
    }

    /// <summary>Runs the browser headless on <paramref name="page"/> with extra switches; the page may not reach the network at all.</summary>
    public static (int Code, string Out, string Error) Run(string page, string netLog, params string[] switches)
    {
        var profile = Directory.CreateTempSubdirectory("ips-chromium-");
        try
        {
            var start = new ProcessStartInfo(Require())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.FullName, "--enable-logging=stderr", "--v=0",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog, "--net-log-capture-mode=Default",
            }.Concat(switches).Append(new Uri(page).AbsoluteUri))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish within two minutes.");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A crashed browser may still hold a lock; the temp folder is cleaned by the system.
            }
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
