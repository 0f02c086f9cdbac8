namespace Ips.Core.Records;

/// <summary>
/// Collects the errors of one file or one programme, keeping at most a bound and counting the rest. The kept errors are
/// the first in file order (file, line, column, code; then as found), whatever order they were found in: the assembler
/// finds them rule by rule, not row by row. Not thread-safe.
/// </summary>
internal sealed class RecordErrorSink(int max)
{
    // A max-heap on file order: when full, a new error that comes earlier replaces the latest kept one.
    private readonly PriorityQueue<RecordError, Position> _kept = new(LatestFirst.Instance);
    private long _found;

    /// <summary>The kept errors in the order they were found (the reader sorts all sinks' errors together, stably).</summary>
    internal IEnumerable<RecordError> Kept => _kept.UnorderedItems.OrderBy(static e => e.Priority.Found).Select(static e => e.Element);

    internal int Count { get; private set; }

    internal void Add(string code, int file, long line, int column, string message)
    {
        Count++;
        var position = new Position(file, line, column, code, _found++);
        if (_kept.Count == max)
        {
            _kept.TryPeek(out _, out var latest);
            if (LatestFirst.Instance.Compare(position, latest) <= 0)
            {
                // Not earlier than the latest kept error: counted only.
                return;
            }

            _kept.DequeueEnqueue(Error(code, file, line, column, message), position);
            return;
        }

        _kept.Enqueue(Error(code, file, line, column, message), position);
    }

    private static RecordError Error(string code, int file, long line, int column, string message) =>
        new(code, RecordSchema.FileName(file), line, column, column == 0 ? null : RecordSchema.ColumnName(file, column - 1), message);

    private readonly record struct Position(int File, long Line, int Column, string Code, long Found);

    /// <summary>Orders positions latest first, so the heap's root is the latest kept error.</summary>
    private sealed class LatestFirst : IComparer<Position>
    {
        public static readonly LatestFirst Instance = new();

        public int Compare(Position x, Position y)
        {
            var c = y.File.CompareTo(x.File);
            if (c == 0)
            {
                c = y.Line.CompareTo(x.Line);
            }

            if (c == 0)
            {
                c = y.Column.CompareTo(x.Column);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(y.Code, x.Code);
            }

            return c != 0 ? c : y.Found.CompareTo(x.Found);
        }
    }
}
