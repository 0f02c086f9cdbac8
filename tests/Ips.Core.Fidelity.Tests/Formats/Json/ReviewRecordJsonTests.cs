using System.Text.Json;
using FluentValidation;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Fidelity.Tests.Reviews;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Review records round-trip through schema-versioned JSON; bad documents give coded errors with paths.</summary>
public sealed class ReviewRecordJsonTests
{
    [Fact]
    public void RecordWithEveryField_RoundTripsExactly()
    {
        var record = ReviewRecord.Create(ReviewRecordTests.Valid(), Ips25Scale.Definition);

        var json = ReviewRecordJson.Write(record);
        var back = ReviewRecordJson.Read(json, Ips25Scale.Definition);

        Assert.Equal(json, ReviewRecordJson.Write(back));
        Assert.Equal(record.Item(17)!.Evidence, back.Item(17)!.Evidence);
        Assert.Equal(record.ActionPlan.Select(a => a.Action), back.ActionPlan.Select(a => a.Action));
        Assert.Equal(record.NextReview, back.NextReview);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"role\": \"coReviewer\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sources\": [\n        \"MIS\",\n        \"INT\"\n      ]", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"inProgress\"", json, StringComparison.Ordinal);
        Assert.Contains("God drøfting av åpenhet.", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fair")]
    [InlineData("exemplary")]
    public void ExampleRecords_ReadWithoutWarnings_AndRoundTrip(string name)
    {
        var record = ExampleRecords.Record(name);

        Assert.Empty(record.Warnings);
        Assert.Equal(25, record.Items.Length);
        Assert.Equal(ReviewRecordJson.Write(record), ReviewRecordJson.Write(ReviewRecordJson.Read(ReviewRecordJson.Write(record), Ips25Scale.Definition)));
    }

    [Fact]
    public void ExampleRecords_ConsensusIsTheEnginesScoreOfTheAgreedFacts_AndNextReviewFollowsItem11()
    {
        foreach (var name in ExampleRecords.Names)
        {
            var record = ExampleRecords.Record(name);
            var report = Examples.ExampleReviews.Report(name);

            Assert.All(record.Items, item => Assert.Equal(report.Item(item.Item).Score, item.Consensus));
            Assert.Equal(Ips25Scale.ReviewIntervals.Schedule(report, record.LastVisit), record.NextReview);
        }
    }

    public static TheoryData<string, string, string, string> BadDocuments => new()
    {
        { "not JSON", "{\"schemaVersion\": 1,", JsonReadErrorCodes.Syntax, "" },
        { "no schemaVersion", "{\"scale\": \"ips-25\"}", JsonReadErrorCodes.Document, "$" },
        { "schemaVersion 2", "{\"schemaVersion\": 2}", JsonReadErrorCodes.Document, "schemaVersion" },
        { "unknown member", "{\"schemaVersion\": 1, \"reviewerNames\": [\"Kari\"]}", JsonReadErrorCodes.Document, "reviewerNames" },
        { "role as a number", "{\"schemaVersion\": 1, \"reviewers\": [{\"id\": \"R-1\", \"role\": 0}]}", JsonReadErrorCodes.Document, "reviewers[0].role" },
        { "unknown source", "{\"schemaVersion\": 1, \"items\": [{\"item\": 1, \"sources\": [\"TEL\"]}]}", JsonReadErrorCodes.Document, "items[0].sources[0]" },
        { "source as a number", "{\"schemaVersion\": 1, \"items\": [{\"item\": 1, \"sources\": [2]}]}", JsonReadErrorCodes.Document, "items[0].sources[0]" },
        { "impossible date", "{\"schemaVersion\": 1, \"visitDates\": [\"2026-02-30\"]}", JsonReadErrorCodes.Document, "visitDates[0]" },
        { "score as a string", "{\"schemaVersion\": 1, \"items\": [{\"item\": 1, \"ratings\": [{\"reviewer\": \"R\", \"score\": \"4\"}]}]}", JsonReadErrorCodes.Document, "items[0].ratings[0].score" },
        { "deep nesting", "{\"schemaVersion\": 1, \"items\": " + new string('[', 40) + new string(']', 40) + "}", JsonReadErrorCodes.Document, "items" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void BadDocument_IsOneCodedErrorWithItsPath(string problem, string json, string code, string path)
    {
        var result = ReviewRecordJson.TryRead(json, Ips25Scale.Definition);

        Assert.False(result.Success, problem);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.StartsWith(path, error.PropertyName, StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => ReviewRecordJson.Read(json, Ips25Scale.Definition));
    }

    [Fact]
    public void WellFormedDocumentWithBadContent_GivesTheValidatorsCodesAndPaths()
    {
        var json = ExampleRecords.Json("fair").Replace("\"role\": \"coReviewer\"", "\"role\": \"lead\"", StringComparison.Ordinal);
        Assert.NotEqual(ExampleRecords.Json("fair"), json);

        var result = ReviewRecordJson.TryRead(json, Ips25Scale.Definition);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.ErrorCode == ReviewRecordErrorCodes.LeadCount && e.PropertyName == "reviewers");
        Assert.Throws<ValidationException>(() => ReviewRecordJson.Read(json, Ips25Scale.Definition));
    }

    [Fact]
    public void OversizedDocument_IsRefusedBeforeReading()
    {
        var result = ReviewRecordJson.TryRead(new string(' ', ReviewRecordJson.MaxDocumentBytes + 1), Ips25Scale.Definition);

        Assert.Equal(JsonReadErrorCodes.Limit, Assert.Single(result.Errors).ErrorCode);
    }

    [Theory]
    [InlineData("an unreadable literal swallows the rest", "{\"schemaVersion\": 1, \"programme\": tR-SECRET-42\", \"reviewers\": [{\"id\": \"R-SECRET-43\"}]}")]
    [InlineData("a value turned into a property name", "{\"schemaVersion\": 1, \"R-SECRET-42\": 1}")]
    [InlineData("a property name spanning the document", "{\"schemaVersion\": 1, \"reviewers\": [{\"id\": \"R-SECRET-42\"}], \"x R-SECRET-43\": 1}")]
    public void BrokenDocument_ErrorEchoesNoTextOfTheDocument_ButPlainMemberNames(string problem, string json)
    {
        var result = ReviewRecordJson.TryRead(json, Ips25Scale.Definition);

        var error = Assert.Single(result.Errors);
        Assert.DoesNotContain("SECRET", error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", error.PropertyName, StringComparison.Ordinal);
        var thrown = Assert.ThrowsAny<JsonException>(() => ReviewRecordJson.Read(json, Ips25Scale.Definition));
        Assert.DoesNotContain("SECRET", thrown.Message + thrown.Path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void UnknownPlainMember_IsNamedInTheError()
    {
        var result = ReviewRecordJson.TryRead("{\"schemaVersion\": 1, \"reviewerNames\": []}", Ips25Scale.Definition);

        Assert.Contains("reviewerNames", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
    }
}
