using System.Buffers;
using System.Globalization;
using System.Text.Json;
using FluentValidation.Results;
using Ips.Core.Fidelity.Formats.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Ips.Core.Fidelity.AspNetCore;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for what a caller of a fidelity web service can get
/// wrong: a body that is not a facts document, facts that break the scale's rules, a body that is not JSON.
/// </summary>
/// <remarks>
/// <para>
/// Each problem carries an <c>errors</c> array of <c>{"code", "path", "message"}</c> objects: the stable code
/// (<see cref="JsonReadErrorCodes"/>, <see cref="Facts.FactErrorCodes"/> or an item constraint's code), the JSON path
/// in the facts document (<c>$.items[16].specialists[2].facts.jobSeekers</c>) and the invariant English message. No
/// message names a .NET type. At most <see cref="MaxErrors"/> errors are listed; <c>omittedErrors</c> counts the rest.
/// </para>
/// <para>
/// The results are minimal-API results; in MVC return <c>new ObjectResult(result.ProblemDetails) { StatusCode = result.StatusCode }</c>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// if (!request.HasJsonContentType()) return FidelityProblems.UnsupportedMediaType(request.ContentType);
/// var read = await FidelityJson.TryReadFactsAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
/// if (!read.Success) return FidelityProblems.From(read.Error);                  // 400, or 413 over a bound
/// var validation = Ips25Scale.Validator.Validate(read.Value);
/// if (!validation.IsValid) return FidelityProblems.From(validation);            // 400, every coded error
/// </code>
/// </example>
public static class FidelityProblems
{
    /// <summary>The media type of a problem details document.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>The most errors listed in one problem (the rest are counted as <c>omittedErrors</c>).</summary>
    public const int MaxErrors = 100;

    /// <summary>A body that could not be read as a facts document: 400, or 413 (Content Too Large) when it is over a bound of <see cref="FidelityJsonLimits"/>.</summary>
    /// <param name="error">The read error.</param>
    /// <returns>The problem, with the error as the one entry of <c>errors</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ProblemHttpResult From(JsonReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var tooLarge = error.Code == JsonReadErrorCodes.Limit;
        return Problem(
            tooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
            tooLarge ? "The facts document is larger than this service accepts." : "The body is not a facts document.",
            error.ToString(),
            [(error.Code, error.Path, error.Message)]);
    }

    /// <summary>Facts that break the scale's rules (from <c>ReviewFactsValidator</c>): 400 with every coded error and its JSON path.</summary>
    /// <param name="validation">The validation result; it should hold failures.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="validation"/> is null.</exception>
    public static ProblemHttpResult From(ValidationResult validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        var failures = validation.Errors;
        var count = failures.Count.ToString(CultureInfo.InvariantCulture);
        return Problem(
            StatusCodes.Status400BadRequest,
            "The facts break the scale's rules.",
            count + (failures.Count == 1 ? " problem" : " problems") + " in the facts document; see errors.",
            failures.Select(f => (f.ErrorCode, PathOf(f.PropertyName), f.ErrorMessage)).ToList());
    }

    /// <summary>A body that is not JSON: 415 (Unsupported Media Type).</summary>
    /// <param name="contentType">The request's content type, if any (echoed only when it is short).</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult UnsupportedMediaType(string? contentType)
    {
        var given = string.IsNullOrEmpty(contentType) ? "no content type" : contentType.Length <= 100 ? "'" + contentType + "'" : "a content type";
        return Problem(
            StatusCodes.Status415UnsupportedMediaType,
            "The body must be JSON.",
            "Send the facts document as application/json; the request has " + given + ".",
            [("Http.UnsupportedMediaType", "$", "The body must be sent as application/json.")]);
    }

    /// <summary>The JSON path of a validator failure: its property path under <c>$</c> (the programme label is <c>$.programme</c>).</summary>
    private static string PathOf(string propertyName) => propertyName switch
    {
        null or "" => "$",
        nameof(Facts.ReviewFacts.ProgrammeLabel) => "$.programme",
        _ => "$." + propertyName,
    };

    private static ProblemHttpResult Problem(int status, string title, string detail, List<(string Code, string Path, string Message)> errors)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["errors"] = Errors(errors);
        if (errors.Count > MaxErrors)
        {
            problem.Extensions["omittedErrors"] = errors.Count - MaxErrors;
        }

        return TypedResults.Problem(problem);
    }

    /// <summary>The errors as a JSON array (a <see cref="JsonElement"/> serializes with any options, also trimmed and AOT).</summary>
    private static JsonElement Errors(List<(string Code, string Path, string Message)> errors)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < errors.Count && i < MaxErrors; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("code", errors[i].Code);
                writer.WriteString("path", errors[i].Path);
                writer.WriteString("message", errors[i].Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
