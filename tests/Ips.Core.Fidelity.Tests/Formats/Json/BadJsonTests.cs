using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Bad JSON is always a <see cref="JsonException"/> whose path says where, never another exception type.</summary>
public sealed class BadJsonTests
{
    private const string Head = "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-01-05\", ";

    public static TheoryData<string, string, string> BadFacts => new()
    {
        { "empty", "", "$" },
        { "whitespace only", "   \n ", "$" },
        { "null document", "null", "$" },
        { "array document", "[]", "$" },
        { "truncated", Head + "\"items\": [{\"item\": 1, \"facts\": {\"activeParticipants\": 3", "$.items[0].facts" },
        { "trailing garbage", Head + "\"items\": []} x", "$" },
        { "missing schemaVersion", "{\"programme\": \"P\", \"reviewDate\": \"2026-01-05\", \"items\": []}", "$" },
        { "unsupported schemaVersion", "{\"schemaVersion\": 2, \"programme\": \"P\", \"reviewDate\": \"2026-01-05\", \"items\": []}", "$.schemaVersion" },
        { "schemaVersion as a string", "{\"schemaVersion\": \"1\", \"programme\": \"P\", \"reviewDate\": \"2026-01-05\"}", "$.schemaVersion" },
        { "missing programme", "{\"schemaVersion\": 1, \"reviewDate\": \"2026-01-05\", \"items\": []}", "$" },
        { "null programme", "{\"schemaVersion\": 1, \"programme\": null, \"reviewDate\": \"2026-01-05\"}", "$.programme" },
        { "unknown property", Head + "\"reviewdate\": \"2026-01-05\"}", "$" },
        { "string for item number", Head + "\"items\": [{\"item\": \"1\"}]}", "$.items[0].item" },
        { "fractional item number", Head + "\"items\": [{\"item\": 1.5}]}", "$.items[0].item" },
        { "huge item number", Head + "\"items\": [{\"item\": 1e10}]}", "$.items[0].item" },
        { "items not an array", Head + "\"items\": {\"item\": 1}}", "$.items" },
        { "null item", Head + "\"items\": [null]}", "$.items[0]" },
        { "NaN literal", Head + "\"items\": [{\"item\": 1, \"facts\": {\"activeParticipants\": NaN}}]}", "$.items[0].facts" },
        { "fact value null", Head + "\"items\": [{\"item\": 1, \"facts\": {\"activeParticipants\": null}}]}", "$.items[0].facts" },
        { "object as a fact value, nested", Head + "\"items\": [{\"item\": 17, \"specialists\": [{\"label\": \"ES-A\", \"facts\": {\"jobSeekers\": {\"n\": 8}}}]}]}", "$.items[0].specialists[0].facts" },
        { "long form without a value", Head + "\"items\": [{\"item\": 1, \"facts\": {\"activeParticipants\": {\"origin\": \"derived\"}}}]}", "$.items[0].facts" },
        { "unknown origin", Head + "\"items\": [{\"item\": 1, \"facts\": {\"activeParticipants\": {\"value\": 17, \"origin\": \"guessed\"}}}]}", "$.items[0].facts" },
        { "number in an element list", Head + "\"items\": [{\"item\": 5, \"facts\": {\"teamContactPractices\": [\"officeNearTeam\", 3]}}]}", "$.items[0].facts" },
        { "facts not an object", Head + "\"items\": [{\"item\": 1, \"facts\": [36, 2]}]}", "$.items[0].facts" },
        { "specialist without label", Head + "\"items\": [{\"item\": 2, \"specialists\": [{\"facts\": {}}]}]}", "$.items[0].specialists[0]" },
        { "null specialist", Head + "\"items\": [{\"item\": 2, \"specialists\": [null]}]}", "$.items[0].specialists[0]" },
        { "impossible date", "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-02-30\"}", "$.reviewDate" },
        { "date as a number", "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": 20260105}", "$.reviewDate" },
        { "local date format", "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"05.01.2026\"}", "$.reviewDate" },
        { "period ends before it starts", Head + "\"reviewPeriod\": {\"start\": \"2026-06-30\", \"end\": \"2026-01-01\"}}", "$.reviewPeriod" },
        { "period without end", Head + "\"reviewPeriod\": {\"start\": \"2026-01-01\"}}", "$.reviewPeriod" },
        { "period with an extra property", Head + "\"reviewPeriod\": {\"start\": \"2026-01-01\", \"end\": \"2026-06-30\", \"days\": 181}}", "$.reviewPeriod" },
        { "deep nesting", Head + "\"items\": [{\"item\": 5, \"facts\": {\"teamContactPractices\": " + new string('[', 200) + new string(']', 200) + "}}]}", "$.items[0].facts" },
    };

