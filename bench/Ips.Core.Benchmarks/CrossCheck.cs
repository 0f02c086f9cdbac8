using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Synthetic;

namespace Ips.Core.Benchmarks;

/// <summary>
/// Generates programmes, exports them as CSV, derives the facts in C# (timed, data in memory) and with the pandas
/// reference (<c>bench/reference/derive_facts.py</c>, compute timed after loading), compares every fact of every
/// programme (counts, flags, levels and elements exactly; numbers within 1e-9) and prints the time ratio.
/// </summary>
public static class CrossCheck
{
    private const double Tolerance = 1e-9;

    public static int Run(string[] args)
    {
        var participants = 200_000;
        var repeat = 5;
        var python = "/usr/bin/python3";
        string? keep = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--participants": participants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--python": python = args[++i]; break;
                case "--keep": keep = args[++i]; break;
                default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
            }
        }

        var script = FindScript();
        var directory = keep ?? Path.Combine(Path.GetTempPath(), "ips-crosscheck-" + participants.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var csv = Path.Combine(directory, "csv");

        Console.WriteLine($"Generating {participants:N0} participants in {Math.Max(1, participants / Workloads.ParticipantsPerProgramme):N0} programmes …");
        var programmes = Workloads.Generate(participants);
        Console.WriteLine("Exporting CSV to " + csv);
        ProgrammeRecords.Write(programmes, csv);

        var options = Workloads.Options;
        DerivedReview[] derived = [];
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var self = Process.GetCurrentProcess();
        for (var r = 0; r < repeat; r++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            derived = DeriveAll(programmes.AsSpan(), options);
            watch.Stop();
            self.Refresh();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (self.TotalProcessorTime - cpu).TotalSeconds);
        }

        // CPU time is the process's (the deriving thread plus the GC and runtime threads): on a busy machine it is
        // the fairer figure, since wall time includes waiting for a core.
        Console.WriteLine(FormattableString.Invariant($"C# derivation: {best * 1000:F1} ms wall, {bestCpu * 1000:F1} ms CPU (best of {repeat}, single thread)"));

        var output = Path.Combine(directory, "pandas-facts.csv");
        var timing = Path.Combine(directory, "pandas-timing.json");
        var start = new ProcessStartInfo(python)
        {
            ArgumentList =
            {
                script, "--input", csv, "--output", output, "--timing", timing,
                "--period-start", options.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                "--period-end", options.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                "--review-date", options.ReviewDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                "--repeat", Math.Min(repeat, 3).ToString(CultureInfo.InvariantCulture),
            },
            UseShellExecute = false,
        };
        Console.WriteLine("Running " + python + " " + script);
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine("pandas reference failed with exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture));
                return 1;
            }
        }

        using var json = JsonDocument.Parse(File.ReadAllText(timing));
        var pandasCompute = json.RootElement.GetProperty("compute_seconds").GetDouble();
        var pandasLoad = json.RootElement.GetProperty("load_seconds").GetDouble();
        var pandasCpu = json.RootElement.GetProperty("compute_cpu_seconds").GetDouble();

        var ours = Flatten(derived);
        File.WriteAllText(Path.Combine(directory, "csharp-facts.csv"), ToCsv(ours));
        var theirs = ReadPandas(output);
        var mismatches = Compare(ours, theirs);

        Console.WriteLine(FormattableString.Invariant($"pandas: load {pandasLoad:F2} s, compute {pandasCompute * 1000:F1} ms wall, {pandasCpu * 1000:F1} ms CPU (best of {Math.Min(repeat, 3)})"));
        Console.WriteLine(FormattableString.Invariant($"facts compared: {ours.Count:N0} (C#) vs {theirs.Count:N0} (pandas); mismatches: {mismatches}"));
        Console.WriteLine(FormattableString.Invariant($"ratio: C# is {pandasCompute / best:F1}× faster than pandas by wall time, {pandasCpu / bestCpu:F1}× by CPU time (compute only)"));
        return mismatches == 0 ? 0 : 1;
    }

    private static DerivedReview[] DeriveAll(ReadOnlySpan<IpsProgramme> programmes, DerivationOptions options)
    {
        var result = new DerivedReview[programmes.Length];
        for (var i = 0; i < programmes.Length; i++)
        {
            result[i] = FactDerivation.Derive(programmes[i], options);
        }

        return result;
    }

    internal static string FindScript()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "reference", "derive_facts.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = directory.Parent;
        }

        throw new FileNotFoundException("bench/reference/derive_facts.py not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Key: programme, item, specialist label ("" for the programme), fact id → (number, text).</summary>
    internal static SortedDictionary<string, (double? Number, string? Text)> Flatten(DerivedReview[] reviews)
    {
        var map = new SortedDictionary<string, (double?, string?)>(StringComparer.Ordinal);
        foreach (var review in reviews)
        {
            foreach (var fact in review.Facts)
            {
                var key = Key(review.ProgrammeLabel, fact.Item, fact.Specialist ?? string.Empty, fact.FactId);
                var value = fact.Value;
                map[key] = value.Kind switch
                {
                    FactKind.Number or FactKind.Count => (value.Number, null),
                    FactKind.Flag => (null, value.Flag == true ? "true" : "false"),
                    FactKind.Level => (null, value.Level),
                    _ => (null, string.Join('|', value.Elements)),
                };
            }
        }

        return map;
    }

    private static string Key(string programme, int item, string specialist, string fact) =>
        string.Join(',', programme, item.ToString("D2", CultureInfo.InvariantCulture), specialist, fact);

    internal static string ToCsv(SortedDictionary<string, (double? Number, string? Text)> facts)
    {
        var text = new StringBuilder("programme_id,item,specialist,fact,value\n");
        foreach (var (key, (number, value)) in facts)
        {
            text.Append(key).Append(',').Append(number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : value).Append('\n');
        }

        return text.ToString();
    }

    internal static SortedDictionary<string, (double? Number, string? Text)> ReadPandas(string path)
    {
        var map = new SortedDictionary<string, (double?, string?)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            // programme_id,item,specialist,fact,number,text  (no field needs quoting)
            var f = line.Split(',');
            var key = Key(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], f[3]);
            map[key] = f[4].Length > 0 ? (double.Parse(f[4], CultureInfo.InvariantCulture), null) : (null, f[5]);
        }

        return map;
    }

    internal static int Compare(SortedDictionary<string, (double? Number, string? Text)> ours, SortedDictionary<string, (double? Number, string? Text)> theirs)
    {
        var mismatches = 0;
        foreach (var (key, mine) in ours)
        {
            if (!theirs.TryGetValue(key, out var other))
            {
                Report(ref mismatches, key + ": only in C# (" + Show(mine) + ")");
                continue;
            }

            var same = mine.Number is { } a
                ? other.Number is { } b && Math.Abs(a - b) <= Tolerance
                : other.Number is null && string.Equals(mine.Text, other.Text, StringComparison.Ordinal);
            if (!same)
            {
                Report(ref mismatches, key + ": C# " + Show(mine) + " vs pandas " + Show(other));
            }
        }

        foreach (var (key, other) in theirs)
        {
            if (!ours.ContainsKey(key))
            {
                Report(ref mismatches, key + ": only in pandas (" + Show(other) + ")");
            }
        }

        return mismatches;
    }

    /// <summary>Reads <see cref="ToCsv"/>'s output back (value: a number when it parses as one, else text).</summary>
    internal static SortedDictionary<string, (double? Number, string? Text)> ReadOurs(string path)
    {
        var map = new SortedDictionary<string, (double?, string?)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cut = line.LastIndexOf(',');
            var key = line[..cut];
            var value = line[(cut + 1)..];
            var isNumber = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && value != "true" && value != "false";
            map[key] = isNumber ? (n, null) : (null, value);
        }

        return map;
    }

    private static string Show((double? Number, string? Text) value) =>
        value.Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : value.Text ?? "null";

    private static void Report(ref int mismatches, string text)
    {
        if (++mismatches <= 20)
        {
            Console.WriteLine("MISMATCH " + text);
        }
    }
}
