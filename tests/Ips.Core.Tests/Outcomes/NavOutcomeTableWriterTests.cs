using Ips.Core.Outcomes;
using NodaTime;

namespace Ips.Core.Tests.Outcomes;

/// <summary>The text and Markdown layout of the outcome tables, on hand-made content: the edges real reports rarely reach.</summary>
public sealed class NavOutcomeTableWriterTests
{
    private static NavOutcomeContent Content(params NavOutcomeRow[] rows)
    {
        var september = new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2026, 9, 30));
        var columns = new[] { new NavOutcomeColumn("first", september, september.End, "September"), new NavOutcomeColumn("second", september, september.End, "Year") };
        var section = new NavOutcomeSection("table.status", "Status at exit", ["12 exits", "40 exits"], rows);
        return new NavOutcomeContent("Outcomes", "en", "prog-1", null, columns, [section], NavOutcomeOptions.Default, "Options: default.", SmallCellSuppression.Off, "No suppression.");
    }

    private static NavOutcomeCell Cell(string text) => new(NavOutcomeCellKind.Count, 1, null, null, null, false, text);

    [Fact]
    public void A_text_row_whose_last_cell_is_empty_ends_without_trailing_spaces()
    {
        var text = new NavOutcomeTableWriter(Content(new NavOutcomeRow("working", "Working", [Cell("3"), Cell(string.Empty)])), markdown: false).Write();

        var row = text.Split('\n').Single(l => l.StartsWith("Working", StringComparison.Ordinal));
        Assert.Equal("Working          3", row);
    }

    [Fact]
    public void A_bar_in_a_markdown_cell_is_escaped_so_the_table_keeps_its_columns()
    {
        var markdown = new NavOutcomeTableWriter(Content(new NavOutcomeRow("working", "Working | part time", [Cell("3"), Cell("7")])), markdown: true).Write();

        Assert.Contains("| Working \\| part time | 3 | 7 |\n", markdown, StringComparison.Ordinal);
    }
}
