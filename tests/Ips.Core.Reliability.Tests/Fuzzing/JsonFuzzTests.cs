using System.Globalization;
using System.Text.Json;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Reliability.Tests.Generators;
using Ips.Core.Reliability.Tests.Properties;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Fuzzing;

/// <summary>
/// Seeded JSON fuzzing: mutated facts and report documents (from the example reviews and from generated facts) either
/// read as a <see cref="JsonException"/> that names a path, or read successfully — and then facts score, render and
/// serialise without throwing. Any other exception type is a bug.
/// </summary>
public sealed class JsonFuzzTests
{
    /// <summary>Base case counts (× <see cref="PropertyBudget.Scale"/>).</summary>
    internal const int FactsCases = 100_000;
    internal const int ReportCases = 20_000;

    private static readonly Lazy<string[]> FactsSeeds = new(() =>
    {
        var examples = Examples.Names.Select(Examples.Json);
        var random = new Random(PropertyBudget.Seed(7));
        var generated = Enumerable.Range(0, 40)
            .Select(i => i % 2 == 0 ? FactsGen.ValidReviewFrom(random) : FactsGen.ReviewFrom(random))
            .Where(f => f.ProgrammeLabel is not null && !ScoringInvariantTests.HasMemberlessValue(f) && f.Items.All(i => i is not null && i.Specialists.Length < 100 && i.Specialists.All(s => s.Label is not null)) && f.Items.All(i => i.Programme.All(e => e.Id is not null) && i.Specialists.All(s => s.Facts.All(e => e.Id is not null))))
            .Select(FidelityJson.WriteFacts);
        return [.. examples, .. generated];
    });

    [Fact]
    public void MutatedFactsJson_GivesAJsonExceptionWithAPath_OrFactsThatScore()
    {
        var seeds = FactsSeeds.Value;
        Assert.True(seeds.Length >= 20, "too few seed documents");
        var outcomes = new int[2];
        var cases = PropertyBudget.Cases(FactsCases);
        for (var i = 0; i < cases; i++)
        {
            var random = new Random(PropertyBudget.Seed(1_000_000 + i));
            var json = JsonMutator.Mutate(seeds[random.Next(seeds.Length)], random);
            if (i % 20 == 0)
            {
                // The string-in/string-out entry point answers every document with a report or an error document.
                try
                {
                    Assert.False(string.IsNullOrEmpty(Ips.Core.Fidelity.Formats.Interop.FidelityInterop.ScoreReview(json, i % 40 == 0 ? "nb" : "en")));
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Assert.Fail("FidelityInterop.ScoreReview threw. " + Describe(i, json, e));
                }
            }

            try
            {
                var facts = FidelityJson.ReadFacts(json);
                outcomes[0]++;
                var report = Ips25Scale.Engine.Score(facts);
                if (i % 10 == 0)
                {
                    var language = i % 20 == 0 ? Ips25Scale.Norwegian : Ips25Scale.English;
                    _ = report.ToText(language);
                    _ = FidelityJson.WriteReport(report, language);
                    _ = FidelityJson.WriteFacts(facts);
                }
            }
            catch (JsonException e)
            {
                outcomes[1]++;
                if (string.IsNullOrEmpty(e.Path) && !e.Message.Contains('$', StringComparison.Ordinal))
                {
                    Assert.Fail("JsonException without a path. " + Describe(i, json, e));
                }
            }
            catch (Exception e)
            {
                Assert.Fail(Describe(i, json, e));
            }
        }

        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        Assert.True(outcomes[0] > cases / 50 && outcomes[1] > cases / 50, $"parsed {outcomes[0]}, rejected {outcomes[1]}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases} mutated facts documents: {outcomes[0]} parsed and scored, {outcomes[1]} JsonException");
    }

    [Fact]
    public void MutatedReportJson_GivesAJsonExceptionWithAPath_OrAReportThatRenders()
    {
        var reports = FactsSeeds.Value.Take(12)
            .Select(f => Ips25Scale.Engine.Score(FidelityJson.ReadFacts(f)))
            .SelectMany(r => new[] { Ips25Scale.Norwegian, Ips25Scale.English }.Select(l => FidelityJson.WriteReport(r, l)))
            .ToArray();
        var cases = PropertyBudget.Cases(ReportCases);
        for (var i = 0; i < cases; i++)
        {
            var random = new Random(PropertyBudget.Seed(2_000_000 + i));
            var json = JsonMutator.Mutate(reports[random.Next(reports.Length)], random);
            try
            {
                var report = FidelityJson.ReadReport(json, Ips25Scale.Engine.Scale);
                if (i % 10 == 0)
                {
                    _ = report.ToMarkdown();
                    _ = FidelityJson.WriteReport(report);
                }
            }
            catch (JsonException e)
            {
                if (string.IsNullOrEmpty(e.Path) && !e.Message.Contains('$', StringComparison.Ordinal))
                {
                    Assert.Fail("JsonException without a path. " + Describe(i, json, e));
                }
            }
            catch (Exception e)
            {
                Assert.Fail(Describe(i, json, e));
            }
        }
    }

    private static string Describe(int i, string json, Exception e) =>
        string.Create(CultureInfo.InvariantCulture, $"case {i}: {e.GetType().FullName} (path '{(e as JsonException)?.Path}'): {e}\nJSON:\n{JsonMutator.Excerpt(json)}");
}