    [Theory]
    [MemberData(nameof(BadFacts))]
    public void BadFacts_AreAJsonException_WithAPath(string problem, string json, string path)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => FidelityJson.ReadFacts(json));

        Assert.False(string.IsNullOrEmpty(exception.Path), problem + ": no path");
        Assert.StartsWith(path, exception.Path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message), problem + ": no message");
    }

    public static TheoryData<string, string, string, string> BadReports => new()
    {
        { "unknown status", "\"status\": \"rated\"", "\"status\": \"great\"", "$.items[0].status" },
        { "status as a number", "\"status\": \"rated\"", "\"status\": 0", "$.items[0].status" },
        { "unknown language", "\"language\": \"nb\"", "\"language\": \"se\"", "$.language" },
        { "score out of range", "\"score\": 4,", "\"score\": 9,", "$.items[0].score" },
        { "string for score", "\"score\": 4,", "\"score\": \"4\",", "$.items[0].score" },
        { "unknown level", "\"id\": \"fair\"", "\"id\": \"superb\"", "$.level.id" },
        { "unknown scale", "\"scaleId\": \"ips-25\"", "\"scaleId\": \"ips-15\"", "$.scaleId" },
        { "wrong schemaVersion", "\"schemaVersion\": 1", "\"schemaVersion\": 0", "$.schemaVersion" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public void BadReports_AreAJsonException_WithAPath(string problem, string find, string replace, string path)
    {
        var good = FidelityJson.WriteReport(ExampleReviews.Report("fair"));
        var index = good.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, problem + ": '" + find + "' not in the report");
        var json = string.Concat(good.AsSpan(0, index), replace, good.AsSpan(index + find.Length));

        var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, Ips25Scale.Definition));

        Assert.StartsWith(path, exception.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreOnAnExcludedSpecialist_IsAJsonException_WithAPath()
    {
        var good = FidelityJson.WriteReport(ExampleReviews.Report("incomplete"));
        var json = good.Replace("\"excluded\": true,", "\"score\": 99,\n          \"excluded\": true,", StringComparison.Ordinal);
        Assert.NotEqual(good, json);

        var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(json, Ips25Scale.Definition));

        Assert.Equal("$.items[16].specialists[2].score", exception.Path);
    }

    [Fact]
    public void EveryTruncationOfAReport_IsAJsonException_WithAPath()
    {
        var good = FidelityJson.WriteReport(ExampleReviews.Report("incomplete"));

        for (var length = 0; length < good.Length; length += 97)
        {
            var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadReport(good[..length], Ips25Scale.Definition));
            Assert.False(string.IsNullOrEmpty(exception.Path), "truncated at " + length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void EveryTruncationOfFacts_IsAJsonException_WithAPath()
    {
        var good = ExampleReviews.Json("incomplete");

        for (var length = 0; length < good.TrimEnd().Length; length += 13)
        {
            var exception = Assert.Throws<JsonException>(() => FidelityJson.ReadFacts(good[..length]));
            Assert.False(string.IsNullOrEmpty(exception.Path), "truncated at " + length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
