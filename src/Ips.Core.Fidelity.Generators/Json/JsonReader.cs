using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Ips.Core.Fidelity.Generators.Json;

/// <summary>A parsed JSON value with its position in the source text.</summary>
internal abstract class JsonValue
{
    protected JsonValue(int start, int length)
    {
        Start = start;
        Length = length;
    }

    /// <summary>The offset of the value's first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters the value spans.</summary>
    public int Length { get; }

    /// <summary>The kind of value, for messages ("an object", "a string", ...).</summary>
    public abstract string KindName { get; }
}

internal sealed class JsonObject : JsonValue
{
    private readonly Dictionary<string, JsonValue> byName;

    public JsonObject(int start, int length, List<KeyValuePair<string, JsonValue>> members, Dictionary<string, JsonValue> byName)
        : base(start, length)
    {
        Members = members;
        this.byName = byName;
    }

    /// <summary>The members in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Members { get; }

    public override string KindName => "an object";

    public JsonValue? Get(string name) => byName.TryGetValue(name, out var value) ? value : null;
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(int start, int length, List<JsonValue> items)
        : base(start, length) => Items = items;

    public IReadOnlyList<JsonValue> Items { get; }

    public override string KindName => "an array";
}

internal sealed class JsonString : JsonValue
{
    public JsonString(int start, int length, string value)
        : base(start, length) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(int start, int length, string text)
        : base(start, length) => Text = text;

    /// <summary>The number exactly as written.</summary>
    public string Text { get; }

    public override string KindName => "a number";

    /// <summary>The value when the number is written as a whole number (no fraction or exponent) that fits an <see cref="int"/>.</summary>
    public bool TryGetInt32(out int value) =>
        int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

internal sealed class JsonBoolean : JsonValue
{
    public JsonBoolean(int start, int length, bool value)
        : base(start, length) => Value = value;

    public bool Value { get; }

    public override string KindName => Value ? "true" : "false";
}

internal sealed class JsonNull : JsonValue
{
    public JsonNull(int start, int length)
        : base(start, length)
    {
    }

    public override string KindName => "null";
}

/// <summary>A syntax error: what is wrong, where (offset) and at which JSON path.</summary>
internal sealed class JsonSyntaxError
{
    public JsonSyntaxError(string message, int offset, string path)
    {
        Message = message;
        Offset = offset;
        Path = path;
    }

    public string Message { get; }

    public int Offset { get; }

    /// <summary>The JSON path of the value being read when the error was found (<c>$</c> for the root).</summary>
    public string Path { get; }
}

/// <summary>
/// A small, strict JSON reader (RFC 8259) for the generator, which cannot rely on System.Text.Json inside the
/// compiler. Like the scale loader it skips <c>//</c> and <c>/* */</c> comments and allows trailing commas; it rejects
/// everything else that is not JSON: single quotes, unquoted names, leading zeros, <c>NaN</c>, control characters
/// in strings, bad escapes, lone surrogates, duplicate member names and trailing content.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string text;
    private int position;

    private JsonReader(string text) => this.text = text;

