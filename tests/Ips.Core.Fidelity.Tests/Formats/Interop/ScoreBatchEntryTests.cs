using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Interop;

/// <summary><see cref="FidelityInterop.ScoreBatch"/>: one bad entry never fails the others, even when it makes the whole text invalid JSON.</summary>
public sealed class ScoreBatchEntryTests
{
    [Fact]
    public void OneEntryWithABareNaN_FailsAlone_AtItsPath_AndTheOthersAreScored()
    {
        var bad = ExampleReviews.Json("fair").Replace("\"fullTimeEquivalents\": 1.0", "\"fullTimeEquivalents\": NaN", StringComparison.Ordinal);
        Assert.NotEqual(ExampleReviews.Json("fair"), bad);
        var batch = "[" + ExampleReviews.Json("exemplary") + ",\n" + bad + ",\n" + ExampleReviews.Json("incomplete") + "]";

        using var document = JsonDocument.Parse(FidelityInterop.ScoreBatch(batch));
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(3, results.Count);
        Assert.True(results[0].TryGetProperty("total", out _));
        Assert.StartsWith("$[1]", results[1].GetProperty("error").GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.True(results[2].TryGetProperty("total", out _));
    }

    [Fact]
    public void TextThatIsNotAnArrayOfEntries_IsStillOneJsonError()
    {
        Assert.True(FidelityInterop.IsError(FidelityInterop.ScoreBatch("{\"a\": NaN}")));
        Assert.True(FidelityInterop.IsError(FidelityInterop.ScoreBatch("[" + ExampleReviews.Json("fair"))));
        Assert.True(FidelityInterop.IsError(FidelityInterop.ScoreBatch("[NaN]")));
    }
}
