using System.Text;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>The byte-record reader under every record file: line ends, the byte-order mark, quoted line breaks, the length bound and line numbers.</summary>
public sealed class RecordLineReaderTests
{
    private const int Max = 256;

    /// <summary>A record read: its text (null when too long) and the line it starts on.</summary>
    private readonly record struct Read(string? Text, long Line);

    private static List<Read> ReadAll(byte[] bytes, int maxLength = Max)
    {
        using var reader = new RecordLineReader(new MemoryStream(bytes), maxLength);
        var records = new List<Read>();

        // Bounded, so a reader that never reaches the end fails instead of looping.
        while (records.Count <= 100_000 && reader.TryRead(out var record, out var line, out var tooLong))
        {
            records.Add(new Read(tooLong ? null : Encoding.UTF8.GetString(record), line));
        }

        return records;
    }

    private static List<Read> ReadAll(string text, int maxLength = Max) => ReadAll(Encoding.UTF8.GetBytes(text), maxLength);

    [Fact]
    public void Lf_and_crlf_line_ends_are_dropped_and_a_last_line_without_a_line_end_is_read()
    {
        var records = ReadAll("a\r\nbc\nd");

        Assert.Equal(new Read[] { new("a", 1), new("bc", 2), new("d", 3) }, records);
    }

    [Fact]
    public void A_last_line_ending_in_a_lone_carriage_return_is_read_without_it()
    {
        var records = ReadAll("a\nbc\r");

        Assert.Equal(new Read[] { new("a", 1), new("bc", 2) }, records);
    }

    [Fact]
    public void Blank_lines_are_empty_records_and_count_in_the_line_numbers()
    {
        var records = ReadAll("\n\r\nx\n\ny\n");

        Assert.Equal(new Read[] { new(string.Empty, 1), new(string.Empty, 2), new("x", 3), new(string.Empty, 4), new("y", 5) }, records);
    }