    /// <summary>Parses <paramref name="text"/>; on failure returns null and sets <paramref name="error"/>.</summary>
    public static JsonValue? Parse(string text, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text);
        try
        {
            reader.SkipTrivia("$");
            if (reader.position == 0 && text.Length > 0 && text[0] == '\uFEFF')
            {
                reader.position = 1;
                reader.SkipTrivia("$");
            }

            var value = reader.ReadValue("$", 0);
            reader.SkipTrivia("$");
            if (reader.position < text.Length)
            {
                throw reader.Error("Unexpected " + Describe(text[reader.position]) + " after the JSON value.", "$");
            }

            error = null;
            return value;
        }
        catch (SyntaxException exception)
        {
            error = exception.Error;
            return null;
        }
    }

    private JsonValue ReadValue(string path, int depth)
    {
        if (position >= text.Length)
        {
            throw Error("The document ends where a value is expected.", path);
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(path, depth + 1);
            case '[':
                return ReadArray(path, depth + 1);
            case '"':
                var start = position;
                var value = ReadString(path);
                return new JsonString(start, position - start, value);
            case 't':
                return ReadLiteral("true", path, (s, l) => new JsonBoolean(s, l, true));
            case 'f':
                return ReadLiteral("false", path, (s, l) => new JsonBoolean(s, l, false));
            case 'n':
                return ReadLiteral("null", path, (s, l) => new JsonNull(s, l));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber(path);
                }

                throw Error("Unexpected " + Describe(c) + " where a value is expected.", path);
        }
    }

    private JsonObject ReadObject(string path, int depth)
    {
        CheckDepth(depth, path);
        var start = position;
        position++;
        var members = new List<KeyValuePair<string, JsonValue>>();
        var byName = new Dictionary<string, JsonValue>(System.StringComparer.Ordinal);
        SkipTrivia(path);
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("The document ends inside an object.", path);
            }

            if (text[position] == '}')
            {
                position++;
                return new JsonObject(start, position - start, members, byName);
            }

            if (text[position] != '"')
            {
                throw Error("Expected a member name in double quotes, found " + Describe(text[position]) + ".", path);
            }

            var nameStart = position;
            var name = ReadString(path);
            var memberPath = MemberPath(path, name);
            if (byName.ContainsKey(name))
            {
                position = nameStart;
                throw Error("The member '" + name + "' appears twice.", memberPath);
            }

            SkipTrivia(memberPath);
            if (position >= text.Length || text[position] != ':')
            {
                throw Error("Expected ':' after the member name.", memberPath);
            }

            position++;
            SkipTrivia(memberPath);
            var value = ReadValue(memberPath, depth);
            members.Add(new KeyValuePair<string, JsonValue>(name, value));
            byName.Add(name, value);
            SkipTrivia(path);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                SkipTrivia(path);
                continue;
            }

            if (position < text.Length && text[position] != '}')
            {
                throw Error("Expected ',' or '}' after a member, found " + Describe(text[position]) + ".", path);
            }
        }
    }

    private JsonArray ReadArray(string path, int depth)
    {
        CheckDepth(depth, path);
        var start = position;
        position++;
        var items = new List<JsonValue>();
        SkipTrivia(path);
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("The document ends inside an array.", path);
            }

            if (text[position] == ']')
            {
                position++;
                return new JsonArray(start, position - start, items);
            }

            var itemPath = path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]";
            items.Add(ReadValue(itemPath, depth));
            SkipTrivia(path);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                SkipTrivia(path);
                continue;
            }

            if (position < text.Length && text[position] != ']')
            {
                throw Error("Expected ',' or ']' after an array entry, found " + Describe(text[position]) + ".", path);
            }
        }
    }

    private string ReadString(string path)
    {
        position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (position >= text.Length)
            {
                throw Error("The document ends inside a string.", path);
            }

            var c = text[position];
            if (c == '"')
            {
                position++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("A string holds the control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "; write it as an escape.", path);
            }

            if (c != '\\')
            {
                builder.Append(c);
                position++;
                continue;
            }

            var escapeStart = position;
            position++;
            if (position >= text.Length)
            {
                throw Error("The document ends inside a string.", path);
            }

            var e = text[position];
            position++;
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    var unit = ReadHex4(escapeStart, path);
                    if (char.IsHighSurrogate(unit))
                    {
                        if (position + 1 < text.Length && text[position] == '\\' && text[position + 1] == 'u')
                        {
                            var lowStart = position;
                            position += 2;
                            var low = ReadHex4(lowStart, path);
                            if (!char.IsLowSurrogate(low))
                            {
                                position = lowStart;
                                throw Error("A \\u escape holds a high surrogate not followed by a low one.", path);
                            }

                            builder.Append(unit).Append(low);
                            break;
                        }

                        position = escapeStart;
                        throw Error("A \\u escape holds a high surrogate not followed by a low one.", path);
                    }

                    if (char.IsLowSurrogate(unit))
                    {
                        position = escapeStart;
                        throw Error("A \\u escape holds a low surrogate without a high one before it.", path);
                    }

                    builder.Append(unit);
                    break;
                default:
                    position = escapeStart;
                    throw Error("Unknown escape '\\" + e + "' in a string.", path);
            }
        }
    }

    private char ReadHex4(int escapeStart, string path)
    {
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = position < text.Length ? HexValue(text[position]) : -1;
            if (digit < 0)
            {
                position = escapeStart;
                throw Error("A \\u escape needs four hexadecimal digits.", path);
            }

            value = (value * 16) + digit;
            position++;
        }

        return (char)value;
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10
        : -1;

    private JsonNumber ReadNumber(string path)
    {
        var start = position;
        if (text[position] == '-')
        {
            position++;
        }

        if (position >= text.Length || !IsDigit(text[position]))
        {
            throw Error("A number needs a digit after '-'.", path);
        }

        if (text[position] == '0')
        {
            position++;
            if (position < text.Length && IsDigit(text[position]))
            {
                throw Error("A number has a leading zero.", path);
            }
        }
        else
        {
            SkipDigits();
        }

        if (position < text.Length && text[position] == '.')
        {
            position++;
            if (position >= text.Length || !IsDigit(text[position]))
            {
                throw Error("A number needs a digit after the decimal point.", path);
            }

            SkipDigits();
        }

        if (position < text.Length && (text[position] == 'e' || text[position] == 'E'))
        {
            position++;
            if (position < text.Length && (text[position] == '+' || text[position] == '-'))
            {
                position++;
            }

            if (position >= text.Length || !IsDigit(text[position]))
            {
                throw Error("A number needs a digit in its exponent.", path);
            }

            SkipDigits();
        }

        if (position < text.Length && IsWordCharacter(text[position]))
        {
            throw Error("Unexpected " + Describe(text[position]) + " after a number.", path);
        }

        return new JsonNumber(start, position - start, text.Substring(start, position - start));
    }

    private JsonValue ReadLiteral(string literal, string path, System.Func<int, int, JsonValue> create)
    {
        var start = position;
        if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0
            || (position + literal.Length < text.Length && IsWordCharacter(text[position + literal.Length])))
        {
            throw Error("Unexpected " + Describe(text[position]) + " where a value is expected (literals are true, false and null).", path);
        }

        position += literal.Length;
        return create(start, literal.Length);
    }

    private void SkipDigits()
    {
        while (position < text.Length && IsDigit(text[position]))
        {
            position++;
        }
    }

    private void SkipTrivia(string path)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                position++;
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }
            }
            else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
            {
                var end = text.IndexOf("*/", position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("A /* comment is not closed.", path);
                }

                position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private void CheckDepth(int depth, string path)
    {
        if (depth > MaxDepth)
        {
            throw Error("The document nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels.", path);
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '.' || c == '+' || c == '-';

    private static string MemberPath(string path, string name) => path + "." + name;

    private static string Describe(char c) =>
        c < ' ' || c > '~' ? "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";

    private SyntaxException Error(string message, string path) => new(new JsonSyntaxError(message, position, path));

    private sealed class SyntaxException : System.Exception
    {
        public SyntaxException(JsonSyntaxError error)
            : base(error.Message) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}
