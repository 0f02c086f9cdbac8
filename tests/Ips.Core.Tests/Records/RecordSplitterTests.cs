using System.Text;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>Splitting one record into fields: RFC 4180 quoting, the field bound, and malformed quotes.</summary>
public sealed class RecordSplitterTests
{
    private static (int Count, string[] Fields, bool QuoteError) Split(string record, int room, int scratch = 1024)
    {
        var fields = new Range[room];
        var buffer = new byte[scratch];
        var count = RecordSplitter.Split(Encoding.UTF8.GetBytes(record), fields, ref buffer, out var source, out var quoteError);
        var texts = new string[Math.Min(count, room)];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Encoding.UTF8.GetString(source[fields[i]]);
        }

        return (count, texts, quoteError);
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("a,,c,", new[] { "a", "", "c", "" })]
    [InlineData("", new[] { "" })]
    [InlineData("\"a,1\",\"b \"\"q\"\"\",c", new[] { "a,1", "b \"q\"", "c" })]
    [InlineData("\"\",x,\"\"", new[] { "", "x", "" })]
    [InlineData("x,\"y\",", new[] { "x", "y", "" })]
    [InlineData("\"l1\nl2\"", new[] { "l1\nl2" })]
    public void Fields_are_split_on_commas_with_quotes_unescaped(string record, string[] expected)
    {
        var (count, fields, quoteError) = Split(record, 8);

        Assert.False(quoteError);
        Assert.Equal(expected.Length, count);
        Assert.Equal(expected, fields);
    }

    [Theory]
    [InlineData("a,b,c")]
    [InlineData("a,b,")]
    [InlineData("\"a\",b,c")]
    [InlineData("\"a\",b,")]
    [InlineData("\"a\",\"b\",\"c\"")]
    public void More_fields_than_room_are_counted_as_one_more_than_the_room(string record)
    {
        var (count, fields, _) = Split(record, 2);

        Assert.Equal(3, count);
        Assert.Equal(["a", "b"], fields);
    }

    [Theory]
    [InlineData("\"abc", new[] { "abc" })]            // never closed
    [InlineData("x,\"abc,d", new[] { "x", "abc,d" })] // never closed, to the end
    [InlineData("ab\"c,d", new[] { "ab\"c", "d" })]   // a quote inside an unquoted field
    [InlineData("\"a\"x,b", new[] { "a", "b" })]      // text after the closing quote is skipped to the separator
    [InlineData("\"a\"x", new[] { "a" })]             // … or to the end
    [InlineData("\"a\"xy,\"b\"", new[] { "a", "b" })]
    public void Misplaced_or_unclosed_quotes_are_a_quote_error(string record, string[] expected)
    {
        var (count, fields, quoteError) = Split(record, 8);

        Assert.True(quoteError);
        Assert.Equal(expected.Length, count);
        Assert.Equal(expected, fields);
    }

    [Fact]
    public void A_quoted_record_longer_than_the_scratch_buffer_grows_it()
    {
        var value = new string('v', 40);
        var record = "\"" + value + "\"," + value;
        var buffer = new byte[4];
        var fields = new Range[4];

        var count = RecordSplitter.Split(Encoding.UTF8.GetBytes(record), fields, ref buffer, out var source, out var quoteError);

        Assert.False(quoteError);
        Assert.Equal(2, count);
        Assert.Equal(value, Encoding.UTF8.GetString(source[fields[0]]));
        Assert.Equal(value, Encoding.UTF8.GetString(source[fields[1]]));
        Assert.True(buffer.Length >= record.Length);
    }
}
