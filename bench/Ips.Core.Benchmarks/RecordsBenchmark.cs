using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ips.Core.Disclosure;
using Ips.Core.Employers;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.FollowAlong;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Records;

namespace Ips.Core.Benchmarks;

/// <summary>
/// Record files in, fast: loads the synthetic export and derives the IPS-25 facts with pandas
/// (<c>bench/reference/derive_facts.py</c>) and with <see cref="ProgrammeRecords.Read"/> + <see cref="FactDerivation"/>,
/// each in its own child process under <c>/usr/bin/time -v</c> (wall time and peak RSS), side by side in one run;
/// compares every fact, prints the ratios, and the read-and-split floor (reading the same files and splitting their
/// lines into fields, nothing parsed).
/// </summary>
public static class RecordsBenchmark
{
    public static int Run(string[] args)
    {
        var participants = 200_000;
        var python = "/usr/bin/python3";
        string? keep = null;
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--participants": participants = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--python": python = args[++i]; break;
                case "--keep": keep = args[++i]; break;
                case "--reuse": reuse = true; break;
                default: Console.Error.WriteLine("unknown argument " + args[i]); return 2;
            }
        }

        var directory = keep ?? Path.Combine(Path.GetTempPath(), "ips-records-" + participants.ToString(CultureInfo.InvariantCulture));
        var csv = Path.Combine(directory, "csv");
        if (!(reuse && File.Exists(Path.Combine(csv, "programmes.csv"))))
        {
            Console.WriteLine($"Generating {participants:N0} participants and writing the record files to {csv} …");
            ProgrammeRecords.Write(Workloads.Generate(participants), csv);
        }

        var bytes = Directory.GetFiles(csv, "*.csv").Sum(f => new FileInfo(f).Length);
        Console.WriteLine(FormattableString.Invariant($"Export: {bytes / 1e6:F0} MB in {Directory.GetFiles(csv, "*.csv").Length} files"));
        var options = Workloads.Options;
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");

        var pandasFacts = Path.Combine(directory, "pandas-facts.csv");
        var pandasTiming = Path.Combine(directory, "pandas-timing.json");
        var pandas = Timed(
            python,
            [FindScript(), "--input", csv, "--output", pandasFacts, "--timing", pandasTiming,
             "--period-start", Day(options.Period.Start), "--period-end", Day(options.Period.End), "--review-date", Day(options.ReviewDate)]);
        using var pandasJson = JsonDocument.Parse(File.ReadAllText(pandasTiming));
        var pandasLoad = pandasJson.RootElement.GetProperty("load_seconds").GetDouble();
        var pandasDerive = pandasJson.RootElement.GetProperty("compute_seconds").GetDouble();

        var ourFacts = Path.Combine(directory, "csharp-facts.csv");
        var ourTiming = Path.Combine(directory, "csharp-timing.json");
        // A one-shot batch process: dynamic PGO's instrumented tier costs more JIT time and memory than it wins back
        // (measured, docs/benchmarks.md); an app that reads records in a batch sets <TieredPGO>false</TieredPGO>.
        var ours = Timed(self, ["records-child", "--input", csv, "--output", ourFacts, "--timing", ourTiming], ("DOTNET_TieredPGO", "0"));
        using var ourJson = JsonDocument.Parse(File.ReadAllText(ourTiming));
        var ourRead = ourJson.RootElement.GetProperty("read_seconds").GetDouble();
        var ourDerive = ourJson.RootElement.GetProperty("derive_seconds").GetDouble();
        var ourPause = ourJson.RootElement.GetProperty("gc_pause_seconds").GetDouble();
        var ourFactories = ourJson.RootElement.GetProperty("factories_seconds").GetDouble();
        var ourChecker = ourJson.RootElement.GetProperty("checker_seconds").GetDouble();

        var floorTiming = Path.Combine(directory, "floor-timing.json");
        var floor = Timed(self, ["records-floor", "--input", csv, "--timing", floorTiming]);
        using var floorJson = JsonDocument.Parse(File.ReadAllText(floorTiming));
        var floorBytes = floorJson.RootElement.GetProperty("bytes_seconds").GetDouble();
        var floorStrings = floorJson.RootElement.GetProperty("strings_seconds").GetDouble();
        var lines = floorJson.RootElement.GetProperty("lines").GetInt64();

        var mismatches = CrossCheck.Compare(CrossCheck.ReadOurs(ourFacts), CrossCheck.ReadPandas(pandasFacts));

        var pandasInProcess = pandasLoad + pandasDerive;
        var oursInProcess = ourRead + ourDerive;
        Console.WriteLine(FormattableString.Invariant($"lines: {lines:N0}; facts mismatches C# vs pandas: {mismatches}"));
        Console.WriteLine(FormattableString.Invariant($"pandas : load {pandasLoad:F2} s + derive {pandasDerive:F2} s = {pandasInProcess:F2} s; process {pandas.Wall:F2} s wall, peak RSS {pandas.PeakMb:F0} MB"));
        var ourPeakAfterDerive = ourJson.RootElement.GetProperty("peak_after_derive_mb").GetDouble();
        Console.WriteLine(FormattableString.Invariant($"C#     : read {ourRead:F2} s + derive {ourDerive:F2} s = {oursInProcess:F2} s; process {ours.Wall:F2} s wall, peak RSS {ours.PeakMb:F0} MB (at the end of derive: {ourPeakAfterDerive:F0} MB)"));
        Console.WriteLine(FormattableString.Invariant($"C# detail: GC pauses {ourPause:F2} s (gen0/1/2 {ourJson.RootElement.GetProperty("gc_counts").GetString()}), {ourJson.RootElement.GetProperty("allocated_mb").GetDouble():F0} MB allocated, during read+derive; the domain alone, from records in memory: factories for contacts, follow-along, participants, discussions {ourFactories:F2} s, builders' checks {ourChecker:F2} s; child CPU {ourJson.RootElement.GetProperty("cpu_seconds").GetDouble():F1} s"));
        Console.WriteLine(FormattableString.Invariant($"floor  : read+split bytes {floorBytes:F2} s, read+split strings (StreamReader.ReadLine, Split) {floorStrings:F2} s (one thread); process peak RSS {floor.PeakMb:F0} MB"));
        Console.WriteLine(FormattableString.Invariant($"ratio  : C# is {pandasInProcess / oursInProcess:F1}x faster (load+derive in process), {pandas.Wall / ours.Wall:F1}x (whole process); peak memory {100 * ours.PeakMb / pandas.PeakMb:F0} % of pandas' (load+derive only: {100 * ourPeakAfterDerive / pandas.PeakMb:F0} %)"));
        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>The C# side, in its own process: read the files, derive every programme's facts, write them and the timing.</summary>
    public static int Child(string[] args)
    {
        var (input, output, timing) = (Arg(args, "--input"), Arg(args, "--output"), Arg(args, "--timing"));
        var watch = Stopwatch.StartNew();
        var programmes = ProgrammeRecords.Read(input);
        var read = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var derived = new DerivedReview[programmes.Length];
        var options = Workloads.Options;
        for (var i = 0; i < programmes.Length; i++)
        {
            derived[i] = FactDerivation.Derive(programmes[i], options);
        }

        var derive = watch.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() / 1e6;
        double peakAfterDerive;
        using (var self = Process.GetCurrentProcess())
        {
            // VmHWM: the same peak RSS that /usr/bin/time reports, before the diagnostic re-creation below adds its garbage.
            peakAfterDerive = self.PeakWorkingSet64 / 1048576.0;
        }

        var pause = GC.GetTotalPauseDuration().TotalSeconds;
        var gcs = FormattableString.Invariant($"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");

        // What the domain costs on its own, from the records in memory: every record re-created through its public
        // factory (TryCreate) and every programme re-checked by its builder (TryBuild) — work the reader must do too.
        watch.Restart();
        var created = 0L;
        foreach (var p in programmes)
        {
            foreach (var c in p.EmployerContacts)
            {
                created += EmployerContact.TryCreate(c.Date, c.Specialist, c.Employer, c.InPerson, c.Purpose, c.Participants, c.ParticipantPresent, c.FollowedPreferences).IsSuccess ? 1 : 0;
            }

            foreach (var f in p.FollowAlongContacts)
            {
                created += FollowAlongContact.TryCreate(f.Date, f.Participant, f.Job, f.InPerson, f.By).IsSuccess ? 1 : 0;
            }

            foreach (var x in p.Participants)
            {
                created += Participant.TryCreate(x.Id, x.ReferralDate, x.EnrolmentDate, x.ReferralSource, x.Preferences, x.CareerProfile, x.Phase, x.ExitRecord).IsSuccess ? 1 : 0;
            }

            foreach (var d in p.DisclosureDiscussions)
            {
                created += DisclosureDiscussion.TryCreate(d.Date, d.Specialist, d.Participant, d.ProsAndConsCovered, d.AccommodationsCovered, d.WordingExamplesGiven).IsSuccess ? 1 : 0;
            }
        }

        var factories = watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var p in programmes)
        {
            created += p.ToBuilder().TryBuild().IsSuccess ? 1 : 0;
        }

        var checker = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        File.WriteAllText(output, CrossCheck.ToCsv(CrossCheck.Flatten(derived)));
        File.WriteAllText(timing, FormattableString.Invariant($"{{\"read_seconds\": {read:R}, \"derive_seconds\": {derive:R}, \"programmes\": {programmes.Length}, \"gc_pause_seconds\": {pause:R}, \"gc_counts\": \"{gcs}\", \"allocated_mb\": {allocated:R}, \"peak_after_derive_mb\": {peakAfterDerive:R}, \"factories_seconds\": {factories:R}, \"checker_seconds\": {checker:R}, \"records\": {created}, \"cpu_seconds\": {process.TotalProcessorTime.TotalSeconds:R}}}"));
        GC.KeepAlive(programmes);
        return 0;
    }

    /// <summary>The floor: read every file and split each line into fields, once as bytes (what the reader does) and once as strings.</summary>
    public static int Floor(string[] args)
    {
        var (input, timing) = (Arg(args, "--input"), Arg(args, "--timing"));
        var files = Directory.GetFiles(input, "*.csv");
        long lines = 0, fields = 0;
        var watch = Stopwatch.StartNew();
        var buffer = new byte[1 << 20];
        foreach (var file in files)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var carry = 0;
            int read;
            while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
            {
                var span = buffer.AsSpan(0, carry + read);
                int newline;
                while ((newline = span.IndexOf((byte)'\n')) >= 0)
                {
                    var line = span[..newline];
                    lines++;
                    int comma;
                    while ((comma = line.IndexOf((byte)',')) >= 0)
                    {
                        fields++;
                        line = line[(comma + 1)..];
                    }

                    fields++;
                    span = span[(newline + 1)..];
                }

                span.CopyTo(buffer);
                carry = span.Length;
            }
        }

        var bytesSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        long stringFields = 0;
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, Encoding.UTF8, false, 1 << 16);
            while (reader.ReadLine() is { } line)
            {
                stringFields += line.Split(',').Length;
            }
        }

        var stringsSeconds = watch.Elapsed.TotalSeconds;
        File.WriteAllText(timing, FormattableString.Invariant($"{{\"bytes_seconds\": {bytesSeconds:R}, \"strings_seconds\": {stringsSeconds:R}, \"lines\": {lines}, \"fields\": {fields + stringFields - stringFields}}}"));
        return 0;
    }

    private static (double Wall, double PeakMb) Timed(string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("-v");
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Console.WriteLine("Running " + string.Concat(environment.Select(e => e.Name + "=" + e.Value + " ")) + program + " " + string.Join(' ', arguments.Take(2)) + " …");
        using var process = Process.Start(start)!;
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(report);
            throw new InvalidOperationException(program + " failed with exit code " + process.ExitCode.ToString(CultureInfo.InvariantCulture));
        }

        double wall = 0, peak = 0;
        foreach (var line in report.Split('\n'))
        {
            var text = line.Trim();
            if (text.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal))
            {
                peak = double.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture) / 1024;
            }
            else if (text.StartsWith("Elapsed (wall clock) time", StringComparison.Ordinal))
            {
                // h:mm:ss or m:ss.ss after the last ": ".
                var value = text[(text.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Split(':');
                wall = 0;
                foreach (var part in value)
                {
                    wall = (wall * 60) + double.Parse(part, CultureInfo.InvariantCulture);
                }
            }
        }

        return (wall, peak);
    }

    private static string Day(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException("missing " + name);
    }

    private static string FindScript() => CrossCheck.FindScript();
}
