// A minimal-API service that scores IPS fidelity reviews (docs/integration-guide.md, "ASP.NET Core").
//
//   dotnet run --project examples/web-api                       # listens on http://localhost:5080
//   curl -s -H 'Content-Type: application/json' --data-binary @examples/reviews/fair.json 'http://localhost:5080/reviews/score?lang=en'
//
// POST /reviews/score     facts JSON → 200 report JSON (?lang=nb|en; default the scale's first language)
// POST /reviews/validate  facts JSON → 200 {"valid": true, …} with the plausibility warnings (?lang=), or 400 problem details
// GET  /scale             the scale's machine-readable description (?lang=), a typed ScaleDescription
// Bad facts → 400 application/problem+json with every coded error and its JSON path; a body over
// FidelityApi:MaxBodyBytes (default 1 MiB) or another bound → 413; a body that is not JSON → 415.
using System.Text;
using Ips.Core.Fidelity;
using Ips.Core.Fidelity.AspNetCore;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Scoring;

var builder = WebApplication.CreateBuilder(args);
var maxBodyBytes = builder.Configuration.GetValue("FidelityApi:MaxBodyBytes", 1024 * 1024);
var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = maxBodyBytes };

// The server's own body limit stays above ours, so an over-limit body gets problem details, not a bare 413.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Math.Max(30_000_000L, maxBodyBytes + 1L));
builder.Services.AddProblemDetails();
builder.Services.AddIpsFidelity().AddIpsFidelityJson();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapPost("/reviews/score", async Task<IResult> (HttpRequest request, string? lang, IFidelityEngine engine, ReviewFactsValidator validator, ScaleDefinition scale) =>
{
    if (!TryLanguage(scale, lang, out var language))
    {
        return UnknownLanguage(scale, lang);
    }

    var (facts, problem) = await ReadFacts(request, validator, scale);
    if (problem is not null)
    {
        return problem;
    }

    return Results.Text(FidelityJson.WriteReport(engine.Score(facts!), language), "application/json", Encoding.UTF8);
});

app.MapPost("/reviews/validate", async Task<IResult> (HttpRequest request, string? lang, ReviewFactsValidator validator, ScaleDefinition scale) =>
{
    if (!TryLanguage(scale, lang, out var language))
    {
        return UnknownLanguage(scale, lang);
    }

    var (facts, problem) = await ReadFacts(request, validator, scale);
    if (problem is not null)
    {
        return problem;
    }

    // Valid, with the scale's plausibility warnings (values allowed but probably wrong), and a warning for a review with no facts at all.
    var warnings = validator.Warnings(facts!).Select(w => new ValidationWarning(w.Code, w.Item, "$." + w.Path, w.Explain(scale, language))).ToList();
    if (facts!.Items.IsEmpty)
    {
        warnings.Add(new ValidationWarning("Warning.NoFacts", null, "$.items", "The review has no facts for any item; every item would be not rated."));
    }

    return TypedResults.Ok(new ValidationFindings(true, facts.Items.Length, warnings));
});

// The description is a typed value: the serializer writes it as its documented JSON.
app.MapGet("/scale", IResult (string? lang, ScaleDefinition scale) =>
    TryLanguage(scale, lang, out var language)
        ? TypedResults.Ok(ScaleDescription.Create(scale, string.IsNullOrEmpty(lang) ? null : language))
        : UnknownLanguage(scale, lang));

app.Run();

// The body as valid facts, or the problem to answer with (415, 413, 400).
async Task<(ReviewFacts? Facts, IResult? Problem)> ReadFacts(HttpRequest request, ReviewFactsValidator validator, ScaleDefinition scale)
{
    if (!request.HasJsonContentType())
    {
        return (null, FidelityProblems.UnsupportedMediaType(request.ContentType));
    }

    var read = await FidelityJson.TryReadFactsAsync(request.Body, scale, limits, request.HttpContext.RequestAborted);
    if (!read.Success)
    {
        return (null, FidelityProblems.From(read.Error));
    }

    var validation = validator.Validate(read.Value);
    return validation.IsValid ? (read.Value, null) : (null, FidelityProblems.From(validation));
}

static bool TryLanguage(ScaleDefinition scale, string? code, out ReportLanguage language)
{
    language = scale.DefaultLanguage;
    return string.IsNullOrEmpty(code) || (ReportLanguage.TryFromCode(code, out language) && scale.SupportsLanguage(language));
}

static IResult UnknownLanguage(ScaleDefinition scale, string? code) =>
    TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Unknown language.",
        detail: "The scale has no texts in '" + (code is { Length: <= 20 } ? code : "that language") + "'; it has " + string.Join(", ", scale.Languages.Select(l => l.Code)) + ".");

/// <summary>What <c>POST /reviews/validate</c> answers for valid facts.</summary>
/// <param name="Valid">Always true (invalid facts get problem details).</param>
/// <param name="Items">How many items have facts.</param>
/// <param name="Warnings">Plausible-but-odd findings: the scale's plausibility warnings, and one for a review without facts.</param>
internal sealed record ValidationFindings(bool Valid, int Items, IReadOnlyList<ValidationWarning> Warnings);

/// <summary>One plausibility warning of <c>POST /reviews/validate</c>.</summary>
/// <param name="Code">The stable code (from the scale definition, e.g. <c>Warning.PercentLooksLikeFraction</c>).</param>
/// <param name="Item">The item number, if the warning is about one item.</param>
/// <param name="Path">The JSON path of the value in the facts document.</param>
/// <param name="Message">The warning in the requested language (<c>?lang=</c>).</param>
internal sealed record ValidationWarning(string Code, int? Item, string Path, string Message);

/// <summary>The sample's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
