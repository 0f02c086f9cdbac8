using System.Text;

namespace Ips.TestSupport;

/// <summary>Splits one CSV line per RFC 4180, for tests that inspect files the library wrote or edit sample files.</summary>
/// <remarks>Test data only: the line holds no line break inside a quoted field (the library's own readers handle those).</remarks>
public static class CsvLine
{
    /// <summary>The fields of <paramref name="line"/>: comma-separated, quoted fields unquoted, doubled quotes made single.</summary>
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