    [Fact]
    public void An_empty_file_has_no_records()
    {
        Assert.Empty(ReadAll(string.Empty));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_skipped_and_reported()
    {
        using var reader = new RecordLineReader(new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']), Max);

        Assert.True(reader.HadBom);
        Assert.True(reader.TryRead(out var record, out var line, out var tooLong));
        Assert.Equal("a", Encoding.UTF8.GetString(record));
        Assert.Equal(1, line);
        Assert.False(tooLong);
        Assert.False(reader.TryRead(out _, out _, out _));
    }

    [Fact]
    public void A_file_of_only_a_byte_order_mark_has_no_records()
    {
        using var reader = new RecordLineReader(new MemoryStream([0xEF, 0xBB, 0xBF]), Max);

        Assert.True(reader.HadBom);
        Assert.False(reader.TryRead(out _, out _, out _));
    }

    public static TheoryData<byte[]> BomLookalikes() => new()
    {
        new byte[] { 0xE2, 0xBB, 0xBF, (byte)'a', (byte)'\n' }, // U+2EFF: a three-byte character sharing the mark's last two bytes
        new byte[] { (byte)'a', 0xC2, 0xBF, (byte)'\n' },       // "a¿": the mark's last byte in third place
        new byte[] { (byte)'a', 0xC2, 0xBB, (byte)'\n' },       // "a»"
    };

    [Theory]
    [MemberData(nameof(BomLookalikes))]
    public void Leading_bytes_that_are_not_a_whole_byte_order_mark_are_data(byte[] bytes)
    {
        using var reader = new RecordLineReader(new MemoryStream(bytes), Max);

        Assert.False(reader.HadBom);
        Assert.True(reader.TryRead(out var record, out _, out _));
        Assert.Equal(bytes[..^1], record.ToArray());
    }

    [Fact]
    public void A_record_of_exactly_the_maximum_length_is_read_and_one_byte_more_is_too_long()
    {
        var records = ReadAll(new string('a', Max) + "\n" + new string('b', Max + 1) + "\n" + new string('c', Max));

        Assert.Equal(new Read[] { new(new string('a', Max), 1), new(null, 2), new(new string('c', Max), 3) }, records);
    }

    [Fact]
    public void A_last_line_without_a_line_end_longer_than_the_maximum_is_too_long()
    {
        var records = ReadAll("a\n" + new string('x', Max + 1));

        Assert.Equal(new Read[] { new("a", 1), new(null, 2) }, records);
    }

    [Fact]
    public void A_quoted_field_joins_lines_into_one_record_numbered_by_its_first_line()
    {
        var records = ReadAll("\"a\nb\",c\nx,\"p\r\nq\"\"\n\"\nz\n");

        Assert.Equal(new Read[] { new("\"a\nb\",c", 1), new("x,\"p\r\nq\"\"\n\"", 3), new("z", 6) }, records);
    }

    [Fact]
    public void A_quoted_record_over_the_maximum_is_skipped_whole_when_it_closes_on_the_next_line()
    {
        // The first line, line end included, is exactly the maximum: the record goes on, closes on line 2, and is too long.
        var first = "\"" + new string('x', Max - 2);

        var records = ReadAll(first + "\ny\"\nz\n");

        Assert.Equal(new Read[] { new(null, 1), new("z", 3) }, records);
    }

    [Fact]
    public void A_runaway_quote_stops_at_the_first_line_end_past_the_maximum()
    {
        var line = new string('y', 100);

        var records = ReadAll("\"x\n" + line + "\n" + line + "\n" + line + "\n");

        // Lines 1-3 hold 205 bytes, line 4 passes 256: the record ends there and reading goes on after it.
        Assert.Equal(new Read[] { new(null, 1) }, records);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(65_533)] // the line end is the last byte of the first buffer
    [InlineData(65_534)] // the line end is the first byte of the next buffer
    [InlineData(65_535)]
    [InlineData(200_000)]
    public void A_line_longer_than_the_maximum_is_skipped_to_its_end_and_the_next_line_keeps_its_number(int length)
    {
        var records = ReadAll("a\n" + new string('x', length) + "\nb\n" + new string('x', length) + "\r\nc");

        Assert.Equal(new Read[] { new("a", 1), new(null, 2), new("b", 3), new(null, 4), new("c", 5) }, records);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(200_000)]
    public void A_last_line_longer_than_the_maximum_without_a_line_end_ends_the_file(int length)
    {
        var records = ReadAll("a\n" + new string('x', length));

        Assert.Equal(new Read[] { new("a", 1), new(null, 2) }, records);
    }

    [Fact]
    public void Records_across_buffer_boundaries_are_read_whole_with_their_line_numbers()
    {
        // About 470 KB of rows of varying length, some quoted across lines: many rows straddle a buffer's end.
        var text = new StringBuilder();
        var expected = new List<Read>();
        var line = 1L;
        for (var i = 0; i < 12_000; i++)
        {
            var row = i % 7 == 0
                ? $"row-{i},\"quoted\nover {i % 13} lines\",{new string('q', i % 50)}"
                : $"row-{i},{new string('p', i % 61)}";
            text.Append(row).Append(i % 3 == 0 ? "\r\n" : "\n");
            expected.Add(new(row, line));
            line += row.Count(c => c == '\n') + 1;
        }

        var records = ReadAll(text.ToString());

        Assert.Equal(expected, records);
    }

    [Fact]
    public void A_record_of_exactly_the_maximum_longer_than_the_first_buffer_is_read()
    {
        // The buffer starts at 1 MiB and grows, never past the maximum and its line end.
        const int max = 3_000_000;
        var records = ReadAll("a\n" + new string('x', max) + "\n" + new string('y', max + 1) + "\nb", max);

        Assert.Equal(new Read[] { new("a", 1), new(new string('x', max), 2), new(null, 3), new("b", 4) }, records);
    }
}
