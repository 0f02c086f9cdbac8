using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records;

/// <summary>One read of a directory: <c>programmes.csv</c> first, the other files in parallel, then each programme assembled in parallel.</summary>
/// <remarks>Errors are merged in file, line and column order, so the result never depends on the thread schedule.</remarks>
internal sealed class RecordReader(string directory, RecordReadOptions options)
{
    internal RecordReadResult Read()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var pool = new RecordTextPool();
        var programmes = new Dictionary<string, ProgrammeRows>(StringComparer.Ordinal);
        var order = new List<ProgrammeRows>();
        var head = new RecordFileParser(RecordSchema.ProgrammesFile, options, pool, programmes);
        head.Parse(directory, (id, line) =>
        {
            if (programmes.ContainsKey(id))
            {
                head.Errors.Add(ErrorCodes.Records.DuplicateKey, RecordSchema.ProgrammesFile, line, 1, "programme_id repeats an earlier programme; each programme is listed once.");
                return;
            }

            var rows = new ProgrammeRows(line, id);
            programmes.Add(id, rows);
            order.Add(rows);
        });

        var parsers = new RecordFileParser[RecordSchema.Files.Length];
        parsers[RecordSchema.ProgrammesFile] = head;
        for (var file = 1; file < parsers.Length; file++)
        {
            parsers[file] = new RecordFileParser(file, options, pool, programmes);
        }

        // Largest files first, so the two (or more) threads finish together.
        var bySize = Enumerable.Range(1, parsers.Length - 1).OrderByDescending(SizeOf).ToArray();
        Parallel.ForEach(bySize, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file => parsers[file].Parse(directory));

        Console.Error.WriteLine($"TIMING parse {sw.Elapsed.TotalSeconds} gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalSeconds} heap {GC.GetTotalMemory(false) >> 20} MB cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds}"); sw.Restart();
        var fatal = parsers.Any(p => p.Fatal);
        var sinks = new List<RecordErrorSink>(parsers.Select(p => p.Errors));
        var built = new IpsProgramme?[order.Count];
        if (!fatal)
        {
            var programmeSinks = new RecordErrorSink[order.Count];
            Parallel.For(0, order.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                programmeSinks[i] = new RecordErrorSink(options.MaxErrors);
                built[i] = new RecordAssembler(order[i], options, programmeSinks[i]).Build();
                order[i].Release();
            });
            sinks.AddRange(programmeSinks);
        }

        Console.Error.WriteLine($"TIMING assemble {sw.Elapsed.TotalSeconds} gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pause {GC.GetTotalPauseDuration().TotalSeconds} heap {GC.GetTotalMemory(false) >> 20} MB cpu {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds}"); sw.Restart();
        var total = sinks.Sum(s => s.Count);
        var fileIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < RecordSchema.Files.Length; i++)
        {
            fileIndex[RecordSchema.FileName(i)] = i;
        }

        var kept = sinks.SelectMany(s => s.Kept)
            .OrderBy(e => fileIndex[e.File]).ThenBy(e => e.Line).ThenBy(e => e.Column).ThenBy(e => e.Code, StringComparer.Ordinal)
            .Take(options.MaxErrors)
            .ToList();
        if (total > kept.Count)
        {
            kept.Add(new RecordError(ErrorCodes.Records.MoreErrors, kept.Count > 0 ? kept[^1].File : RecordSchema.FileName(0), 0, 0, null, string.Create(CultureInfo.InvariantCulture, $"… and {total - kept.Count} more errors not listed (MaxErrors is {options.MaxErrors}).")));
        }

        var success = options.Mode == RecordReadMode.Strict ? total == 0 : !fatal;
        var result = success ? built.Where(p => p is not null).Select(p => p!).ToImmutableArray() : [];
        return new RecordReadResult(options.Mode, result, [.. kept], total, success, parsers.Sum(p => (long)p.Rows));
    }

    private long SizeOf(int file)
    {
        var info = new FileInfo(Path.Combine(directory, RecordSchema.FileName(file)));
        return info.Exists ? info.Length : 0;
    }
}
