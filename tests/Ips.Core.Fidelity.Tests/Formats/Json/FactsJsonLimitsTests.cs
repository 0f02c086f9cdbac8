using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Facts documents are bounded while they are read (<see cref="FidelityJsonLimits"/>): a document over a bound is refused at the bound, quickly, with a short coded error.</summary>
public sealed class FactsJsonLimitsTests
{
    private const string Head = "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-10-01\", \"items\": [";

    private static string Items(int count, string item = "{\"item\": 2, \"facts\": {\"employmentServicesTimePercent\": 90.0}}")
    {
        var text = new StringBuilder(Head, Head.Length + (count * (item.Length + 2)) + 2);
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(item);
        }

        return text.Append("]}").ToString();
    }

    private static JsonReadError Refused(string json, FidelityJsonLimits? limits = null)
    {
        var read = FidelityJson.TryReadFacts(json, Ips25Scale.Definition, limits);
        Assert.False(read.Success);
        return read.Error!;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Examples_AreWithinTheDefaultLimits(string name) =>
        Assert.True(FidelityJson.TryReadFacts(ExampleReviews.Json(name)).Success);

    public static TheoryData<string> ExampleNames => new(ExampleReviews.Names);

    [Fact]
    public void FiftyMegabytesOfDuplicateItems_AreRefusedAtOnce_WithAShortError()
    {
        var json = Items(850_000);
        Assert.True(json.Length > 50_000_000, json.Length.ToString(CultureInfo.InvariantCulture));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Refused(json);

        clock.Stop();
        Assert.Equal(JsonReadErrorCodes.Limit, error.Code);
        Assert.Equal("$", error.Path);
        Assert.True(error.Message.Length < 200, error.Message);
        Assert.Matches(@"^The document is \d+ bytes, more than the limit of " + FidelityJsonLimits.Default.MaxDocumentBytes.ToString(CultureInfo.InvariantCulture) + @" bytes\.$", error.Message);
        Assert.True(clock.ElapsedMilliseconds < 1_000, clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000, "the text was not copied or parsed");
    }

    [Theory]
    [InlineData("size")]
    [InlineData("items")]
    [InlineData("specialists")]
    [InlineData("elements")]
    [InlineData("facts")]
    [InlineData("depth")]
    public void LimitErrors_SayTheLimitInPlainWords_AndNameNoDotNetMember(string bound)
    {
        var (json, limits) = bound switch
        {
            "size" => (Items(10), FidelityJsonLimits.Default with { MaxDocumentBytes = 100 }),
            "items" => (Items(4), FidelityJsonLimits.Default with { MaxItems = 3 }),
            "specialists" => ("""{"schemaVersion":1,"programme":"T","reviewDate":"2026-10-01","items":[{"item":2,"specialists":[{"label":"A","facts":{}},{"label":"B","facts":{}}]}]}""", FidelityJsonLimits.Default with { MaxSpecialistsPerItem = 1 }),
            "elements" => ("""{"schemaVersion":1,"programme":"T","reviewDate":"2026-10-01","items":[{"item":5,"facts":{"teamContactPractices":["a","b"]}}]}""", FidelityJsonLimits.Default with { MaxElementsPerFact = 1 }),
            "facts" => ("""{"schemaVersion":1,"programme":"T","reviewDate":"2026-10-01","items":[{"item":1,"facts":{"activeParticipants":1,"fullTimeEquivalents":1}}]}""", FidelityJsonLimits.Default with { MaxFactsPerMap = 1 }),
            _ => ("""{"schemaVersion":1,"programme":"T","reviewDate":"2026-10-01","items":[[[[[[[[[[]]]]]]]]]]}""", FidelityJsonLimits.Default with { MaxDepth = 4 }),
        };

        var error = Refused(json, limits);

        Assert.Equal(JsonReadErrorCodes.Limit, error.Code);
        Assert.DoesNotContain("FidelityJsonLimits", error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\bMax[A-Z]", error.Message);
        Assert.Matches(@"\b(1|3|4|100)\b", error.Message);   // the limit itself, as a number
        Assert.Contains(bound == "size" ? "bytes" : bound == "depth" ? "levels deep" : bound, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyItems_StopAtTheFirstItemOverTheBound_EvenWhenTheSizeIsAllowed()
    {
        var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = 128 * 1024 * 1024 };
        var json = Items(700_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Refused(json, limits);

        Assert.Equal(JsonReadErrorCodes.Limit, error.Code);
        Assert.Equal("$.items[1000]", error.Path);
        Assert.Equal("More than " + FidelityJsonLimits.Default.MaxItems.ToString(CultureInfo.InvariantCulture) + " items, the limit for one document; the rest of the document was not read.", error.Message);
        // Only the UTF-8 copy of the text (a pooled buffer of at most twice its length): none of the 700 000 items was built.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < (long)json.Length * 2, allocated.ToString(CultureInfo.InvariantCulture) + " B for a " + json.Length.ToString(CultureInfo.InvariantCulture) + "-character text");
    }

    [Fact]
    public void APlainDocumentJustOverTheItemBound_IsRefused_AndOneAtTheBoundIsRead()
    {
        var limits = FidelityJsonLimits.Default with { MaxItems = 3 };

        Assert.Equal(3, FidelityJson.ReadFacts(Items(3), Ips25Scale.Definition, limits).Items.Length);
        Assert.Equal("$.items[3]", Refused(Items(4), limits).Path);
    }

    [Fact]
    public void EachBound_IsReportedAtItsPath()
    {
        var specialists = Head + "{\"item\": 2, \"specialists\": [" + string.Join(", ", Enumerable.Range(1, 3).Select(i => "{\"label\": \"ES " + i.ToString(CultureInfo.InvariantCulture) + "\", \"facts\": {}}")) + "]}]}";
        var facts = Head + "{\"item\": 2, \"facts\": {\"a\": 1, \"b\": 2, \"c\": 3}}]}";
        var elements = Head + "{\"item\": 5, \"facts\": {\"teamContactPractices\": [\"a\", \"b\", \"c\"]}}]}";
        var longForm = Head + "{\"item\": 5, \"facts\": {\"teamContactPractices\": {\"value\": [\"a\", \"b\", \"c\"], \"origin\": \"derived\"}}}]}";

        Assert.Equal("$.items[0].specialists[2]", Refused(specialists, FidelityJsonLimits.Default with { MaxSpecialistsPerItem = 2 }).Path);
        Assert.Equal("$.items[0].facts.c", Refused(facts, FidelityJsonLimits.Default with { MaxFactsPerMap = 2 }).Path);
        Assert.Equal("$.items[0].facts.teamContactPractices[2]", Refused(elements, FidelityJsonLimits.Default with { MaxElementsPerFact = 2 }).Path);
        Assert.Equal("$.items[0].facts.teamContactPractices.value[2]", Refused(longForm, FidelityJsonLimits.Default with { MaxElementsPerFact = 2 }).Path);
        Assert.All(new[] { specialists, facts, elements, longForm }, json => Assert.True(FidelityJson.TryReadFacts(json).Success || FidelityJson.TryReadFacts(json).Error!.Code != JsonReadErrorCodes.Limit));
    }

    [Fact]
    public void DeepNesting_IsALimit_NotAStackOverflow()
    {
        var json = Head + "{\"item\": 5, \"facts\": {\"teamContactPractices\": " + new string('[', 100_000) + new string(']', 100_000) + "}}]}";

        var error = Refused(json);

        Assert.Equal(JsonReadErrorCodes.Limit, error.Code);
        Assert.StartsWith("$.items[0].facts.teamContactPractices", error.Path, StringComparison.Ordinal);
        Assert.StartsWith("The document is nested more than ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" levels deep, the limit.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF8Overloads_AreBoundedAlike()
    {
        var utf8 = Encoding.UTF8.GetBytes(Items(5));
        var error = Assert.ThrowsAny<JsonException>(() => FidelityJson.ReadFacts(utf8, Ips25Scale.Definition, FidelityJsonLimits.Default with { MaxItems = 4 }));

        Assert.Equal("$.items[4]", error.Path);
        Assert.Equal(5, FidelityJson.ReadFacts(utf8, Ips25Scale.Definition).Items.Length);
    }

    [Fact]
    public void NonPositiveBounds_AreRefused_NamingTheBound()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FidelityJson.ReadFacts(Items(1), Ips25Scale.Definition, FidelityJsonLimits.Default with { MaxItems = 0 }));

        Assert.Equal("limits", error.ParamName);
        Assert.Contains("MaxItems", error.Message, StringComparison.Ordinal);
    }
}
