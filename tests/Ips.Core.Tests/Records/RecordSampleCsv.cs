namespace Ips.Core.Tests.Records;

/// <summary>Edits of written record files that keep quoted fields (which may hold commas) whole.</summary>
internal static class RecordSampleCsv
{
    /// <summary>Sets one field (0-based column) of line <paramref name="line"/> (1-based, the header is 1) to <paramref name="value"/>, written as given.</summary>
    internal static void SetCsvField(string directory, string file, int line, int column, string value) =>
        RecordSample.ReplaceLine(directory, file, line, text =>
        {
            var fields = new List<string>();
            var start = 0;
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (text[i] == ',' && !quoted)
                {
                    fields.Add(text[start..i]);
                    start = i + 1;
                }
            }

            fields.Add(text[start..]);
            fields[column] = value;
            return string.Join(',', fields);
        });
}
