using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Formats.Schema;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>
/// String-in, string-out entry points for callers outside .NET generics: Python (pythonnet), web back ends, scripts
/// and review tools. Every method is static and non-generic, takes JSON text and plain strings, and returns JSON text
/// (or, for <see cref="RenderReport"/>, the rendered report).
/// </summary>
/// <remarks>
/// <para>
/// <b>Errors never throw</b> (except <see cref="ArgumentNullException"/> for a null argument). Bad input — JSON that is
/// malformed or not a facts document, facts that break the scale's rules, an unknown language or format — returns an
/// <b>error document</b> instead of the result:
/// <c>{"schemaVersion": 1, "error": {"kind": "json", "path": "$.items[0].facts", "message": "…"}}</c>.
/// <c>kind</c> is <c>json</c> (not valid JSON, or not a facts/report document of schema version 1; <c>path</c> says
/// where), <c>facts</c> (a valid document whose facts break the scale's rules; <c>errors</c> lists each one with its
/// stable <c>code</c>, <c>item</c>, <c>path</c>, <c>factId</c>, <c>specialist</c>, <c>value</c> and <c>message</c>)
/// or <c>argument</c> (an unknown language or format; <c>parameter</c> names it). Messages are invariant English.
/// A successful result never has a top-level <c>error</c> property; <see cref="IsError"/> tells the two apart.
/// </para>
/// <para>
/// <b>Any scale.</b> Every method takes an optional <c>scaleJson</c>: a scale definition document (as
/// <see cref="ScaleDefinition.Load(string)"/> reads it). Without it the embedded IPS-25 definition is used
/// (<c>"Ips25Scale.Engine</c>). A definition that does not load answers with an error document of kind
/// <c>scale</c> listing each problem's <c>code</c>, <c>path</c> and <c>message</c>. Loaded definitions are kept (a few at
/// a time, by their text), so passing the same text on every call costs one load.
/// </para>
/// <para>
/// Languages are codes the scale definition declares (<c>"nb"</c> and <c>"en"</c> in IPS-25), case-insensitive; a null
/// or empty language means the definition's first (default) language. Reports are written with
/// <see cref="FidelityJson.WriteReport"/>; dates are ISO-8601, numbers use a decimal point whatever the culture.
/// All methods are thread-safe.
/// </para>
/// </remarks>
/// <example>
/// From Python with pythonnet (see the package documentation for loading the assemblies):
/// <code>
/// from Ips.Core.Fidelity.Formats.Interop import FidelityInterop
/// report_json = FidelityInterop.ScoreReview(open("fair.json").read(), "en")
/// if FidelityInterop.IsError(report_json): raise ValueError(report_json)
/// </code>
/// From C#:
/// <code>
/// string reportJson = FidelityInterop.ScoreReview(File.ReadAllText("fair.json"), "en");
/// string text = FidelityInterop.RenderReport(reportJson, "en", "markdown");
/// string batch = FidelityInterop.ScoreBatch("[" + fair + "," + exemplary + "]", "nb");
/// string scale = FidelityInterop.DescribeScale("nb");
/// </code>
/// </example>
public static class FidelityInterop
{
    /// <summary>The <c>schemaVersion</c> of the documents these methods write (batch results, scale descriptions, errors).</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 65,
    };

    /// <summary>Scores one review from its facts JSON and returns the report as JSON.</summary>
    /// <param name="factsJson">A facts document (<see cref="FidelityJson.ReadFacts(string)"/> describes the shape).</param>
    /// <param name="language">The language of the report's texts, a code the scale declares (<c>"nb"</c> or <c>"en"</c> for IPS-25); null or empty for the scale's default.</param>
    /// <param name="scaleJson">A scale definition document; null for the embedded IPS-25 definition.</param>
    /// <returns>The report JSON (as <see cref="FidelityJson.WriteReport"/> writes it), or an error document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// string reportJson = FidelityInterop.ScoreReview(File.ReadAllText("examples/reviews/fair.json"), "en");
    /// // {"schemaVersion": 1, "scaleId": "ips-25", …, "total": {"ratedSum": 90, …}, "level": {"id": "fair", …}, "items": […]}
    /// </code>
    /// </example>
    public static string ScoreReview(string factsJson, string? language = null, string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(factsJson);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        if (!TryParseLanguage(scale, language, out var chosen))
        {
            return ErrorDocument(LanguageError(scale, language!));
        }

        var attempt = Score(scale, factsJson, "$");
        return attempt.Error is { } error ? ErrorDocument(error) : FidelityJson.WriteReport(attempt.Report!, chosen);
    }

    /// <summary>Scores many reviews at once and returns one compact result per review.</summary>
    /// <param name="batchJson">A JSON array of facts documents: <c>[{"schemaVersion": 1, "programme": …}, …]</c>.</param>
    /// <param name="language">The language of level names, a code the scale declares; null or empty for the scale's default.</param>
    /// <param name="scaleJson">A scale definition document; null for the embedded IPS-25 definition.</param>
    /// <returns>
    /// A batch result: <c>{"schemaVersion": 1, "scaleId", "edition", "revision", "engineVersion", "language", "count",
    /// "scored", "failed", "results": [...]}</c>, one result per entry in input order, each either
    /// <c>{"index", "programme", "reviewDate", "complete", "ratedItems", "itemCount", "total", "lowestPossible",
    /// "highestPossible", "level": {"id", "name"} | null, "sections": [...], "scores": {"1": 4, …, "25": null}, "notRated": [...], "invalid": [...]}</c>
    /// or <c>{"index", "error": {...}}</c> (paths start at the entry, e.g. <c>$[3].reviewDate</c>). One bad entry never
    /// fails the others. When the text is not a JSON array at all, the whole answer is an error document.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// var batch = "[" + File.ReadAllText("fair.json") + "," + File.ReadAllText("exemplary.json") + "]";
    /// string results = FidelityInterop.ScoreBatch(batch, "en");
    /// </code>
    /// </example>
    public static string ScoreBatch(string batchJson, string? language = null, string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(batchJson);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        if (!TryParseLanguage(scale, language, out var chosen))
        {
            return ErrorDocument(LanguageError(scale, language!));
        }

        var attempts = ScoreEntries(scale, batchJson, out var batchError);
        return batchError is not null ? ErrorDocument(batchError) : InteropWriter.Write(writer => WriteBatch(writer, scale.Engine.Scale, attempts!, chosen));
    }

    /// <summary>
    /// Scores many reviews at once and returns the analysis CSV of <see cref="ScoresCsv"/> (the same columns, values and
    /// quoting), one row per entry in input order (long layout: one row per entry and item), followed by four error
    /// columns: <c>error_kind</c>, <c>error_path</c>, <c>error_codes</c> (the fact errors' codes joined by <c>|</c>) and
    /// <c>error_message</c>.
    /// </summary>
    /// <param name="batchJson">A JSON array of facts documents, as <see cref="ScoreBatch"/> takes.</param>
    /// <param name="language">The language of <c>level_label</c>, a code the scale declares; null or empty for the scale's default.</param>
    /// <param name="layout"><c>"wide"</c> (null or empty too) or <c>"long"</c> (<see cref="ScoresCsvLayout"/>).</param>
    /// <param name="scaleJson">A scale definition document; null for the embedded IPS-25 definition.</param>
    /// <returns>
    /// The CSV text (header row first, <c>\n</c> after every row). An entry that could not be scored is one row with the
    /// scale stamps and its error columns, every score column empty: one bad entry never fails the others. When the text
    /// is not a JSON array, or an argument is unknown, the answer is an error document (JSON; <see cref="IsError"/> is true).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// string csv = FidelityInterop.ScoreBatchCsv("[" + fair + "," + exemplary + "]", "en");
    /// // scale_id,scale_edition,…,i01_caseload_size,…,level,level_label,error_kind,error_path,error_codes,error_message
    /// </code>
    /// </example>
    public static string ScoreBatchCsv(string batchJson, string? language = null, string? layout = null, string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(batchJson);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        if (!TryParseLanguage(scale, language, out var chosen))
        {
            return ErrorDocument(LanguageError(scale, language!));
        }

        ScoresCsvLayout csvLayout;
        switch ((layout ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "" or "WIDE":
                csvLayout = ScoresCsvLayout.Wide;
                break;
            case "LONG":
                csvLayout = ScoresCsvLayout.Long;
                break;
            default:
                return ErrorDocument(new InteropError("argument", null, "layout", "Unknown layout '" + (layout!.Length > 20 ? layout[..20] + "…" : layout) + "'; use \"wide\" or \"long\".", []));
        }

        var attempts = ScoreEntries(scale, batchJson, out var batchError);
        return batchError is not null ? ErrorDocument(batchError) : BatchCsv.Write(scale.Engine.Scale, attempts!, chosen, csvLayout);
    }

    /// <summary>Each entry of a batch scored on its own (null with <paramref name="error"/> when the batch as a whole is unreadable).</summary>
    private static List<Attempt>? ScoreEntries(InteropScale scale, string batchJson, out InteropError? error)
    {
        error = null;

        // A batch is bounded before it is parsed (each entry is then bounded by FidelityJsonLimits.Default).
        if (batchJson.Length > MaxBatchChars)
        {
            error = new InteropError("json", "$", null, "The batch is " + InteropWriter.Int(batchJson.Length) + " characters, more than the limit of " + InteropWriter.Int(MaxBatchChars) + "; split it.", []);
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(batchJson, DocumentOptions);
        }
        catch (JsonException exception)
        {
            // One bad entry (a bare NaN, a truncated object) must not fail the others: when the text is still an array
            // of balanced entries, each entry is read and scored on its own.
            if (BatchEntries(batchJson) is { } entries)
            {
                var scored = new List<Attempt>(entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    var (start, length) = entries[i];
                    scored.Add(Score(scale, batchJson.Substring(start, length), "$[" + InteropWriter.Int(i) + "]"));
                }

                return scored;
            }

            error = new InteropError("json", exception.Path ?? "$", null, "The batch is not valid JSON: " + exception.Message, []);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                error = new InteropError("json", "$", null, "A batch is a JSON array of facts documents; the text holds " + Describe(root.ValueKind) + ".", []);
                return null;
            }

            var attempts = new List<Attempt>(root.GetArrayLength());
            var index = 0;
            foreach (var entry in root.EnumerateArray())
            {
                var prefix = "$[" + InteropWriter.Int(index) + "]";
                attempts.Add(entry.ValueKind == JsonValueKind.Object
                    ? Score(scale, entry.GetRawText(), prefix)
                    : new Attempt(null, new InteropError("json", prefix, null, "A batch entry is a facts document (a JSON object); this one is " + Describe(entry.ValueKind) + ".", [])));
                index++;
            }

            return attempts;
        }
    }

    /// <summary>Renders a report as plain text or Markdown, from report JSON or from facts JSON (scored first).</summary>
    /// <param name="json">A report document (from <see cref="ScoreReview"/>; recognised by its <c>engineVersion</c>) or a facts document.</param>
    /// <param name="language">The output language, a code the scale declares (a report may be rendered in any of them); null or empty for the scale's default.</param>
    /// <param name="format"><c>"text"</c> or <c>"markdown"</c> (also <c>"md"</c>).</param>
    /// <param name="scaleJson">The scale definition document the report was scored with (or the facts are to be scored with); null for the embedded IPS-25 definition.</param>
    /// <returns>The rendered report (ending with a line feed), or an error document (JSON; <see cref="IsError"/> is true).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// string markdown = FidelityInterop.RenderReport(FidelityInterop.ScoreReview(facts, "nb"), "nb", "markdown");
    /// string text = FidelityInterop.RenderReport(facts, "en");   // facts are scored, then rendered
    /// </code>
    /// </example>
    public static string RenderReport(string json, string? language = null, string format = "text", string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(format);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        if (!TryParseLanguage(scale, language, out var chosen))
        {
            return ErrorDocument(LanguageError(scale, language!));
        }

        if (!TryParseFormat(format, out var layout))
        {
            return ErrorDocument(new InteropError("argument", null, "format", "Unknown format '" + format + "'; use \"text\" or \"markdown\".", []));
        }

        var attempt = ReportOrScore(scale, json, "$");
        return attempt.Error is { } error ? ErrorDocument(error) : ReportRenderer.Render(attempt.Report!, layout, chosen);
    }

    /// <summary>
    /// Compares two reviews of a programme (item scores, anchors crossed, section and total changes, level, facts) and
    /// renders the comparison as plain text or Markdown; each review is report JSON or facts JSON (scored first).
    /// </summary>
    /// <param name="beforeJson">The earlier review: a report document (recognised by its <c>engineVersion</c>) or a facts document.</param>
    /// <param name="afterJson">The later review, likewise.</param>
    /// <param name="language">The output language, a code the scale declares; null or empty for the scale's default.</param>
    /// <param name="format"><c>"text"</c> or <c>"markdown"</c> (also <c>"md"</c>).</param>
    /// <param name="scaleJson">The scale definition document both reviews are (to be) scored with; null for the embedded IPS-25 definition.</param>
    /// <returns>
    /// The rendered comparison (ending with a line feed), or an error document: the errors of the earlier review have
    /// paths under <c>$.before</c>, those of the later under <c>$.after</c>; reports of different scales or editions
    /// answer with kind <c>argument</c> (parameter <c>afterJson</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// string change = FidelityInterop.CompareReviews(File.ReadAllText("fair-2025.json"), File.ReadAllText("fair.json"), "en", "markdown");
    /// </code>
    /// </example>
    public static string CompareReviews(string beforeJson, string afterJson, string? language = null, string format = "text", string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(beforeJson);
        ArgumentNullException.ThrowIfNull(afterJson);
        ArgumentNullException.ThrowIfNull(format);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        if (!TryParseLanguage(scale, language, out var chosen))
        {
            return ErrorDocument(LanguageError(scale, language!));
        }

        if (!TryParseFormat(format, out var layout))
        {
            return ErrorDocument(new InteropError("argument", null, "format", "Unknown format '" + format + "'; use \"text\" or \"markdown\".", []));
        }

        var before = ReportOrScore(scale, beforeJson, "$.before");
        if (before.Error is { } beforeError)
        {
            return ErrorDocument(beforeError);
        }

        var after = ReportOrScore(scale, afterJson, "$.after");
        if (after.Error is { } afterError)
        {
            return ErrorDocument(afterError);
        }

        ReviewComparisonResult comparison;
        try
        {
            comparison = ReviewComparison.Compare(before.Report!, after.Report!);
        }
        catch (ArgumentException exception)
        {
            return ErrorDocument(new InteropError("argument", null, "afterJson", exception.Message, []));
        }

        return ReviewComparison.Render(comparison, layout, chosen);
    }

    /// <summary>The JSON Schema (draft 2020-12) of a facts document or of a batch document for the scale.</summary>
    /// <param name="document"><c>"facts"</c> (one review) or <c>"batch"</c> (an array of reviews), case-insensitive.</param>
    /// <param name="scaleJson">A scale definition document; null for the embedded IPS-25 definition.</param>
    /// <returns>The schema (as <see cref="FidelitySchema"/> writes it), or an error document (kind <c>argument</c>, parameter <c>document</c>, for another document kind).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <example>
    /// <code>
    /// File.WriteAllText("ips-25.facts.schema.json", FidelityInterop.WriteSchema("facts"));
    /// </code>
    /// </example>
    public static string WriteSchema(string document = "facts", string? scaleJson = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        return document.Trim().ToUpperInvariant() switch
        {
            "FACTS" => FidelitySchema.Facts(scale.Engine.Scale),
            "BATCH" => FidelitySchema.Batch(scale.Engine.Scale),
            _ => ErrorDocument(new InteropError("argument", null, "document", "Unknown schema document '" + (document.Length > 20 ? document[..20] + "…" : document) + "'; use \"facts\" or \"batch\".", [])),
        };
    }

    /// <summary>Describes the scale as JSON, so a review tool can build its forms from it.</summary>
    /// <param name="language">A code the scale declares (<c>"nb"</c> or <c>"en"</c> for IPS-25) for texts as plain strings; null (or empty) for every text as <c>{"nb": …, "en": …}</c>.</param>
    /// <param name="scaleJson">A scale definition document; null for the embedded IPS-25 definition.</param>
    /// <returns>
    /// The description: scale id, edition, revision and name, the languages, item count and total range, the sections,
    /// levels, policies and UI labels, and per item its number, section, name, data sources, <c>perSpecialist</c>,
    /// anchors (score and text) and fact schema (id, the analysis CSV's <c>column</c>, kind, unit, min/max with exclusivity, label, <c>required</c>, and
    /// the element or level ids with labels; levels in order from the least to the most developed practice), and its
    /// plausibility checks (<c>warnings</c>: code, fact, kind, scope, limit and message, from the definition).
    /// <c>required</c> is true when the item's rule, a modifier or the exclusion reads the fact, so leaving it out can
    /// leave the item not rated; false when only a constraint or the measure reads it. Or an error document for an
    /// unknown language.
    /// </returns>
    /// <example>
    /// <code>
    /// using var scale = JsonDocument.Parse(FidelityInterop.DescribeScale("nb"));
    /// foreach (var item in scale.RootElement.GetProperty("items").EnumerateArray())
    /// {
    ///     // item.GetProperty("facts")[0].GetProperty("kind").GetString() is "number", "count", "elements", "level" or "flag"
    /// }
    /// </code>
    /// </example>
    public static string DescribeScale(string? language = null, string? scaleJson = null)
    {
        if (!InteropScale.TryGet(scaleJson, out var scale, out var scaleError))
        {
            return ErrorDocument(scaleError);
        }

        ReportLanguage? chosen = null;
        if (!string.IsNullOrEmpty(language))
        {
            if (!TryParseLanguage(scale, language, out var one))
            {
                return ErrorDocument(LanguageError(scale, language));
            }

            chosen = one;
        }

        return ScaleDescription.Create(scale.Engine.Scale, chosen).ToJson();
    }

    /// <summary>Whether <paramref name="result"/> is an error document (a JSON object with a top-level <c>error</c> property).</summary>
    /// <param name="result">A string returned by one of this class's methods.</param>
    /// <returns>True for an error document; false for a result (JSON or rendered text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <example>
    /// <code>
    /// var answer = FidelityInterop.ScoreReview("{", "nb");
    /// bool failed = FidelityInterop.IsError(answer);   // true: {"schemaVersion": 1, "error": {"kind": "json", …}}
    /// </code>
    /// </example>
    public static bool IsError(string result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.StartsWith('{') && HasTopLevelProperty(result, "error");
    }

    /// <summary>
    /// The spans of the top-level entries of a batch that is not valid JSON as a whole, found by brackets and strings
    /// only (no token is checked here: each entry is read on its own afterwards); null when the text is not an array
    /// of balanced objects (then the parser's own error stands).
    /// </summary>
    private static List<(int Start, int Length)>? BatchEntries(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == text.Length || text[i] != '[')
        {
            return null;
        }

        var entries = new List<(int, int)>();
        var depth = 0;
        var start = -1;
        var inString = false;
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    if (depth++ == 0)
                    {
                        start = i;
                    }

                    break;
                case '}' or ']' when depth > 0:
                    if (--depth == 0)
                    {
                        entries.Add((start, i - start + 1));
                    }

                    break;
                case ']':
                    return entries; // the end of the batch
                default:
                    if (depth == 0 && c is not (',' or ' ' or '\t' or '\r' or '\n'))
                    {
                        return null; // a bare value between entries: leave it to the parser's error
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The largest batch text <see cref="ScoreBatch"/> takes (64 Mi characters).</summary>
    internal const int MaxBatchChars = 64 * 1024 * 1024;

    /// <summary>The most fact errors an error document lists (the message counts them all).</summary>
    internal const int MaxErrorsListed = 100;

    private static Attempt Score(InteropScale scale, string factsJson, string pathPrefix)
    {
        ReviewFacts facts;
        try
        {
            facts = FidelityJson.ReadFacts(factsJson);
        }
        catch (JsonException exception)
        {
            return new Attempt(null, new InteropError("json", Rebase(exception.Path ?? "$", pathPrefix), null, exception.Message, []));
        }

        var validation = scale.Validator.Validate(facts);
        if (!validation.IsValid)
        {
            // At most MaxErrorsListed errors are listed; the message gives the full count ("… and N more").
            var errors = ImmutableArray.CreateBuilder<InteropFactError>(Math.Min(validation.Errors.Count, MaxErrorsListed));
            foreach (var failure in validation.Errors.Take(MaxErrorsListed))
            {
                var path = pathPrefix + "." + failure.PropertyName; // the validator speaks the JSON document's paths
                errors.Add(failure.CustomState is FactError error
                    ? new InteropFactError(error.Code, error.Item, path, error.FactId, error.Specialist, error.Value, error.Message)
                    : new InteropFactError(failure.ErrorCode, null, path, null, null, null, failure.ErrorMessage));
            }

            var count = validation.Errors.Count;
            var message = "The facts break the scale's rules (" + InteropWriter.Int(count) + (count == 1 ? " problem" : " problems") + "): " + validation.Errors[0].ErrorMessage
                + (count > MaxErrorsListed ? " The first " + InteropWriter.Int(MaxErrorsListed) + " are listed, and " + InteropWriter.Int(count - MaxErrorsListed) + " more." : string.Empty);
            return new Attempt(null, new InteropError("facts", pathPrefix, null, message, errors.MoveToImmutable()));
        }

        return new Attempt(scale.Engine.Score(facts), null);
    }

    /// <summary>A report read from report JSON (recognised by its <c>engineVersion</c>), or facts JSON scored.</summary>
    private static Attempt ReportOrScore(InteropScale scale, string json, string pathPrefix)
    {
        if (!HasTopLevelProperty(json, "engineVersion"))
        {
            return Score(scale, json, pathPrefix);
        }

        try
        {
            return new Attempt(FidelityJson.ReadReport(json, scale.Engine.Scale), null);
        }
        catch (JsonException exception)
        {
            return new Attempt(null, new InteropError("json", Rebase(exception.Path ?? "$", pathPrefix), null, exception.Message, []));
        }
    }

    /// <summary>Puts a batch entry's prefix in front of a path the facts reader gave relative to the entry.</summary>
    private static string Rebase(string path, string prefix) =>
        string.Equals(prefix, "$", StringComparison.Ordinal) ? path
        : path.StartsWith('$') ? prefix + path[1..]
        : prefix + "." + path;

    /// <summary>A language code the scale has texts in; null or empty for its default language.</summary>
    private static bool TryParseLanguage(InteropScale scale, string? code, out ReportLanguage language)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            language = scale.Engine.Scale.DefaultLanguage;
            return true;
        }

        return ReportLanguage.TryFromCode(code.Trim(), out language) && scale.Engine.Scale.SupportsLanguage(language);
    }

    private static bool TryParseFormat(string code, out ReportFormat format)
    {
        switch (code.Trim().ToUpperInvariant())
        {
            case "TEXT" or "TXT":
                format = ReportFormat.Text;
                return true;
            case "MARKDOWN" or "MD":
                format = ReportFormat.Markdown;
                return true;
            default:
                format = default;
                return false;
        }
    }

    private static InteropError LanguageError(InteropScale scale, string language)
    {
        var codes = new List<string>();
        foreach (var declared in scale.Engine.Scale.Languages)
        {
            codes.Add("\"" + declared.Code + "\"");
        }

        var shown = language.Length > 20 ? language[..20] + "…" : language;
        return new("argument", null, "language", "Unknown language '" + shown + "'; use one of " + string.Join(", ", codes) + ".", []);
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Whether the text is a JSON object with the top-level property <paramref name="name"/> (false for anything unreadable).</summary>
    private static bool HasTopLevelProperty(string json, string name)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return false;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
                {
                    if (reader.ValueTextEquals(name))
                    {
                        return true;
                    }

                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    private static string ErrorDocument(InteropErrorInfo scaleError) =>
        ErrorDocument(new InteropError("scale", "$", "scaleJson", scaleError.Message, []) { Problems = scaleError.Problems });

    private static string ErrorDocument(InteropError error) => InteropWriter.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        WriteError(writer, error);
        writer.WriteEndObject();
    });

    private static void WriteError(Utf8JsonWriter writer, InteropError error)
    {
        writer.WriteStartObject("error");
        writer.WriteString("kind", error.Kind);
        if (error.Path is not null)
        {
            writer.WriteString("path", error.Path);
        }

        if (error.Parameter is not null)
        {
            writer.WriteString("parameter", error.Parameter);
        }

        writer.WriteString("message", error.Message);
        if (!error.Problems.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("problems");
            foreach (var problem in error.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("code", problem.Code);
                if (problem.Item is { } item)
                {
                    writer.WriteNumber("item", item);
                }

                writer.WriteString("path", problem.Path);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!error.Errors.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("errors");
            foreach (var fact in error.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("code", fact.Code);
                if (fact.Item is { } item)
                {
                    writer.WriteNumber("item", item);
                }

                writer.WriteString("path", fact.Path);
                WriteOptional(writer, "factId", fact.FactId);
                WriteOptional(writer, "specialist", fact.Specialist);
                WriteOptional(writer, "value", fact.Value);
                writer.WriteString("message", fact.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteBatch(Utf8JsonWriter writer, ScaleDefinition scale, List<Attempt> attempts, ReportLanguage language)
    {
        var failed = 0;
        foreach (var attempt in attempts)
        {
            if (attempt.Error is not null)
            {
                failed++;
            }
        }

        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("scaleId", scale.ScaleId);
        writer.WriteString("edition", scale.Edition);
        writer.WriteString("revision", scale.Revision);
        writer.WriteString("engineVersion", FidelityEngine.Version);
        writer.WriteString("language", language.Code);
        writer.WriteNumber("count", attempts.Count);
        writer.WriteNumber("scored", attempts.Count - failed);
        writer.WriteNumber("failed", failed);
        writer.WriteStartArray("results");
        for (var i = 0; i < attempts.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("index", i);
            if (attempts[i].Error is { } error)
            {
                WriteError(writer, error);
            }
            else
            {
                WriteCompact(writer, attempts[i].Report!, language);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCompact(Utf8JsonWriter writer, FidelityReport report, ReportLanguage language)
    {
        writer.WriteString("programme", report.ProgrammeLabel);
        writer.WriteString("reviewDate", InteropWriter.Date(report.ReviewDate));
        writer.WriteBoolean("complete", report.IsComplete);
        writer.WriteNumber("ratedItems", report.Total.RatedCount);
        writer.WriteNumber("itemCount", report.Total.ItemCount);
        writer.WriteNumber("total", report.Total.RatedSum);
        writer.WriteNumber("lowestPossible", report.Total.LowestPossible);
        writer.WriteNumber("highestPossible", report.Total.HighestPossible);
        if (report.Level is { } level)
        {
            writer.WriteStartObject("level");
            writer.WriteString("id", level.Id);
            writer.WriteString("name", level.Name.Get(language));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("level");
        }

        writer.WriteStartArray("sections");
        foreach (var section in report.Sections)
        {
            writer.WriteStartObject();
            writer.WriteString("section", section.SectionId);
            writer.WriteNumber("ratedSum", section.Summary.RatedSum);
            writer.WriteNumber("ratedItems", section.Summary.RatedCount);
            writer.WriteNumber("itemCount", section.Summary.ItemCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("scores");
        foreach (var item in report.Items)
        {
            if (item.Score is { } score)
            {
                writer.WriteNumber(InteropWriter.Int(item.Item), score);
            }
            else
            {
                writer.WriteNull(InteropWriter.Int(item.Item));
            }
        }

        writer.WriteEndObject();
        WriteItemNumbers(writer, "notRated", report, ItemStatus.NotRated);
        WriteItemNumbers(writer, "invalid", report, ItemStatus.Invalid);
    }

    private static void WriteItemNumbers(Utf8JsonWriter writer, string name, FidelityReport report, ItemStatus status)
    {
        writer.WriteStartArray(name);
        foreach (var item in report.Items)
        {
            if (item.Status == status)
            {
                writer.WriteNumberValue(item.Item);
            }
        }

        writer.WriteEndArray();
    }

    internal readonly record struct Attempt(FidelityReport? Report, InteropError? Error);

    internal sealed record InteropError(string Kind, string? Path, string? Parameter, string Message, ImmutableArray<InteropFactError> Errors)
    {
        public ImmutableArray<ScaleDefinitionProblem> Problems { get; init; } = [];
    }

    internal sealed record InteropFactError(string Code, int? Item, string Path, string? FactId, string? Specialist, string? Value, string Message);
}
