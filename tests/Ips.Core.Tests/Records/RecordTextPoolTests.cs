using System.Text;
using Ips.Core.Records;

namespace Ips.Core.Tests.Records;

/// <summary>The reader's strings: one instance per short value (maps of ids compare by reference), long texts read whole.</summary>
public sealed class RecordTextPoolTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(128)]
    public void A_short_text_is_one_string_however_often_it_is_read(int length)
    {
        var pool = new RecordTextPool();
        var bytes = Encoding.ASCII.GetBytes(new string('a', length));

        var first = pool.Ascii(bytes);

        Assert.Equal(new string('a', length), first);
        Assert.Same(first, pool.Ascii(bytes));
        Assert.Same(first, pool.Utf8(bytes));
    }

    [Fact]
    public void A_short_utf8_text_is_one_string_however_often_it_is_read()
    {
        var pool = new RecordTextPool();
        var bytes = Encoding.UTF8.GetBytes("Nær hjemme, på kafé");

        Assert.Same(pool.Utf8(bytes), pool.Utf8(bytes));
        Assert.Equal("Nær hjemme, på kafé", pool.Utf8(bytes));
    }

    [Theory]
    [InlineData(129)]
    [InlineData(5000)]
    public void A_long_text_is_read_whole_and_not_kept(int length)
    {
        var pool = new RecordTextPool();
        var text = string.Concat(Enumerable.Repeat("æ", length));
        var ascii = Encoding.ASCII.GetBytes(new string('b', length));

        Assert.Equal(text, pool.Utf8(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(new string('b', length), pool.Ascii(ascii));
        Assert.NotSame(pool.Ascii(ascii), pool.Ascii(ascii));
        Assert.NotSame(pool.Utf8(ascii), pool.Utf8(ascii));
    }
}
