using System.Collections.Immutable;

namespace Ips.Core.Records.Jobbsporet;

/// <summary>Collects one read's errors (bounded, the rest counted) and its findings (one per code and file, with a count). Not thread-safe.</summary>
internal sealed class JobbsporetErrors(int max)
{
    private readonly List<RecordError> _kept = [];
    private readonly Dictionary<(string Code, string File), (int Count, string Message)> _findings = [];
    private readonly List<(string Code, string File)> _findingOrder = [];

    internal int Count { get; private set; }

    internal bool AnyFatal { get; private set; }

    internal IReadOnlyList<RecordError> Kept => _kept;

    internal void Add(string code, string file, long line, int column, string? columnName, string message)
    {
        Count++;
        if (_kept.Count < max)
        {
            _kept.Add(new RecordError(code, file, line, column, column == 0 ? null : columnName, message));
        }
    }

    internal void Fatal(string code, string file, long line, int column, string? columnName, string message)
    {
        AnyFatal = true;
        Add(code, file, line, column, columnName, message);
    }

    /// <summary>Counts one occurrence of a finding; the first message is kept (it must not hold a value from the export).</summary>
    internal void Finding(string code, string file, string message, int count = 1)
    {
        var key = (code, file);
        if (_findings.TryGetValue(key, out var existing))
        {
            _findings[key] = (existing.Count + count, existing.Message);
        }
        else
        {
            _findings[key] = (count, message);
            _findingOrder.Add(key);
        }
    }

    internal ImmutableArray<JobbsporetFinding> Findings() =>
        [.. _findingOrder.Select(k => new JobbsporetFinding(k.Code, k.File, _findings[k].Count, _findings[k].Message))];
}
