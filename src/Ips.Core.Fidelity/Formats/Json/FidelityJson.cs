using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Reads and writes review facts and fidelity reports as JSON (System.Text.Json, source-generated, AOT-safe).</summary>
/// <remarks>
/// <para>
/// <b>Facts</b> are meant to be written by hand:
/// <c>{"schemaVersion": 1, "programme": "Team Nord", "reviewDate": "2026-10-01", "reviewPeriod": {"start": "2026-04-01", "end": "2026-09-30"},
/// "items": [{"item": 1, "facts": {"activeParticipants": 36, "fullTimeEquivalents": 2}},
/// {"item": 17, "specialists": [{"label": "ES-A", "facts": {"inPersonEmployerContactsPerWeek": 4.2, "contactLogReview": "weekly", "jobSeekers": 8}}]}]}</c>.
/// A fact value is a number, <c>true</c>/<c>false</c>, a level id (string) or an array of element ids; whole-number
/// literals are counts. A fact derived from records is written <c>{"value": 17, "origin": "derived"}</c>. Fact ids, element and level ids and item numbers are not checked here: the engine (or
/// <see cref="ReviewFactsValidator"/>) reports them against the scale definition.
/// </para>
/// <para>
/// <b>Reports</b> carry the stamps (scale id, edition, revision, engine version, language), the totals and level, and
/// per item the status, score, path, measured value, facts, specialists, modifiers, missing facts and errors, plus the
/// texts in the language it is written in (item name, matched anchor, next anchor, explanation) so that tools without the
/// definition can show them. Reading re-attaches the definition by item number (texts are recomputed, not read), so a
/// report reads back only with the definition it was scored with (same scale id, edition and revision).
/// </para>
/// <para>
/// <b>Equality.</b> A round trip is exact in this sense: for any report <c>r</c>,
/// <c>WriteReport(ReadReport(WriteReport(r), r.Scale)) == WriteReport(r)</c>, and the same for facts.
/// The JSON is the canonical form (the records hold immutable arrays, which compare by reference).
/// </para>
/// <para>
/// <b>Errors.</b> Every problem with the JSON — malformed or truncated text, a wrong type at any depth, a missing
/// required property, an unknown property or enum name, a missing or unsupported <c>schemaVersion</c>, an impossible
/// period — is a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> says where (e.g.
/// <c>$.items[2].specialists[0].facts</c>), never another exception type.
/// </para>
/// <para>Dates are ISO-8601 (<c>yyyy-MM-dd</c>). Output is indented with two spaces and <c>\n</c> line ends, UTF-8 text unescaped. Thread-safe.</para>
/// </remarks>
public static partial class FidelityJson
{
    /// <summary>The <c>schemaVersion</c> this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly FidelityJsonContext Context = new(new JsonSerializerOptions(FidelityJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly FidelityJsonResolver Ips25Resolver = new(null, FidelityJsonLimits.Default);

    /// <summary>
    /// The contract for <see cref="ReviewFacts"/> and <see cref="FidelityReport"/> in an application's own
    /// <see cref="JsonSerializerOptions"/> (the embedded IPS-25 definition, <see cref="FidelityJsonLimits.Default"/>):
    /// with it, <c>JsonSerializer</c>, ASP.NET Core and any other System.Text.Json user read and write the documented
    /// facts and report documents. Other types are left to the rest of the resolver chain.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Put it first in the resolver chain, before the one for the application's own types (in ASP.NET Core,
    /// <c>services.AddIpsFidelityJson()</c> of the Ips.Core.Fidelity.AspNetCore package does that). A facts value reads
    /// as <see cref="ReadFacts(ReadOnlySpan{byte}, ScaleDefinition, FidelityJsonLimits)"/> reads it, bounds included; a
    /// report writes in its scale's default language (use <see cref="WriteReport(FidelityReport, Localization.ReportLanguage)"/> for another) and
    /// reads back against the resolver's scale. Errors are <see cref="JsonException"/>s whose path is inside the facts
    /// or report document (<c>$.items[2].facts</c>), also when the document is a property of a larger one.
    /// </para>
    /// <para>The application's naming policy, number handling and converters do not change these documents. Thread-safe.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    /// {
    ///     TypeInfoResolver = JsonTypeInfoResolver.Combine(FidelityJson.Resolver, new DefaultJsonTypeInfoResolver()),
    /// };
    /// string json = JsonSerializer.Serialize(facts, options);                 // {"schemaVersion": 1, "programme": …, "reviewDate": "2026-10-01", …}
    /// ReviewFacts back = JsonSerializer.Deserialize&lt;ReviewFacts&gt;(json, options)!;
    /// </code>
    /// </example>
    public static IJsonTypeInfoResolver Resolver => Ips25Resolver;

