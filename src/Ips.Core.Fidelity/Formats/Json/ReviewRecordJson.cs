using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Reviews;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>Reads and writes review records as JSON (schema-versioned, source-generated, AOT-safe).</summary>
/// <remarks>
/// <para>
/// The document: <c>{"schemaVersion": 1, "scale": "ips-25", "programme": "P-0192", "period": {"start": …, "end": …},
/// "visitDates": ["2026-10-07"], "reviewers": [{"id": "R-01", "role": "lead"}],
/// "items": [{"item": 17, "sources": ["INT"], "evidence": ["…"], "justification": "…", "ratings": [{"reviewer": "R-01", "score": 3}], "consensus": 3}],
/// "strengths": [{"item": 5, "text": "…"}],
/// "recommendations": [{"item": 17, "text": "…", "priority": "high", "actions": [{"action": "…", "responsibleRole": "…", "due": "2027-01-31", "status": "planned"}]}],
/// "nextReview": {"due": "2027-04-08", "policy": "ips-25.item11", "months": 6, "level": "fair"}}</c>.
/// Roles are <c>lead</c>, <c>coReviewer</c>, <c>trainee</c>; sources the scale's codes; priorities <c>high</c>,
/// <c>medium</c>, <c>low</c>; statuses <c>planned</c>, <c>inProgress</c>, <c>done</c>, <c>notDone</c>.
/// </para>
/// <para>
/// Reading has two stages, each with coded errors and paths: the JSON itself (<see cref="JsonReadErrorCodes"/>:
/// syntax, a document that is not a record of schema version 1, over <see cref="MaxDocumentBytes"/>), then the content
/// (<see cref="ReviewRecordValidator"/>, paths such as <c>items[3].ratings[1].score</c>). A round trip is exact:
/// <c>Write(Read(Write(r), scale)) == Write(r)</c>. Output is indented with two spaces and <c>\n</c> line ends. Thread-safe.
/// </para>
/// </remarks>
public static class ReviewRecordJson
{
    /// <summary>The <c>schemaVersion</c> this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The largest document read, in UTF-8 bytes (4 MiB); a larger one is refused before it is read.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    private static readonly ReviewRecordJsonContext Context = new(new JsonSerializerOptions(ReviewRecordJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 16,
    });

    /// <summary>Writes a record as JSON.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(ReviewRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(ToDocument(record), Context.ReviewRecordDocument);
    }

    /// <summary>Reads a record from JSON and checks it against <paramref name="scale"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">The scale the review rated against.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not a review record document of schema version 1; <see cref="JsonException.Path"/> says where.</exception>
    /// <exception cref="ValidationException">The content breaks a rule; every error has its code and path.</exception>
    /// <example>
    /// <code>
    /// ReviewRecord record = ReviewRecordJson.Read(File.ReadAllText("examples/records/fair.review.json"), Ips25Scale.Definition);
    /// </code>
    /// </example>
    public static ReviewRecord Read(string json, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        return ReviewRecord.Create(ReadInput(json), scale);
    }

    /// <summary>Reads a record without throwing for bad input: the record, or every coded error (JSON or content) with its path.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="scale">The scale the review rated against.</param>
    /// <returns>The result; a JSON problem is one error with a <see cref="JsonReadErrorCodes"/> code and its JSON path.</returns>
    public static ReviewRecordResult TryRead(string json, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        ReviewRecordInput input;
        try
        {
            input = ReadInput(json);
        }
        catch (JsonException exception)
        {
            var code = exception is JsonLimitException ? JsonReadErrorCodes.Limit
                : IsWellFormed(json) ? JsonReadErrorCodes.Document : JsonReadErrorCodes.Syntax;
            var path = exception.Path ?? "$";
            var failure = new ValidationFailure(path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path, exception.Message) { ErrorCode = code };
            return new ReviewRecordResult(null, [failure]);
        }

        return ReviewRecord.TryCreate(input, scale);
    }

    private static ReviewRecordInput ReadInput(string json)
    {
        var utf8 = json.Length > MaxDocumentBytes ? null : Encoding.UTF8.GetBytes(json);
        if (utf8 is null || utf8.Length > MaxDocumentBytes)
        {
            throw new JsonLimitException("The review record document is larger than " + MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes.", "$");
        }

        CheckSchemaVersion(utf8);
        ReviewRecordDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, Context.ReviewRecordDocument);
        }
        catch (JsonException exception)
        {
            throw SerializerMessages.Safe(exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            throw new JsonException("The JSON could not be read: " + exception.Message, "$", null, null, exception);
        }

        return document is null
            ? throw new JsonException("The review record document is null; expected an object.", "$", null, null)
            : FromDocument(document);
    }

    /// <summary>The top-level <c>schemaVersion</c> first, so a document of another version fails on its version.</summary>
    private static void CheckSchemaVersion(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            // Not an object: the serializer reports it with its path.
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("schemaVersion"u8);
            reader.Read();
            if (isVersion)
            {
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != SchemaVersion)
                {
                    throw new JsonException("This library reads review record documents of schemaVersion 1.", "$.schemaVersion", null, null);
                }

                return;
            }

            reader.Skip();
        }

        throw new JsonException("The review record document has no schemaVersion; expected 1.", "$", null, null);
    }

    private static bool IsWellFormed(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
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

    private static ReviewRecordDocument ToDocument(ReviewRecord record) => new()
    {
        SchemaVersion = SchemaVersion,
        Scale = record.ScaleId,
        Programme = record.ProgrammeId,
        Period = record.Period,
        VisitDates = [.. record.VisitDates],
        Reviewers = [.. record.Reviewers.Select(r => new ReviewerDocument { Id = r.Id, Role = r.Role })],
        Items = [.. record.Items.Select(item => new ItemReviewDocument
        {
            Item = item.Item,
            Sources = [.. item.Sources],
            Evidence = [.. item.Evidence],
            Justification = item.Justification,
            Ratings = [.. item.Ratings.Select(r => new RatingDocument { Reviewer = r.Reviewer, Score = r.Score })],
            Consensus = item.Consensus,
        })],
        Strengths = [.. record.Strengths.Select(s => new StrengthDocument { Item = s.Item, Text = s.Text })],
        Recommendations = [.. record.Recommendations.Select(r => new RecommendationDocument
        {
            Item = r.Item,
            Text = r.Text,
            Priority = r.Priority,
            Actions = [.. r.Actions.Select(a => new ActionDocument { Action = a.Action, ResponsibleRole = a.ResponsibleRole, Due = a.Due, Status = a.Status })],
        })],
        NextReview = record.NextReview is { } next ? new NextReviewDocument { Due = next.Due, Policy = next.Policy, Months = next.Months, Level = next.LevelId } : null,
    };

    // Null entries stay null so the validator reports them at their position.
    private static ReviewRecordInput FromDocument(ReviewRecordDocument document) => new()
    {
        ScaleId = document.Scale,
        ProgrammeId = document.Programme,
        Period = document.Period,
        VisitDates = [.. document.VisitDates ?? []],
        Reviewers = [.. (document.Reviewers ?? []).Select(r => r is null ? null! : new Reviewer(r.Id!, r.Role))],
        Items = [.. (document.Items ?? []).Select(item => item is null ? null! : new ItemReview
        {
            Item = item.Item,
            Sources = [.. item.Sources ?? []],
            Evidence = [.. (item.Evidence ?? []).Select(e => e!)],
            Justification = item.Justification,
            Ratings = [.. (item.Ratings ?? []).Select(r => r is null ? null! : new ReviewerRating(r.Reviewer!, r.Score))],
            Consensus = item.Consensus,
        })],
        Strengths = [.. (document.Strengths ?? []).Select(s => s is null ? new Strength(null, null!) : new Strength(s.Item, s.Text!))],
        Recommendations = [.. (document.Recommendations ?? []).Select(r => r is null ? null! : new Recommendation
        {
            Item = r.Item,
            Text = r.Text!,
            Priority = r.Priority,
            Actions = [.. (r.Actions ?? []).Select(a => a is null ? null! : new PlannedAction(a.Action!, a.ResponsibleRole!, a.Due, a.Status))],
        })],
        NextReview = document.NextReview is { } next ? new NextReview(next.Due, next.Policy!, next.Months, next.Level) : null,
    };
}
