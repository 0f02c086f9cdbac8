using System.Text;

namespace Ips.Core.Outcomes;

/// <summary>Writes the <see cref="NavOutcomeContent"/> as text or Markdown: every table a label column and one column per period.</summary>
internal sealed class NavOutcomeTableWriter
{
    private readonly NavOutcomeContent _content;
    private readonly bool _markdown;
    private readonly StringBuilder _out = new();

    internal NavOutcomeTableWriter(NavOutcomeContent content, bool markdown)
    {
        _content = content;
        _markdown = markdown;
    }

    internal string Write()
    {
        _out.Append(_markdown ? "# " + _content.Title : _content.Title).Append('\n');
        if (_content.Group is { } group)
        {
            _out.Append('\n').Append(group).Append('\n');
        }
        foreach (var section in _content.Sections)
        {
            Table(section);
        }

        _out.Append('\n').Append(_content.OptionsStamp).Append('\n');
        _out.Append(_content.SuppressionStamp).Append('\n');
        return _out.ToString();
    }

    private void Table(NavOutcomeSection section)
    {
        var columns = _content.Columns.Count + 1;
        List<string[]> all =
        [
            [string.Empty, .. _content.Columns.Select(c => c.Name)],
            [string.Empty, .. section.Cohorts],
        ];
        all.AddRange(section.Rows.Select(row => (string[])[row.Label, .. row.Cells.Select(c => c.Text)]));
        _out.Append('\n');
        if (_markdown)
        {
            _out.Append("## ").Append(section.Title).Append("\n\n");
            MarkdownRow(all[0]);
            _out.Append("|---").Append(string.Concat(Enumerable.Repeat("|---:", columns - 1))).Append("|\n");
            foreach (var row in all.Skip(1))
            {
                MarkdownRow(row);
            }

            return;
        }

        _out.Append(section.Title).Append('\n');
        var widths = new int[columns];
        foreach (var row in all)
        {
            for (var c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in all)
        {
            _out.Append(row[0].PadRight(widths[0]));
            for (var c = 1; c < columns; c++)
            {
                _out.Append("  ").Append(row[c].PadLeft(widths[c]));
            }

            TrimEnd();
            _out.Append('\n');
        }
    }

    private void MarkdownRow(string[] cells)
    {
        _out.Append('|');
        foreach (var cell in cells)
        {
            _out.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
        }

        _out.Append('\n');
    }

    private void TrimEnd()
    {
        while (_out.Length > 0 && _out[^1] == ' ')
        {
            _out.Length--;
        }
    }
}
