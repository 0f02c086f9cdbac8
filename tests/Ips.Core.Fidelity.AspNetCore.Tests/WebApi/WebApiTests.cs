using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ips.Core.Fidelity.AspNetCore.Tests.WebApi;

/// <summary>The sample service (<c>examples/web-api</c>) over HTTP, in memory: reports, problem details and the status of every error path.</summary>
public sealed partial class WebApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Head = "{\"schemaVersion\": 1, \"programme\": \"Team\", \"reviewDate\": \"2026-10-01\", \"items\": ";

    /// <summary>What a .NET type name looks like in text a caller sees.</summary>
    [GeneratedRegex(@"Ips\.Core|System\.|NodaTime\.|Microsoft\.", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    public static TheoryData<string> Examples => new(RepositoryFolder.ExampleReviews);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Score_AnExampleReview_Is200WithTheReportTheLibraryWrites(string name)
    {
        var json = RepositoryFolder.ExampleReview(name);

        using var response = await Post("/reviews/score", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = FidelityJson.WriteReport(Ips25Scale.Engine.Score(FidelityJson.ReadFacts(json)));
        Assert.Equal(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData("nb", "nb")]
    public async Task Score_WithLang_WritesTheReportInThatLanguage(string lang, string expected)
    {
        using var response = await Post("/reviews/score?lang=" + lang, RepositoryFolder.ExampleReview("fair"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = await Json(response);
        Assert.Equal(expected, report.RootElement.GetProperty("language").GetString());
        Assert.Equal("ips-25", report.RootElement.GetProperty("scaleId").GetString());
    }

    [Fact]
    public async Task Score_WithAnUnknownLang_Is400ProblemDetails()
    {
        using var response = await Post("/reviews/score?lang=de", RepositoryFolder.ExampleReview("fair"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/reviews/score")]
    [InlineData("/reviews/validate")]
    public async Task BadFacts_Are400ProblemDetails_WithEveryCodedErrorAndItsJsonPath(string path)
    {
        // Five problems the validator finds, at four depths of the document.
        var json = Head + """
            [
              {"item": 1, "facts": {"activeParticipants": 36, "fullTimeEquivalents": 0}},
              {"item": 2, "facts": {"employmentServicesTimePercent": 101.0, "noSuchFact": 3}},
              {"item": 99, "facts": {}},
              {"item": 17, "specialists": [{"label": "ES-A", "facts": {"inPersonEmployerContactsPerWeek": -1.0, "contactLogReview": "weekly", "jobSeekers": 8}}]}
            ]}
            """;
        var expected = Ips25Scale.Validator.Validate(FidelityJson.ReadFacts(json)).Errors.Select(f => (f.ErrorCode, "$." + f.PropertyName)).ToList();
        Assert.True(expected.Count >= 5, "the document should break at least five rules; got " + expected.Count);

        using var response = await Post(path, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = await Json(response);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!))
            .ToList();
        Assert.Equal(expected, errors);
        Assert.Contains(("Fact.BelowMinimum", "$.items[0].facts.fullTimeEquivalents"), errors);
        Assert.Contains(("Fact.UnknownFact", "$.items[1].facts.noSuchFact"), errors);
        Assert.Contains(("Item.UnknownItem", "$.items[2].item"), errors);
        Assert.Contains(errors, e => e.Item2 == "$.items[3].specialists[0].facts.inPersonEmployerContactsPerWeek");
        Assert.All(problem.RootElement.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task ABlankProgrammeLabel_IsReportedAtItsJsonPath()
    {
        using var response = await Post("/reviews/validate", "{\"schemaVersion\": 1, \"programme\": \" \", \"reviewDate\": \"2026-10-01\", \"items\": []}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = await Json(response);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("Review.MissingProgrammeLabel", error.GetProperty("code").GetString());
        Assert.Equal("$.programme", error.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("{", "Json.Syntax", "$")]
    [InlineData("{\"schemaVersion\": 1, \"reviewDate\": \"2026-10-01\", \"items\": []}", "Json.Document", "$")]
    [InlineData(Head + "[{\"item\": \"one\"}]}", "Json.Document", "$.items[0].item")]
    [InlineData(Head + "[{\"item\": 1, \"extra\": true}]}", "Json.Document", "$.items[0].extra")]
    [InlineData("{\"schemaVersion\": 2, \"programme\": \"Team\", \"reviewDate\": \"2026-10-01\", \"items\": []}", "Json.Document", "$.schemaVersion")]
    public async Task ABodyThatIsNotAFactsDocument_Is400_WithItsCodeAndPath(string json, string code, string path)
    {
        using var response = await Post("/reviews/score", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = await Json(response);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
    }

    [Fact]
    public async Task ABodyOverTheDefaultLimit_Is413ProblemDetails()
    {
        // A valid document padded past 1 MiB: refused on its size, after reading one byte more than the limit.
        var json = RepositoryFolder.ExampleReview("fair").TrimEnd()[..^1] + new string(' ', 1024 * 1024) + "}";

        using var response = await Post("/reviews/score", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = await Json(response);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonReadErrorCodes.Limit, error.GetProperty("code").GetString());
        Assert.Equal("$", error.GetProperty("path").GetString());
        Assert.Equal("The document is more than the limit of 1048576 bytes; the rest was not read.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("FidelityJsonLimits", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverAConfiguredLimit_Is413_AndOneWithinItIsScored()
    {
        var json = RepositoryFolder.ExampleReview("fair");
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("FidelityApi:MaxBodyBytes", "2000"));
        using var large = factory.WithWebHostBuilder(b => b.UseSetting("FidelityApi:MaxBodyBytes", Encoding.UTF8.GetByteCount(json).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        using var refused = await Post("/reviews/validate", json, client: small.CreateClient());
        using var accepted = await Post("/reviews/validate", json, client: large.CreateClient());

        Assert.True(Encoding.UTF8.GetByteCount(json) > 2000);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task ADocumentOverAnotherBound_Is413_AtThePathWhereItCrossedIt()
    {
        var json = Head + "[" + string.Join(",", Enumerable.Repeat("{\"item\": 1}", 1_001)) + "]}";

        using var response = await Post("/reviews/score", json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = await Json(response);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonReadErrorCodes.Limit, error.GetProperty("code").GetString());
        Assert.Equal("$.items[1000]", error.GetProperty("path").GetString());
        Assert.Equal("More than 1000 items, the limit for one document; the rest of the document was not read.", error.GetProperty("message").GetString());
        Assert.DoesNotMatch(@"\bMax[A-Z]", problem.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("/reviews/score", "text/plain")]
    [InlineData("/reviews/validate", "application/xml")]
    [InlineData("/reviews/score", null)]
    public async Task AWrongContentType_Is415ProblemDetails(string path, string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(RepositoryFolder.ExampleReview("fair")));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await factory.CreateClient().PostAsync(path, content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task JsonWithACharset_IsAccepted()
    {
        using var content = new StringContent(RepositoryFolder.ExampleReview("fair"), Encoding.UTF8, "application/json");

        using var response = await factory.CreateClient().PostAsync("/reviews/validate", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoErrorBody_EverNamesADotNetType()
    {
        string[] bodies =
        [
            "", "{", "null", "[]", "3", "\"facts\"",
            "{\"schemaVersion\": 1, \"reviewDate\": \"2026-10-01\", \"items\": []}",
            "{\"schemaVersion\": 1, \"programme\": null, \"reviewDate\": \"2026-10-01\", \"items\": []}",
            "{\"schemaVersion\": 1, \"programme\": 5, \"reviewDate\": \"2026-10-01\", \"items\": []}",
            "{\"schemaVersion\": 1, \"programme\": \"Team\", \"reviewDate\": \"2026-10-01\", \"items\": null}",
            "{\"schemaVersion\": 1, \"programme\": \"Team\", \"reviewDate\": \"01.10.2026\", \"items\": []}",
            Head + "{\"item\": 1}}", Head + "[null]}", Head + "[{\"facts\": {}}]}", Head + "[{\"item\": 1.5}]}",
            Head + "[{\"item\": 2, \"specialists\": 3}]}", Head + "[{\"item\": 2, \"specialists\": [{\"facts\": {}}]}]}",
            Head + "[{\"item\": 2, \"specialists\": [{\"label\": 3, \"facts\": {}}]}]}",
            Head + "[{\"item\": 1, \"facts\": {\"activeParticipants\": \"many\"}}]}",
            Head + "[{\"item\": 1, \"facts\": {\"activeParticipants\": -3}}]}",
            Head + "[{\"item\": 5, \"facts\": {\"teamContactPractices\": " + new string('[', 100) + new string(']', 100) + "}}]}",
            Head + "[" + string.Join(",", Enumerable.Repeat("{\"item\": 1}", 1_001)) + "]}",
        ];
        var failures = new List<string>();
        foreach (var body in bodies)
        {
            foreach (var path in new[] { "/reviews/score", "/reviews/validate" })
            {
                using var response = await Post(path, body);
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add(path + " " + body + ": " + (int)response.StatusCode + " " + response.Content.Headers.ContentType);
                }
                else if (TypeName().IsMatch(text))
                {
                    failures.Add(path + " " + body + ": " + text);
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Validate_ValidFacts_Is200WithTheFindings()
    {
        using var response = await Post("/reviews/validate", RepositoryFolder.ExampleReview("exemplary"));
        using var empty = await Post("/reviews/validate", Head + "[]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var findings = await Json(response);
        Assert.True(findings.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(25, findings.RootElement.GetProperty("items").GetInt32());
        Assert.Equal(0, findings.RootElement.GetProperty("warnings").GetArrayLength());

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        using var odd = await Json(empty);
        Assert.Equal(1, odd.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Theory]
    [InlineData("", "nb")]
    [InlineData("?lang=en", "en")]
    public async Task Scale_IsTheScaleDescription(string query, string language)
    {
        using var response = await factory.CreateClient().GetAsync("/scale" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var scale = await Json(response);
        Assert.Equal("ips-25", scale.RootElement.GetProperty("scaleId").GetString());
        Assert.Equal(25, scale.RootElement.GetProperty("items").GetArrayLength());
        if (query.Length > 0)
        {
            Assert.Equal(language, scale.RootElement.GetProperty("language").GetString());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?lang=en")]
    public async Task Scale_IsTheTypedDescription_WrittenAsTheLibraryWritesIt(string query)
    {
        using var response = await factory.CreateClient().GetAsync("/scale" + query, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = Ips.Core.Fidelity.Formats.Interop.FidelityInterop.DescribeScale(query.Length == 0 ? null : "en");
        using var answer = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, answer.RootElement.ValueKind);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(expected).RootElement), JsonSerializer.Serialize(answer.RootElement));
    }

    [Fact]
    public async Task Validate_APercentageGivenAsAFraction_Is200_WithThePlausibilityWarning()
    {
        using var response = await Post("/reviews/validate?lang=en", Head + "[{\"item\": 2, \"facts\": {\"employmentServicesTimePercent\": 0.92}}]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var findings = await Json(response);
        var warning = Assert.Single(findings.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Warning.PercentLooksLikeFraction", warning.GetProperty("code").GetString());
        Assert.Equal(2, warning.GetProperty("item").GetInt32());
        Assert.Equal("$.items[0].facts.employmentServicesTimePercent", warning.GetProperty("path").GetString());
        Assert.Contains("Looks like a fraction", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Post(string path, string json, HttpClient? client = null)
    {
        using var content = new StringContent(json, new MediaTypeHeaderValue("application/json"));
        client ??= factory.CreateClient();
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonDocument> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
