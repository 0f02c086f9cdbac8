namespace Ips.Core.Records;

/// <summary>Collects the errors of one file or one programme, keeping at most a bound and counting the rest. Not thread-safe.</summary>
internal sealed class RecordErrorSink(int max)
{
    internal List<RecordError> Kept { get; } = [];

    internal int Count { get; private set; }

    internal void Add(string code, int file, long line, int column, string message)
    {
        Count++;
        if (Kept.Count < max)
        {
            Kept.Add(new RecordError(code, RecordSchema.FileName(file), line, column, column == 0 ? null : RecordSchema.ColumnName(file, column - 1), message));
        }
    }
}
