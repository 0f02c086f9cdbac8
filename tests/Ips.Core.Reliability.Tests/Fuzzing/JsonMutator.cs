using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ips.Core.Reliability.Tests.Fuzzing;

/// <summary>
/// Seeded, deterministic mutations of a JSON document: structural ones located by a tokenizer pass (drop, duplicate,
/// retype, rename a property or element; huge numbers; deep nesting) and textual ones (truncation, random characters,
/// inserted fragments, duplicated spans). Works on UTF-8 bytes so token offsets apply directly (and fast).
/// </summary>
internal static class JsonMutator
{
    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "99999999999999999999999999999", "-0", "1e-400", "0.0000000000000000000000001", "9223372036854775808",
        "-9223372036854775809", "2147483648", "4.9e-324", "1.7976931348623157e308", "123456789012345678901234567890.5", "1E+2", "0e0",
    ];

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"a\":1}", "\"NaN\"", "\"Infinity\"",
        "\"2026-02-30\"", "\"2026-13-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"26-10-01\"", "\"2026-10-01T00:00:00Z\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"İı\"", "\"ES-1\"", "[\"a\",\"a\"]", "{\"value\": 1, \"origin\": \"derived\"}", "{\"value\": 1, \"origin\": \"guessed\"}",
        "{\"value\": null}", "{\"origin\": \"derived\"}", "{\"start\": \"2026-10-01\", \"end\": \"2026-01-01\"}", "{\"start\": \"2026-01-01\"}",
        "[1, 2, 3]", "{\"item\": 1}", "12345678901234567890",
    ];

    private readonly record struct Token(JsonTokenType Type, int Start, int End, int NameStart);

    /// <summary>Applies one to three mutations chosen by <paramref name="random"/>.</summary>
    public static string Mutate(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            bytes = MutateOnce(bytes, random);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static byte[] MutateOnce(byte[] json, Random random)
    {
        var tokens = Tokenize(json);
        var roll = random.Next(tokens is null ? 4 : 14);
        return roll switch
        {
            0 => json[..random.Next(json.Length + 1)],
            1 => FlipBytes(json, random),
            2 => Insert(json, random.Next(json.Length + 1), Pick(random)),
            3 => DuplicateSpan(json, random),
            4 or 5 => Drop(json, tokens!, random),
            6 or 7 or 13 => ReplaceValue(json, tokens!, random, _ => true, Replacements[random.Next(Replacements.Length)]),
            8 => ReplaceValue(json, tokens!, random, t => t.Type is JsonTokenType.Number or JsonTokenType.String, HugeNumbers[random.Next(HugeNumbers.Length)]),
            9 => DuplicateProperty(json, tokens!, random),
            10 => ReplaceValue(json, tokens!, random, t => t.Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray), Nested(random)),
            11 => CopyElement(json, tokens!, random),
            _ => Rename(json, tokens!, random),
        };
    }

    /// <summary>
    /// Replaces one scalar with another of the same JSON type (a number by a nearby number, a string by a nearby
    /// string, a boolean by its opposite): documents that mostly still read, so reading is tested on both outcomes.
    /// </summary>
    public static string MutateSameType(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var tokens = Tokenize(bytes);
        if (tokens is null)
        {
            return json;
        }

        for (var attempt = 0; attempt < 16; attempt++)
        {
            var token = tokens[random.Next(tokens.Count)];
            var text = Encoding.UTF8.GetString(bytes, token.Start, token.End - token.Start);
            string? replacement = token.Type switch
            {
                JsonTokenType.Number => (double.Parse(text, CultureInfo.InvariantCulture) + random.Next(-3, 4)).ToString(CultureInfo.InvariantCulture),
                JsonTokenType.True => "false",
                JsonTokenType.False => "true",
                JsonTokenType.String => random.Next(3) switch
                {
                    0 => text[..^1] + "x\"",
                    1 => text.ToUpperInvariant(),
                    _ => text,
                },
                _ => null,
            };
            if (replacement is not null)
            {
                return Encoding.UTF8.GetString(Splice(bytes, token.Start, token.End, Encoding.UTF8.GetBytes(replacement)));
            }
        }

        return json;
    }

    /// <summary>
    /// Applies one structural mutation (a value replaced, a huge number, a property renamed, dropped or given twice) and
    /// returns the JSON path of the value it changed (for a rename, the object holding it), as System.Text.Json writes
    /// paths (<c>$.items[2].facts.x</c>); null when the document has no value to mutate.
    /// </summary>
    public static string? MutateLocated(string json, Random random, out string mutated)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        mutated = json;
        var tokens = Tokenize(bytes);
        if (tokens is null)
        {
            return null;
        }

        var paths = Paths(bytes);
        var index = random.Next(1, tokens.Count);
        var token = tokens[index];
        var roll = random.Next(5);
        if (roll >= 2 && token.NameStart < 0)
        {
            roll = random.Next(2);
        }

        byte[] result = roll switch
        {
            0 => Splice(bytes, token.Start, token.End, Encoding.UTF8.GetBytes(Replacements[random.Next(Replacements.Length)])),
            1 => Splice(bytes, token.Start, token.End, Encoding.UTF8.GetBytes(HugeNumbers[random.Next(HugeNumbers.Length)])),
            2 => Splice(bytes, token.NameStart, token.Start, Encoding.UTF8.GetBytes("\"" + Encoding.UTF8.GetString(bytes, token.NameStart + 1, token.Start - token.NameStart).Split('"')[0] + "x\": ")),
            3 => Drop(bytes, token),
            _ => Insert(bytes, token.NameStart, Encoding.UTF8.GetString(bytes, token.NameStart, token.Start - token.NameStart) + Replacements[random.Next(Replacements.Length)] + ", "),
        };
        mutated = Encoding.UTF8.GetString(result);

        // A renamed property changes its object (the new name is not one of its members), so the object is what was mutated.
        return roll == 2 ? paths[index][..paths[index].LastIndexOf('.')] : paths[index];
    }

    /// <summary>The JSON path of every token <see cref="Tokenize"/> lists, in the same order.</summary>
    private static List<string> Paths(byte[] json)
    {
        var paths = new List<string>();
        var stack = new Stack<(bool Array, int Index, string Path)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4096 });
        string? name = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                name = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                stack.Pop();
                continue;
            }

            string path;
            if (stack.Count == 0)
            {
                path = "$";
            }
            else
            {
                var (array, i, parent) = stack.Pop();
                path = array ? parent + "[" + i.ToString(CultureInfo.InvariantCulture) + "]" : parent + "." + name;
                stack.Push((array, i + 1, parent));
            }

            paths.Add(path);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                stack.Push((reader.TokenType == JsonTokenType.StartArray, 0, path));
            }

            name = null;
        }

        return paths;
    }

    /// <summary>Every value token with its byte span (containers to their end) and, inside objects, its property name's start; null if the text is not JSON.</summary>
    private static List<Token>? Tokenize(byte[] json)
    {
        var tokens = new List<Token>();
        var open = new Stack<int>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4096 });
        var nameStart = -1;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameStart = start;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(tokens.Count);
                        tokens.Add(new Token(reader.TokenType, start, -1, nameStart));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var index = open.Pop();
                        tokens[index] = tokens[index] with { End = (int)reader.BytesConsumed };
                        break;
                    default:
                        tokens.Add(new Token(reader.TokenType, start, (int)reader.BytesConsumed, nameStart));
                        break;
                }

                nameStart = -1;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return tokens.Count > 1 ? tokens : null;
    }

    private static byte[] Splice(byte[] json, int start, int end, ReadOnlySpan<byte> insert)
    {
        var result = new byte[json.Length - (end - start) + insert.Length];
        json.AsSpan(0, start).CopyTo(result);
        insert.CopyTo(result.AsSpan(start));
        json.AsSpan(end).CopyTo(result.AsSpan(start + insert.Length));
        return result;
    }

    private static byte[] Insert(byte[] json, int at, string text) => Splice(json, at, at, Encoding.UTF8.GetBytes(text));

    private static string Pick(Random random) => random.Next(3) switch
    {
        0 => Replacements[random.Next(Replacements.Length)],
        1 => HugeNumbers[random.Next(HugeNumbers.Length)],
        _ => "\uFEFF/* c */,\u0000",
    };

    private static byte[] FlipBytes(byte[] json, Random random)
    {
        var copy = (byte[])json.Clone();
        var n = random.Next(1, 6);
        for (var i = 0; i < n && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] = random.Next(4) switch
            {
                0 => (byte)random.Next(0, 32),
                1 => (byte)random.Next(0x80, 0x100), // broken UTF-8
                2 => (byte)"{}[]\":,\\-.eE0"[random.Next(13)],
                _ => (byte)random.Next(32, 0x7F),
            };
        }

        return copy;
    }

    private static byte[] DuplicateSpan(byte[] json, Random random)
    {
        var start = random.Next(json.Length);
        var length = random.Next(Math.Min(200, json.Length - start) + 1);
        return Splice(json, start + length, start + length, json.AsSpan(start, length));
    }

    /// <summary>The start of a token's text including its property name, if it has one.</summary>
    private static int Begin(Token token) => token.NameStart >= 0 ? token.NameStart : token.Start;

    /// <summary>Removes a property or an element (with the comma after it, when there is one).</summary>
    private static byte[] Drop(byte[] json, List<Token> tokens, Random random) => Drop(json, tokens[random.Next(1, tokens.Count)]);

    private static byte[] Drop(byte[] json, Token token)
    {
        var end = token.End;
        while (end < json.Length && json[end] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            end++;
        }

        if (end < json.Length && json[end] == (byte)',')
        {
            end++;
        }

        return Splice(json, Begin(token), end, []);
    }

    private static byte[] ReplaceValue(byte[] json, List<Token> tokens, Random random, Func<Token, bool> where, string replacement)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var token = tokens[random.Next(tokens.Count)];
            if (where(token))
            {
                return Splice(json, token.Start, token.End, Encoding.UTF8.GetBytes(replacement));
            }
        }

        return FlipBytes(json, random);
    }

    /// <summary>Duplicates a property: the same name again, with the same or another value.</summary>
    private static byte[] DuplicateProperty(byte[] json, List<Token> tokens, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var token = tokens[random.Next(tokens.Count)];
            if (token.NameStart >= 0)
            {
                var copy = json.AsSpan(token.NameStart, token.End - token.NameStart).ToArray();
                var text = random.Next(2) == 0
                    ? Encoding.UTF8.GetString(copy)
                    : Encoding.UTF8.GetString(json, token.NameStart, token.Start - token.NameStart) + Replacements[random.Next(Replacements.Length)];
                return Insert(json, token.NameStart, text + ", ");
            }
        }

        return DuplicateSpan(json, random);
    }

    /// <summary>Inserts a copy of an array element next to it.</summary>
    private static byte[] CopyElement(byte[] json, List<Token> tokens, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var token = tokens[random.Next(1, tokens.Count)];
            if (token.NameStart < 0)
            {
                return Insert(json, token.Start, Encoding.UTF8.GetString(json, token.Start, token.End - token.Start) + ", ");
            }
        }

        return DuplicateSpan(json, random);
    }

    /// <summary>Renames a property: upper case, a suffix, or empty.</summary>
    private static byte[] Rename(byte[] json, List<Token> tokens, Random random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var token = tokens[random.Next(tokens.Count)];
            if (token.NameStart >= 0)
            {
                var name = Encoding.UTF8.GetString(json, token.NameStart, token.Start - token.NameStart);
                var colon = name.LastIndexOf(':');
                var quoted = name[..colon].Trim();
                var bare = quoted.Length >= 2 ? quoted[1..^1] : quoted;
                var renamed = random.Next(3) switch
                {
                    0 => bare.ToUpperInvariant(),
                    1 => bare + "x",
                    _ => string.Empty,
                };
                return Splice(json, token.NameStart, token.Start, Encoding.UTF8.GetBytes("\"" + renamed + "\": "));
            }
        }

        return FlipBytes(json, random);
    }

    /// <summary>2–3000 levels of nested arrays and objects around a number.</summary>
    private static string Nested(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(2, 70) : random.Next(500, 3000);
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            text.Append(i % 2 == 0 ? "[" : "{\"a\":");
        }

        text.Append('1');
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append(i % 2 == 0 ? ']' : '}');
        }

        return text.ToString();
    }

    /// <summary>Shortens a document for a failure message.</summary>
    public static string Excerpt(string json) => json.Length <= 3000 ? json : json[..3000] + "… (" + json.Length.ToString(CultureInfo.InvariantCulture) + " chars)";
}
