using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>
/// Rewrites the serializer's own messages, which name the library's internal document classes
/// (<c>'Ips.Core.Fidelity.Formats.Json.FactsDocument' was missing required properties</c>), into messages that name
/// only JSON members and paths: a caller of a web service sees them, and must never see a .NET type.
/// </summary>
internal static partial class SerializerMessages
{
    /// <summary>What a value is expected to be, by the name of the property that holds it (or <c>$</c> for the document).</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["$"] = "a JSON object",
        ["programme"] = "a string (an opaque programme label)",
        ["label"] = "a string (an opaque specialist label)",
        ["item"] = "a whole number (the item number)",
        ["items"] = "an array",
        ["specialists"] = "an array of {\"label\": …, \"facts\": {…}} objects",
        ["sections"] = "an array",
        ["modifiers"] = "an array",
        ["missingFacts"] = "an array of fact ids (strings)",
        ["determinedWithout"] = "an array of fact ids (strings)",
        ["errors"] = "an array",
        ["inputErrors"] = "an array",
        ["policies"] = "an array",
        ["total"] = "an object",
        ["summary"] = "an object",
        ["level"] = "an object or null",
        ["combination"] = "an object {\"combine\": …, \"ties\": …}",
        ["possibleScores"] = "an object {\"min\": …, \"max\": …}",
        ["nextAnchor"] = "an object",
        ["explanation"] = "an object",
        ["measuredValue"] = "a number",
    };

    /// <summary>
    /// The exception itself when its message names no .NET type, else one with the same path and position and a
    /// message naming only JSON members (the serializer's exception is not kept as the inner one: it names the types).
    /// </summary>
    public static JsonException Rephrase(JsonException exception)
    {
        var message = exception.Message;
        if (!TypeName().IsMatch(message))
        {
            return exception;
        }

        var path = exception.Path ?? "$";
        return new JsonException(Rewrite(message, path), path, exception.LineNumber, exception.BytePositionInLine);
    }

    /// <summary>
    /// <see cref="Rephrase"/>, and a path and message that echo no property name but plain member names: a broken or
    /// hostile document can turn any text (an id or a name among it) into a property name, which the serializer puts
    /// in its path and message.
    /// </summary>
    public static JsonException Safe(JsonException exception)
    {
        var rephrased = Rephrase(exception);
        var path = rephrased.Path ?? "$";
        var safePath = PathSegment().Replace(path, m => IsMemberName(m.Groups["dotted"].Success ? m.Groups["dotted"].Value : m.Groups["quoted"].Value) ? m.Value : "['…']");
        var message = rephrased.Message.Replace(path, safePath, StringComparison.Ordinal);
        message = InvalidFragment().Replace(message, "The text");
        message = Unmapped().Replace(message, m => IsMemberName(m.Groups["name"].Value) ? m.Value : "A JSON property could not be mapped");
        message = NotAllowed().Replace(message, m => IsMemberName(m.Groups["name"].Value) ? m.Value : "A property that is not part of the document is not allowed here.");
        return string.Equals(path, safePath, StringComparison.Ordinal) && string.Equals(message, rephrased.Message, StringComparison.Ordinal)
            ? rephrased
            : new JsonException(message, safePath, rephrased.LineNumber, rephrased.BytePositionInLine);
    }

    /// <summary>A plain JSON member name (camelCase letters, as every document of this library uses): safe to echo.</summary>
    private static bool IsMemberName(string name) =>
        name.Length is > 0 and <= 40 && char.IsAsciiLetterLower(name[0]) && name.AsSpan().IndexOfAnyExcept(AsciiLetters) < 0;

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Whether <paramref name="text"/> contains what looks like a .NET type name.</summary>
    public static bool HasTypeName(string text) => TypeName().IsMatch(text);

    /// <summary><paramref name="text"/> with every .NET type name replaced by "the value".</summary>
    public static string Scrub(string text) => TypeName().Replace(text, "the value");

    private static string Rewrite(string message, string path)
    {
        var missing = Missing().Match(message);
        if (missing.Success)
        {
            return "The object at " + path + " is missing the required propert" + (missing.Groups["names"].Value.Contains(',', StringComparison.Ordinal) ? "ies " : "y ") + missing.Groups["names"].Value + ".";
        }

        var unknown = Unmapped().Match(message);
        if (unknown.Success)
        {
            return "The property '" + unknown.Groups["name"].Value + "' is not allowed here.";
        }

        if (message.Contains("null value", StringComparison.Ordinal))
        {
            return "The value at " + path + " may not be null.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            var name = LastName(path);
            return Expected.TryGetValue(name, out var expected)
                ? "The value at " + path + " must be " + expected + "."
                : "The value at " + path + " has the wrong JSON type for '" + name + "'.";
        }

        // Any other serializer message: the same words without the type names.
        return Scrub(message);
    }

    /// <summary>The last property name of a path (<c>$.items[0].item</c> → <c>item</c>), or <c>$</c>.</summary>
    private static string LastName(string path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == ']')
        {
            end = path.LastIndexOf('[', end - 1);
        }

        var start = path.LastIndexOf('.', Math.Max(0, end - 1));
        return start < 0 ? "$" : path[(start + 1)..end];
    }

    // A namespace-qualified name (Ips.Core.…, System.…, NodaTime.…, Microsoft.…), optionally quoted, with generic arguments.
    [GeneratedRegex(@"'?\b(?:Ips\.Core|System|NodaTime|Microsoft)\.[A-Za-z0-9_.`\[\]+,]*'?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex(@"missing required properties including: (?<names>'[^']*'(?:, '[^']*')*)", RegexOptions.CultureInvariant)]
    private static partial Regex Missing();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    // The reader quotes the text it could not read ("'…' is an invalid JSON literal"), which can run on for many lines.
    [GeneratedRegex(@"^'.*?'(?= is (?:an )?invalid)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex InvalidFragment();

    [GeneratedRegex(@"The property '(?<name>[^']*)' is not allowed here\.", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NotAllowed();

    // One property segment of a serializer path: .name, or ['name'] for a name with other characters (matched to the first "']").
    [GeneratedRegex(@"\.(?<dotted>[^.\[]+)|\['(?<quoted>.*?)'\]", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PathSegment();
}
