using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Ips.Core.Programmes;
using Ips.Core.Validation;

namespace Ips.Core.Records;

/// <summary>One read of a directory: <c>programmes.csv</c> first, then one streaming pass over the other files, a programme at a time.</summary>
/// <remarks>
/// Every file is open at once and read in step: for each programme, in <c>programmes.csv</c> order, each file yields
/// the rows of that programme (they are contiguous, as written), which one thread parses while another builds the
/// previous programmes. Only a few programmes' rows are ever in memory, never a whole file. Errors are merged in file,
/// line and column order, so the result never depends on the thread schedule.
/// </remarks>
internal sealed class RecordReader(string directory, RecordReadOptions options)
{
    // Programmes parsed but not yet built: bounds the rows held in memory.
    private const int InFlight = 4;

    internal RecordReadResult Read()
    {
        var pool = new RecordTextPool();
        var programmes = new Dictionary<string, ProgrammeRows>(StringComparer.Ordinal);
        var order = new List<ProgrammeRows>();
        var head = new RecordFileParser(RecordSchema.ProgrammesFile, options, pool, programmes);
        head.ParseProgrammes(directory, (id, line) =>
        {
            if (programmes.ContainsKey(id))
            {
                head.Errors.Add(ErrorCodes.Records.DuplicateKey, RecordSchema.ProgrammesFile, line, 1, "programme_id repeats an earlier programme; each programme is listed once.");
                return;
            }

            var rows = new ProgrammeRows(order.Count, line, id);
            programmes.Add(id, rows);
            order.Add(rows);
        });

        var parsers = new RecordFileParser[RecordSchema.Files.Length];
        parsers[RecordSchema.ProgrammesFile] = head;
        for (var file = 1; file < parsers.Length; file++)
        {
            parsers[file] = new RecordFileParser(file, options, pool, programmes);
        }

        var built = new IpsProgramme?[order.Count];
        var programmeSinks = new RecordErrorSink?[order.Count];
        try
        {
            var opened = true;
            for (var file = 1; file < parsers.Length; file++)
            {
                opened &= parsers[file].Open(directory);
            }

            if (opened && !head.Fatal)
            {
                Stream(parsers, order, built, programmeSinks);
            }
        }
        finally
        {
            foreach (var parser in parsers)
            {
                parser.Dispose();
            }
        }

        var fatal = parsers.Any(p => p.Fatal);
        var sinks = parsers.Select(p => p.Errors).Concat(programmeSinks.Where(s => s is not null).Select(s => s!)).ToList();
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

    private void Stream(RecordFileParser[] parsers, List<ProgrammeRows> order, IpsProgramme?[] built, RecordErrorSink?[] sinks)
    {
        using var parsed = new BlockingCollection<ProgrammeRows>(InFlight);
        var spare = new ConcurrentBag<RowBuffers>();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var programme in order)
                {
                    if (spare.TryTake(out var rows))
                    {
                        programme.Lend(rows);
                    }

                    for (var file = 1; file < parsers.Length; file++)
                    {
                        parsers[file].ReadRowsOf(programme);
                    }

                    if (parsers.Any(p => p.Fatal))
                    {
                        return;
                    }

                    parsed.Add(programme);
                }

                // What is left belongs to no programme still to come: unknown or out of order, each reported.
                for (var file = 1; file < parsers.Length; file++)
                {
                    parsers[file].ReadRowsOf(null);
                }
            }
            finally
            {
                parsed.CompleteAdding();
            }
        });

        foreach (var programme in parsed.GetConsumingEnumerable())
        {
            var sink = new RecordErrorSink(options.MaxErrors);
            sinks[programme.Index] = sink;
            built[programme.Index] = new RecordAssembler(programme, options, sink).Build();
            if (programme.Release() is { } rows)
            {
                spare.Add(rows);
            }
        }

        producer.GetAwaiter().GetResult();
    }
}
