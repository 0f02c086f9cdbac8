using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Documentation;

/// <summary>
/// The samples in <c>docs/getting-started.md</c> run and print what the page says, and the page still shows exactly
/// these samples. The code in the test methods is the code of the samples; keep them in step.
/// </summary>
public sealed class GettingStartedTests
{
    private const string DocPath = "docs/getting-started.md";

    private const string TypedFactsSample = """
        #:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
        using Ips.Core.Fidelity.Facts;
        using Ips.Core.Fidelity.Ips25;
        using Ips.Core.Fidelity.Presentation;

        var facts = new ReviewFactsBuilder("Team Nord", new DateOnly(2026, 10, 1))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
            .Add(new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 92 })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 5.5, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 9 })
            .Build();

        var report = Ips25Scale.Engine.Score(facts);
        Console.Write(report.ToText(Ips25Scale.English));
        """;

    private const string JsonSample = """
        {
          "schemaVersion": 1,
          "programme": "Team Nord",
          "reviewDate": "2026-10-01",
          "items": [
            { "item": 1, "facts": { "activeParticipants": 36, "fullTimeEquivalents": 2 } },
            { "item": 2, "facts": { "employmentServicesTimePercent": 92 } },
            { "item": 17, "facts": { "inPersonEmployerContactsPerWeek": 5.5, "contactLogReview": "weekly", "jobSeekers": 9 } }
          ]
        }
        """;

    private const string JsonCodeSample = """
        #:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
        using Ips.Core.Fidelity.Formats.Json;
        using Ips.Core.Fidelity.Ips25;
        using Ips.Core.Fidelity.Presentation;

        var facts = FidelityJson.ReadFacts(File.ReadAllText("review.json"));
        var report = Ips25Scale.Engine.Score(facts);
        Console.Write(report.ToText(Ips25Scale.English));
        """;

    /// <summary>The lines the page quotes from the report, in order.</summary>
    private static readonly string[] QuotedLines =
    [
        " 1  Caseload size: Score 5",
        " 2  Employment services staff: Score 4",
        "    Next: 96 % or more of time on employment services → 5; now 92 %",
        "17  Frequent employer contact: Score 4",
        "    Next: 6 or more contacts a week (or 2 per job seeker with fewer than 3 seeking), log reviewed weekly → 5; now 5.5 a week",
        "Sum of rated items: 13",
        "Possible total: 35–123",
        "Rated items: 3/25",
    ];

    [Fact]
    public void TypedFactsSample_PrintsTheQuotedReport()
    {
        // The body of TypedFactsSample.
        var facts = new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
            .Add(new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 92 })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 5.5, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 9 })
            .Build();

        FidelityReport report = Ips25Scale.Engine.Score(facts);
        var text = report.ToText(Ips25Scale.English);

        AssertQuotedLines(text);
        Assert.StartsWith("Level: The level cannot be determined yet — Possible total 35–123: ", Line(text, "Level: "), StringComparison.Ordinal);
        Assert.Equal((13, 35, 123, 3), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible, report.Total.RatedCount));
        Assert.Null(report.Level);
    }

    [Fact]
    public void JsonSample_PrintsTheSameReportAsTheTypedFacts()
    {
        var typed = new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
            .Add(new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 92 })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 5.5, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 9 })
            .Build();

        using var directory = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory.Path, "review.json"), JsonSample);

        // The body of JsonCodeSample (with the file in a temporary directory).
        var facts = FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(directory.Path, "review.json")));
        var report = Ips25Scale.Engine.Score(facts);
        var text = report.ToText(Ips25Scale.English);

        AssertQuotedLines(text);
        Assert.Equal(Ips25Scale.Engine.Score(typed).ToText(Ips25Scale.English), text);
    }

    [Fact]
    public void NorwegianIsTheDefaultLanguage()
    {
        var facts = FidelityJson.ReadFacts(JsonSample);
        var text = Ips25Scale.Engine.Score(facts).ToText();
        Assert.Contains("Språk: nb", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(TypedFactsSample), "csharp")]
    [InlineData(nameof(JsonSample), "json")]
    [InlineData(nameof(JsonCodeSample), "csharp")]
    public void Page_ShowsExactlyTheTestedSamples(string sample, string language)
    {
        var expected = sample switch
        {
            nameof(TypedFactsSample) => TypedFactsSample,
            nameof(JsonSample) => JsonSample,
            _ => JsonCodeSample,
        };
        var page = RepositoryFiles.ReadText(DocPath);
        var marker = $"<!-- pinned: tests/Ips.Core.Fidelity.Tests/Documentation/GettingStartedTests.cs ({sample}) -->\n```{language}\n";
        var start = page.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{DocPath} has no block marked {sample}.");
        start += marker.Length;
        var end = page.IndexOf("\n```\n", start, StringComparison.Ordinal);
        Assert.Equal(expected.ReplaceLineEndings("\n"), page[start..end]);
    }

    [Fact]
    public void Page_QuotesTheReportLinesTheTestChecks()
    {
        var page = RepositoryFiles.ReadText(DocPath);
        foreach (var line in QuotedLines)
        {
            Assert.Contains(line + "\n", page, StringComparison.Ordinal);
        }
    }

    private static void AssertQuotedLines(string text)
    {
        var position = 0;
        foreach (var line in QuotedLines)
        {
            var found = text.IndexOf("\n" + line + "\n", position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"The report lacks the line \"{line}\" (in this order).\n{text}");
            position = found + 1;
        }
    }

    private static string Line(string text, string prefix) =>
        text.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));

    private sealed class TemporaryDirectory : IDisposable
    {
        public TemporaryDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ips-getting-started-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
