using Ips.Core.Fidelity.Generators.Json;

namespace Ips.Core.Fidelity.Generators.Tests;

/// <summary>The generator's own JSON reader on valid input: every value kind, escapes, comments and positions.</summary>
public sealed class JsonReaderTests
{
    [Fact]
    public void EveryValueKind_IsRead()
    {
        var root = Assert.IsType<JsonObject>(JsonReader.Parse("""{ "n": -0.5e+10, "i": 42, "z": 0, "t": true, "f": false, "x": null, "a": [], "o": {} }""", out var error));

        Assert.Null(error);
        Assert.Equal(["n", "i", "z", "t", "f", "x", "a", "o"], root.Members.Select(m => m.Key));
        Assert.Equal("-0.5e+10", Assert.IsType<JsonNumber>(root.Get("n")).Text);
        Assert.False(((JsonNumber)root.Get("n")!).TryGetInt32(out _));
        Assert.True(((JsonNumber)root.Get("i")!).TryGetInt32(out var i));
        Assert.Equal(42, i);
        Assert.True(Assert.IsType<JsonBoolean>(root.Get("t")).Value);
        Assert.False(Assert.IsType<JsonBoolean>(root.Get("f")).Value);
        Assert.IsType<JsonNull>(root.Get("x"));
        Assert.Empty(Assert.IsType<JsonArray>(root.Get("a")).Items);
        Assert.Empty(Assert.IsType<JsonObject>(root.Get("o")).Members);
        Assert.Null(root.Get("missing"));
    }

    [Fact]
    public void StringEscapes_AreDecoded()
    {
        var root = (JsonObject)JsonReader.Parse("""{ "s": "\"\\\/\b\f\n\r\t\u00e5\u00C5\ud83d\ude00 plain" }""", out _)!;

        Assert.Equal("\"\\/\b\f\n\r\t\u00e5\u00c5\U0001F600 plain", ((JsonString)root.Get("s")!).Value);
    }

    [Fact]
    public void CommentsTrailingCommasAndAByteOrderMark_AreSkipped()
    {
        var root = JsonReader.Parse("\uFEFF// head\n{ /* a */ \"a\": [1, 2,], // tail\n \"b\": 1, }\n/* end */", out var error);

        Assert.Null(error);
        Assert.Equal(2, ((JsonArray)((JsonObject)root!).Get("a")!).Items.Count);
    }

    [Fact]
    public void Values_KnowWhereTheyAre()
    {
        const string text = "{ \"a\": [ \"xy\", 12 ] }";
        var root = (JsonObject)JsonReader.Parse(text, out _)!;
        var array = (JsonArray)root.Get("a")!;

        Assert.Equal((0, text.Length), (root.Start, root.Length));
        Assert.Equal("[ \"xy\", 12 ]", text.Substring(array.Start, array.Length));
        Assert.Equal("\"xy\"", text.Substring(array.Items[0].Start, array.Items[0].Length));
        Assert.Equal("12", text.Substring(array.Items[1].Start, array.Items[1].Length));
    }
}
