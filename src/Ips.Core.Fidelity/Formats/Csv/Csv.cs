using System.Text;

namespace Ips.Core.Fidelity.Formats.Csv;

/// <summary>RFC 4180 reading and writing: comma (or another) separator, <c>"</c> quoting with doubled quotes, LF or CRLF line ends.</summary>
internal static class Csv
{
    /// <summary>Reads every record with the 1-based line number it starts on; blank lines are skipped, a BOM is ignored.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader, char separator = ',')
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var startLine = 1;
        var first = true;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    any = true;
                    break;
                case var _ when c == separator:
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (any || fields.Count > 1 || fields[0].Length > 0)
                    {
                        yield return (startLine, fields);
                    }

                    fields = [];
                    any = false;
                    line++;
                    startLine = line;
                    break;
                default:
                    field.Append((char)c);
                    any = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException("Line " + startLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": a quoted field is not closed before the end of the file.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }

    /// <summary>A field, quoted only when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
