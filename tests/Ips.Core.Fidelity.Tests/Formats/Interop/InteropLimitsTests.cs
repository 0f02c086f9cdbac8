using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary>The string entry points are bounded: a huge document gives a short error quickly, and a long list of fact errors is cut at 100 with the full count.</summary>
public sealed class InteropLimitsTests
{
    private const string Head = "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-10-01\", \"items\": [";

    [Fact]
    public void ScoreReview_FiftyMegabytesOfDuplicateItems_IsAShortJsonError_WellUnderASecond()
    {
        var text = new StringBuilder(Head);
        for (var i = 0; i < 850_000; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append("{\"item\": 2, \"facts\": {\"employmentServicesTimePercent\": 90.0}}");
        }

        var json = text.Append("]}").ToString();
        var clock = Stopwatch.StartNew();

        var result = FidelityInterop.ScoreReview(json);

        Assert.True(clock.ElapsedMilliseconds < 1_000, clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        Assert.True(FidelityInterop.IsError(result));
        Assert.True(result.Length < 1_000, result.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(" bytes, more than the limit of ", result, StringComparison.Ordinal);
        Assert.DoesNotContain("FidelityJsonLimits", result, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreReview_ManyFactErrors_ListsTheFirstHundred_AndCountsTheRest()
    {
        // 300 items, each an unknown item number: 300 errors (fewer than the 1 000-item bound).
        var items = string.Join(", ", Enumerable.Range(100, 300).Select(n => "{\"item\": " + n.ToString(CultureInfo.InvariantCulture) + ", \"facts\": {}}"));

        var result = FidelityInterop.ScoreReview(Head + items + "]}");

        using var document = JsonDocument.Parse(result);
        var error = document.RootElement.GetProperty("error");
        Assert.Equal(100, error.GetProperty("errors").GetArrayLength());
        Assert.Contains("(300 problems)", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("The first 100 are listed, and 200 more.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
