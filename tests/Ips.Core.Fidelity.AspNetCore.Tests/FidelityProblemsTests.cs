using System.Text.Json;
using FluentValidation.Results;
using Ips.Core.Fidelity.Formats.Json;
using Microsoft.AspNetCore.Http;

namespace Ips.Core.Fidelity.AspNetCore.Tests;

/// <summary>Problem details from coded errors: status, the errors array, and its bound.</summary>
public sealed class FidelityProblemsTests
{
    [Theory]
    [InlineData(JsonReadErrorCodes.Syntax, StatusCodes.Status400BadRequest)]
    [InlineData(JsonReadErrorCodes.Document, StatusCodes.Status400BadRequest)]
    [InlineData(JsonReadErrorCodes.Limit, StatusCodes.Status413PayloadTooLarge)]
    public void AReadError_IsOneErrorWithItsCodeAndPath_And413OnlyForABound(string code, int status)
    {
        var result = FidelityProblems.From(new JsonReadError(code, "$.items[3]", "Something is wrong."));

        Assert.Equal(status, result.StatusCode);
        Assert.Equal(FidelityProblems.ContentType, result.ContentType);
        var errors = (JsonElement)result.ProblemDetails.Extensions["errors"]!;
        var error = Assert.Single(errors.EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal("$.items[3]", error.GetProperty("path").GetString());
        Assert.Equal("Something is wrong.", error.GetProperty("message").GetString());
    }

    [Fact]
    public void ManyValidationFailures_ListTheFirstHundred_AndCountTheRest()
    {
        var validation = new ValidationResult(Enumerable.Range(0, 250).Select(i => new ValidationFailure("items[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].item", "Unknown item.") { ErrorCode = "Item.UnknownItem" }));

        var result = FidelityProblems.From(validation);

        Assert.Equal(StatusCodes.Status400BadRequest, result.StatusCode);
        var errors = (JsonElement)result.ProblemDetails.Extensions["errors"]!;
        Assert.Equal(FidelityProblems.MaxErrors, errors.GetArrayLength());
        Assert.Equal("$.items[0].item", errors[0].GetProperty("path").GetString());
        Assert.Equal(150, result.ProblemDetails.Extensions["omittedErrors"]);
        Assert.Contains("250 problems", result.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongContentType_Is415_AndALongOneIsNotEchoed()
    {
        var result = FidelityProblems.UnsupportedMediaType("text/" + new string('x', 500));

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, result.StatusCode);
        Assert.DoesNotContain("xxxx", result.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