    /// <summary>The contract of <see cref="Resolver"/> for another scale definition or other bounds.</summary>
    /// <param name="scale">The definition reports are read against and whose ids facts reuse.</param>
    /// <param name="limits">Bounds on each facts value read (null for <see cref="FidelityJsonLimits.Default"/>).</param>
    /// <returns>The resolver (thread-safe; keep one per scale).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    public static IJsonTypeInfoResolver CreateResolver(ScaleDefinition scale, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return new FidelityJsonResolver(scale, Checked(limits));
    }

    /// <summary>Writes review facts into <paramref name="writer"/>, in its formatting.</summary>
    internal static void WriteFactsTo(Utf8JsonWriter writer, ReviewFacts facts) =>
        JsonSerializer.Serialize(writer, FidelityJsonMapping.ToDocument(facts), Context.FactsDocument);

    /// <summary>Writes a report into <paramref name="writer"/>, in its formatting.</summary>
    internal static void WriteReportTo(Utf8JsonWriter writer, FidelityReport report, ReportLanguage language)
    {
        language = language.Or(report.Scale.DefaultLanguage);
        JsonSerializer.Serialize(writer, FidelityJsonMapping.ToDocument(report, language), Context.ReportDocument);
    }

    /// <summary>Writes review facts as JSON.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <example>
    /// <code>
    /// string json = FidelityJson.WriteFacts(facts);   // {"schemaVersion": 1, "programme": …, "items": [...]}
    /// </code>
    /// </example>
    public static string WriteFacts(ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return JsonSerializer.Serialize(FidelityJsonMapping.ToDocument(facts), Context.FactsDocument);
    }

    /// <summary>Reads review facts from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The facts, not yet checked against a scale (the engine does that).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is not a facts document of schema version 1; <see cref="JsonException.Path"/> says where.</exception>
    /// <remarks>Ids the embedded IPS-25 definition declares are returned as its own strings (see <see cref="ReadFacts(string, ScaleDefinition, FidelityJsonLimits)"/>).</remarks>
    /// <example>
    /// <code>
    /// ReviewFacts facts = FidelityJson.ReadFacts(File.ReadAllText("examples/reviews/fair.json"));
    /// // A bad file: catch (JsonException e) { /* e.Path, e.g. "$.items[2].facts" */ }
    /// </code>
    /// </example>
    public static ReviewFacts ReadFacts(string json) => ReadFacts(json, ScaleDefinition.Ips25);

    /// <summary>Reads review facts from JSON, taking fact, level and element ids from <paramref name="scale"/>'s own strings.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">
    /// The definition whose ids to reuse: an id it declares is returned as the definition's string rather than a new
    /// copy. Nothing is checked against it (the engine does that), so the facts are the same whatever scale is given.
    /// </param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>).</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="JsonException">
    /// The JSON is not a facts document of schema version 1, or is over a bound of <paramref name="limits"/>;
    /// <see cref="JsonException.Path"/> says where (<see cref="TryReadFacts(string, ScaleDefinition?, FidelityJsonLimits?)"/> gives the error's code).
    /// </exception>
    /// <remarks>
    /// A well-formed document is read in one pass straight into the facts; any other (or an unusual one) is read the
    /// ordinary way, with the same facts, errors and paths as ever. A document over the size bound is refused before it
    /// is read at all.
    /// </remarks>
    public static ReviewFacts ReadFacts(string json, ScaleDefinition scale, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        limits = Checked(limits);

        // A UTF-16 char is at least one UTF-8 byte: a text longer than the bound is refused without encoding it.
        var bytes = json.Length > limits.MaxDocumentBytes ? json.Length : Encoding.UTF8.GetByteCount(json);
        FactsLimitScan.CheckSize(bytes, limits);
        var names = FactNameTable.Of(scale);
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes);
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return Read(rented.AsSpan(0, length), names, limits);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads review facts from UTF-8 JSON, taking fact, level and element ids from <paramref name="scale"/>'s own strings.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 bytes.</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it).</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>).</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="JsonException">The JSON is not a facts document of schema version 1 (or not UTF-8), or is over a bound; <see cref="JsonException.Path"/> says where.</exception>
    public static ReviewFacts ReadFacts(ReadOnlySpan<byte> utf8Json, ScaleDefinition scale, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        limits = Checked(limits);
        FactsLimitScan.CheckSize(utf8Json.Length, limits);
        return Read(utf8Json, FactNameTable.Of(scale), limits);
    }

    private static FidelityJsonLimits Checked(FidelityJsonLimits? limits)
    {
        limits ??= FidelityJsonLimits.Default;
        limits.Check();
        return limits;
    }

    /// <summary>The largest document the fast tiers read (256 KiB); larger ones are scanned for the bounds first.</summary>
    private const int FastTierBytes = 256 * 1024;

    /// <summary>The fast tiers for a document within the size bound, then the bounding scan and the ordinary reader.</summary>
    private static ReviewFacts Read(ReadOnlySpan<byte> utf8, FactNameTable names, FidelityJsonLimits limits)
    {
        // The fast tiers take only documents of a real review's size (a full IPS-25 review is ~5 KB), so what they build
        // is small; it is then held to the other bounds. Anything larger, or over a bound, goes to the scan, which stops
        // at the first bound crossed and names its path, before the ordinary reader builds anything.
        if (utf8.Length <= FastTierBytes && FactsJsonReader.TryRead(utf8, names, out var facts) && Within(facts!, limits))
        {
            return facts!;
        }

        FactsLimitScan.Check(utf8, limits);
        return ReadFactsDocument(utf8.ToArray());
    }

    private static bool Within(ReviewFacts facts, FidelityJsonLimits limits)
    {
        var items = facts.Items;
        if (items.Length > limits.MaxItems)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!Within(item.Programme, limits) || item.Specialists.Length > limits.MaxSpecialistsPerItem)
            {
                return false;
            }

            foreach (var specialist in item.Specialists)
            {
                if (!Within(specialist.Facts, limits))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Within(System.Collections.Immutable.ImmutableArray<FactEntry> facts, FidelityJsonLimits limits)
    {
        if (facts.Length > limits.MaxFactsPerMap)
        {
            return false;
        }

        foreach (var fact in facts)
        {
            if (fact.Value.Kind == FactKind.Elements && !fact.Value.Elements.IsDefault && fact.Value.Elements.Length > limits.MaxElementsPerFact)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads review facts from JSON without throwing for bad input: the facts, or a coded error with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it); null for the embedded IPS-25.</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>); a document over one gives <see cref="JsonReadErrorCodes.Limit"/>.</param>
    /// <returns>The result: <see cref="JsonReadResult{T}.Value"/> on success, else <see cref="JsonReadResult{T}.Error"/> (<see cref="JsonReadErrorCodes"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <example>
    /// <code>
    /// var read = FidelityJson.TryReadFacts(text);
    /// if (!read.Success) { Console.Error.WriteLine(read.Error); }   // Json.Document at $.items[0].item: …
    /// </code>
    /// </example>
    public static JsonReadResult<ReviewFacts> TryReadFacts(string json, ScaleDefinition? scale = null, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonReadResult<ReviewFacts>.Of(ReadFacts(json, scale ?? ScaleDefinition.Ips25, limits));
        }
        catch (JsonException exception)
        {
            return JsonReadResult<ReviewFacts>.Failed(ReadError(json, exception));
        }
    }

    /// <summary>Reads a report from JSON without throwing for bad input: the report, or a coded error with its JSON path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">The definition the report was scored with.</param>
    /// <returns>The result: the report, or the error (<see cref="JsonReadErrorCodes"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static JsonReadResult<FidelityReport> TryReadReport(string json, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        try
        {
            return JsonReadResult<FidelityReport>.Of(ReadReport(json, scale));
        }
        catch (JsonException exception)
        {
            return JsonReadResult<FidelityReport>.Failed(ReadError(json, exception));
        }
    }

    /// <summary>Classifies a read failure: not JSON at all (syntax), or JSON that is not the expected document.</summary>
    private static JsonReadError ReadError(string json, JsonException exception) =>
        exception is JsonLimitException ? ReadError(ReadOnlySpan<byte>.Empty, exception) : ReadError(Encoding.UTF8.GetBytes(json), exception);

    /// <summary>Classifies a read failure of UTF-8 JSON (a bound crossed, a syntax error, or a document error).</summary>
    private static JsonReadError ReadError(ReadOnlySpan<byte> utf8, JsonException exception)
    {
        var code = exception is JsonLimitException ? JsonReadErrorCodes.Limit
            : IsWellFormed(utf8) ? JsonReadErrorCodes.Document : JsonReadErrorCodes.Syntax;
        return new JsonReadError(code, exception.Path ?? "$", SerializerMessages.Scrub(exception.Message));
    }

    private static bool IsWellFormed(ReadOnlySpan<byte> utf8)
    {
        // Only on the failure path: one pass of the tokenizer over the whole text.
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The ordinary reader: the schema-version scan, then the serializer and the mapping (every error and path).</summary>
    internal static ReviewFacts ReadFactsDocument(byte[] utf8) =>
        Guard(() =>
        {
            CheckSchemaVersion(utf8, "facts");
            var document = JsonSerializer.Deserialize(utf8, Context.FactsDocument)
                ?? throw new JsonException("The facts document is null; expected an object with schemaVersion, programme, reviewDate and items.", "$", null, null);
            return FidelityJsonMapping.FromDocument(document);
        });

    /// <summary>Writes a report as JSON, with its texts (names, anchors, reasons, explanations) in <paramref name="language"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language of the texts, one the report's scale declares; <c>default</c> for the scale's default language. The document records it as <c>language</c>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/>.</exception>
    /// <example>
    /// <code>
    /// string json = FidelityJson.WriteReport(Ips25Scale.Engine.Score(facts));
    /// FidelityReport back = FidelityJson.ReadReport(json, Ips25Scale.Definition);
    /// </code>
    /// </example>
    public static string WriteReport(FidelityReport report, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        language = language.Or(report.Scale.DefaultLanguage);
        report.Scale.RequireLanguage(language, nameof(language));
        return JsonSerializer.Serialize(FidelityJsonMapping.ToDocument(report, language), Context.ReportDocument);
    }

    /// <summary>Reads a report from JSON and re-attaches <paramref name="scale"/> by item number.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">The definition the report was scored with (its scale id, edition and revision must match the report's stamps).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is not a report of schema version 1 for <paramref name="scale"/>; <see cref="JsonException.Path"/> says where.</exception>
    /// <example>
    /// <code>
    /// FidelityReport report = FidelityJson.ReadReport(File.ReadAllText("report.json"), Ips25Scale.Definition);
    /// </code>
    /// </example>
    public static FidelityReport ReadReport(string json, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        return ReadReportDocument(Encoding.UTF8.GetBytes(json), scale);
    }

    /// <summary>The report reader: the schema-version scan, then the serializer and the mapping (every error and path).</summary>
    internal static FidelityReport ReadReportDocument(byte[] utf8, ScaleDefinition scale)
    {
        return Guard(() =>
        {
            CheckSchemaVersion(utf8, "report");
            var document = JsonSerializer.Deserialize(utf8, Context.ReportDocument)
                ?? throw new JsonException("The report document is null.", "$", null, null);
            return FidelityJsonMapping.FromDocument(document, scale);
        });
    }

    /// <summary>Turns any other exception a reader could raise into a <see cref="JsonException"/> (the promise of this API).</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonException exception) when (SerializerMessages.HasTypeName(exception.Message))
        {
            throw SerializerMessages.Safe(exception);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException or NotSupportedException or IndexOutOfRangeException)
        {
            throw new JsonException("The JSON could not be read: " + SerializerMessages.Scrub(exception.Message), "$", null, null, exception);
        }
    }

    /// <summary>
    /// Reads the whole document once before the serializer does: malformed JSON (truncated, a bad literal such as
    /// <c>NaN</c>, nesting deeper than 64) is reported with the exact path where it breaks, and the top-level
    /// <c>schemaVersion</c> is checked first, so a document of another version fails on its version rather than on some
    /// property this version does not know. A well-formed document that is not an object is left to the serializer.
    /// </summary>
    private static void CheckSchemaVersion(byte[] utf8, string kind)
    {
        var frames = new List<Frame>();
        var isObject = false;
        var found = false;
        int? version = null;
        string? given = null;
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1].Property = reader.GetString();
                    continue;
                }

                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (frames.Count == 0)
                {
                    isObject = token == JsonTokenType.StartObject;
                }
                else if (frames[^1].IsArray)
                {
                    frames[^1].Index++;
                }
                else if (frames.Count == 1 && !found && string.Equals(frames[0].Property, "schemaVersion", StringComparison.Ordinal))
                {
                    found = true;
                    if (token == JsonTokenType.Number && reader.TryGetInt32(out var number))
                    {
                        version = number;
                    }
                    else
                    {
                        given = token == JsonTokenType.String ? "\"" + reader.GetString() + "\"" : FidelityJsonReading.Describe(token);
                    }
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame { IsArray = token == JsonTokenType.StartArray });
                }
            }
        }
        catch (JsonException exception)
        {
            var path = Frame.Path(frames);
            // The serializer's own layout: "… Path: $.x | LineNumber: 0 | BytePositionInLine: 12."
            var message = exception.Message.Contains("LineNumber:", StringComparison.Ordinal)
                ? exception.Message.Replace("LineNumber:", "Path: " + path + " | LineNumber:", StringComparison.Ordinal)
                : exception.Message + " Path: " + path + ".";
            throw new JsonException(message, path, exception.LineNumber, exception.BytePositionInLine, exception);
        }

        if (!isObject)
        {
            return;
        }

        var expected = "; this library reads " + kind + " documents with \"schemaVersion\": " + FidelityJsonReading.Int(SchemaVersion) + ".";
        if (!found)
        {
            throw new JsonException("The " + kind + " document has no schemaVersion" + expected, "$", null, null);
        }

        if (version != SchemaVersion)
        {
            var value = version is { } v ? FidelityJsonReading.Int(v) : given;
            throw new JsonException("Unsupported schemaVersion " + value + expected, "$.schemaVersion", null, null);
        }
    }

    /// <summary>One open object or array while scanning, for the path of a syntax error.</summary>
    private sealed class Frame
    {
        public bool IsArray { get; init; }

        public int Index { get; set; } = -1;

        public string? Property { get; set; }

        public static string Path(List<Frame> frames)
        {
            var path = new StringBuilder("$");
            foreach (var frame in frames)
            {
                if (frame.IsArray)
                {
                    if (frame.Index >= 0)
                    {
                        path.Append('[').Append(FidelityJsonReading.Int(frame.Index)).Append(']');
                    }
                }
                else if (frame.Property is { } property)
                {
                    path.Append('.').Append(property);
                }
            }

            return path.ToString();
        }
    }
}
