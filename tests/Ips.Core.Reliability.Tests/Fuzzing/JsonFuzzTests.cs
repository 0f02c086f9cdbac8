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
    public void MutatedFactsJson_RejectedForOneMutation_NamesThePathOfTheMutatedValueOrItsContainer()
    {
        // System.Text.Json always sets some path, so "has a path" cannot fail: the path must lead to what was changed.
        var seeds = FactsSeeds.Value;
        var rejected = 0;
        var depths = new int[MaxLevelsAbove + 2];
        var cases = PropertyBudget.Cases(LocatedCases);
        for (var i = 0; i < cases; i++)
        {
            var random = new Random(PropertyBudget.Seed(3_000_000 + i));
            var at = JsonMutator.MutateLocated(seeds[random.Next(seeds.Length)], random, out var json);
            Assert.NotNull(at);
            try
            {
                _ = FidelityJson.ReadFacts(json);
            }
            catch (JsonException e)
            {
                rejected++;
                var up = LevelsAbove(at, e.Path);
                if (up > MaxLevelsAbove && InFactMap(at, e))
                {
                    up = MaxLevelsAbove + 1; // a fact map is read as one value: its errors point at the map and name the fact
                }
                else if (up is null or > MaxLevelsAbove)
                {
                    Assert.Fail($"mutated {at}, error at '{e.Path}' ({e.Message}). " + Describe(i, json, e));
                }

                depths[up.Value]++;
            }
        }

        Assert.True(rejected > cases / 4, $"only {rejected} of {cases} rejected");
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases} located mutations, {rejected} rejected; error at the value or below {depths[0]}, its container {depths[1]}, two up {depths[2]}, a fact map naming the fact {depths[3]}");
    }

    /// <summary>Cases for the located-mutation property (× <see cref="PropertyBudget.Scale"/>).</summary>
    internal const int LocatedCases = 20_000;

    /// <summary>How far above the mutated value an error may point: its container (a required member dropped) or the container's parent (a rule over a list, such as duplicate labels).</summary>
    private const int MaxLevelsAbove = 2;

    /// <summary>
    /// How many levels above <paramref name="mutated"/> <paramref name="error"/> points (0 for the value itself or a
    /// value inside it), or null when the error is not on the mutated value's line at all.
    /// </summary>
    internal static int? LevelsAbove(string mutated, string? error)
    {
        if (string.IsNullOrEmpty(error))
        {
            return null;
        }

        var m = Segments(mutated);
        var e = Segments(error);
        var common = 0;
        while (common < m.Count && common < e.Count && m[common] == e[common])
        {
            common++;
        }

        // On the line: the error is an ancestor of the value (common == e.Count) or the value or inside it (common == m.Count).
        return common == m.Count ? 0 : common == e.Count ? m.Count - common : null;
    }

    /// <summary>Whether <paramref name="e"/> points at a <c>facts</c> map on the mutated value's line and its message names the fact the value belongs to.</summary>
    private static bool InFactMap(string mutated, JsonException e)
    {
        if (e.Path is not { } path || !path.EndsWith(".facts", StringComparison.Ordinal) || !mutated.StartsWith(path + ".", StringComparison.Ordinal))
        {
            return false;
        }

        var fact = Segments(mutated)[Segments(path).Count];
        return e.Message.Contains("'" + fact + "'", StringComparison.Ordinal);
    }

    private static List<string> Segments(string path) =>
        [.. System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]|\['([^']*)'\]").Select(match => match.Value.TrimStart('.').Replace("['", string.Empty, StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal))];

    [Fact]
    public void MutatedReportJson_GivesAJsonExceptionWithAPath_OrAReportThatRenders()
    {
        var reports = FactsSeeds.Value.Take(12)
            .Select(f => Ips25Scale.Engine.Score(FidelityJson.ReadFacts(f)))
            .SelectMany(r => new[] { Ips25Scale.Norwegian, Ips25Scale.English }.Select(l => FidelityJson.WriteReport(r, l)))
            .ToArray();
        var cases = PropertyBudget.Cases(ReportCases);
        var outcomes = new int[2];
        for (var i = 0; i < cases; i++)
        {
            // Hostile mutations are nearly always rejected; every other case changes one value within its type, which mostly reads.
            var random = new Random(PropertyBudget.Seed(2_000_000 + i));
            var source = reports[random.Next(reports.Length)];
            var json = i % 2 == 0 ? JsonMutator.Mutate(source, random) : JsonMutator.MutateSameType(source, random);
            try
            {
                var report = FidelityJson.ReadReport(json, Ips25Scale.Engine.Scale);
                outcomes[0]++;
                if (i % 10 == 0)
                {
                    _ = report.ToMarkdown();
                    _ = FidelityJson.WriteReport(report);
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

        // Both outcomes must be a substantial share, or the reading of reports is barely tested on one side.
        Assert.True(outcomes[0] > cases / 5 && outcomes[1] > cases / 5, $"parsed {outcomes[0]}, rejected {outcomes[1]}");
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases} mutated report documents: {outcomes[0]} parsed, {outcomes[1]} JsonException");
    }

    private static string Describe(int i, string json, Exception e) =>
        string.Create(CultureInfo.InvariantCulture, $"case {i}: {e.GetType().FullName} (path '{(e as JsonException)?.Path}'): {e}\nJSON:\n{JsonMutator.Excerpt(json)}");
}
