using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>A facts document over a bound of <see cref="FidelityJsonLimits"/>: a <see cref="JsonException"/> whose code is <see cref="JsonReadErrorCodes.Limit"/>.</summary>
internal sealed class JsonLimitException(string message, string path) : JsonException(message, path, null, null);

/// <summary>
/// Checks a facts document against <see cref="FidelityJsonLimits"/> in one pass of the tokenizer, before anything is
/// built from it, and stops at the first bound crossed (so a huge or hostile document costs at most its first bytes).
/// </summary>
/// <remarks>
/// It knows the document's shape only as far as the bounds need: <c>$.items</c>, an item's <c>specialists</c>, any
/// <c>facts</c> object and any other array (element ids). Syntax errors are left to the reader that follows, which
/// reports them with their own paths.
/// </remarks>
internal static class FactsLimitScan
{
    private enum Role : byte
    {
        Other,
        Items,
        Specialists,
        FactMap,
        Elements,
    }

    /// <summary>Throws <see cref="JsonLimitException"/> when <paramref name="byteCount"/> is over the size bound.</summary>
    public static void CheckSize(long byteCount, FidelityJsonLimits limits)
    {
        if (byteCount > limits.MaxDocumentBytes)
        {
            throw new JsonLimitException(
                "The document is " + Int(byteCount) + " bytes, more than the limit of " + Int(limits.MaxDocumentBytes) + " bytes.", "$");
        }
    }

    /// <summary>Throws <see cref="JsonLimitException"/> for a stream that went on past the size bound (its length is not known: the rest was not read).</summary>
    public static void ThrowTooLarge(FidelityJsonLimits limits) =>
        throw new JsonLimitException(
            "The document is more than the limit of " + Int(limits.MaxDocumentBytes) + " bytes; the rest was not read.", "$");

    /// <summary>Throws <see cref="JsonLimitException"/> at the first bound <paramref name="utf8"/> crosses; returns quietly otherwise (also on a syntax error).</summary>
    public static void Check(ReadOnlySpan<byte> utf8, FidelityJsonLimits limits)
    {
        CheckSize(utf8.Length, limits);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = limits.MaxDepth + 1, // the reader's own depth error is a syntax error; ours comes first, with a path
        });
        Span<Frame> stack = new Frame[Math.Min(limits.MaxDepth, 64) + 1]; // only on the ordinary (slow) path
        var depth = 0;
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (depth > 0)
                        {
                            ref var owner = ref stack[depth - 1];
                            owner.Count++;
                            owner.Name = property;
                            if (owner.Role == Role.FactMap && owner.Count > limits.MaxFactsPerMap)
                            {
                                Throw("A fact map has more than " + Int(limits.MaxFactsPerMap) + " facts, the limit for one fact map.", stack[..depth]);
                            }
                        }

                        continue;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        CountElement(stack, depth, limits);
                        if (depth >= limits.MaxDepth || depth >= stack.Length)
                        {
                            Throw("The document is nested more than " + Int(limits.MaxDepth) + " levels deep, the limit.", stack[..depth]);
                        }

                        var role = RoleOf(reader.TokenType == JsonTokenType.StartArray, depth, property, stack);
                        stack[depth++] = new Frame(reader.TokenType == JsonTokenType.StartArray, role, property);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        depth--;
                        break;
                    default:
                        CountElement(stack, depth, limits);
                        break;
                }

                property = null;
            }
        }
        catch (Exception exception) when (exception is (JsonException and not JsonLimitException) or InvalidOperationException)
        {
            // Malformed JSON or bytes that are not UTF-8: the reader that follows reports it, with its own path.
        }
    }

    private static Role RoleOf(bool array, int depth, string? property, ReadOnlySpan<Frame> stack)
    {
        if (!array)
        {
            return property == "facts" ? Role.FactMap : Role.Other;
        }

        if (depth == 1 && property == "items")
        {
            return Role.Items;
        }

        if (property == "specialists")
        {
            return Role.Specialists;
        }

        return depth > 0 && (stack[depth - 1].Role == Role.FactMap || property == "value") ? Role.Elements : Role.Other;
    }

    private static void CountElement(Span<Frame> stack, int depth, FidelityJsonLimits limits)
    {
        if (depth == 0 || !stack[depth - 1].IsArray)
        {
            return;
        }

        ref var array = ref stack[depth - 1];
        array.Count++;
        var (max, what, setting) = array.Role switch
        {
            Role.Items => (limits.MaxItems, " items", "one document"),
            Role.Specialists => (limits.MaxSpecialistsPerItem, " specialists", "one item"),
            Role.Elements => (limits.MaxElementsPerFact, " elements", "one fact"),
            _ => (int.MaxValue, string.Empty, string.Empty),
        };
        if (array.Count > max)
        {
            // Words a caller of a web service reads: the limit and what it bounds, never the .NET setting's name.
            Throw("More than " + Int(max) + what + ", the limit for " + setting + "; the rest of the document was not read.", stack[..depth]);
        }
    }

    private static void Throw(string message, ReadOnlySpan<Frame> frames)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < frames.Length; i++)
        {
            var frame = frames[i];
            if (i > 0 && frames[i - 1].IsArray)
            {
                path.Append('[').Append(Int(frames[i - 1].Count - 1)).Append(']');
            }

            if (frame.Key is { } key && (i == 0 || !frames[i - 1].IsArray))
            {
                path.Append('.').Append(key);
            }
        }

        var last = frames[^1];
        if (last.IsArray)
        {
            path.Append('[').Append(Int(last.Count - 1)).Append(']');
        }
        else if (last.Name is { } name)
        {
            path.Append('.').Append(name);
        }

        throw new JsonLimitException(message, path.ToString());
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An open array or object: its role, the property it is the value of, how many entries so far, and (objects) the last property name.</summary>
    private struct Frame(bool isArray, Role role, string? key)
    {
        public readonly bool IsArray = isArray;
        public readonly Role Role = role;
        public readonly string? Key = key;
        public int Count;
        public string? Name;
    }
}
