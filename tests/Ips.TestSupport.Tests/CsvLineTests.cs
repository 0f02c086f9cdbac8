namespace Ips.TestSupport.Tests;

public sealed class CsvLineTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("", new[] { "" })]
    [InlineData("a,,", new[] { "a", "", "" })]
    [InlineData("\"x,y\",z", new[] { "x,y", "z" })]
    [InlineData("\"say \"\"hi\"\"\",2", new[] { "say \"hi\"", "2" })]
    [InlineData("\"\"", new[] { "" })]
    public void Split_follows_RFC_4180_quoting(string line, string[] expected)
    {
        Assert.Equal(expected, CsvLine.Split(line));
    }
}
