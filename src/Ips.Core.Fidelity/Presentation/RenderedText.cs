using System.Globalization;
using System.Text;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Text helpers shared by the report and comparison writers: one-line texts, Markdown escaping, invariant integers.</summary>
internal static class RenderedText
{
    /// <summary>An integer in invariant digits.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps a text on one line (labels are opaque input and may hold line breaks).</summary>
    public static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ')
            : text;

    /// <summary>Markdown: one line, with characters that would start markup escaped.</summary>
    public static string Md(string text)
    {
        var line = OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
