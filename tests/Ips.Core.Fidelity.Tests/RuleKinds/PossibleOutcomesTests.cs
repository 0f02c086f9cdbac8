using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Scales;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// Each rule kind's possible scores with facts missing (policy 4), read from the rule's structure: bands over an
/// interval, nearest anchors, element counts, observed levels, decision lists and modifiers.
/// </summary>
public sealed class PossibleOutcomesTests
{
    private static (int Min, int Max) Possible(ItemResult result)
    {
        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.NotEmpty(result.MissingFacts);
        return (result.PossibleScores!.Min, result.PossibleScores.Max);
    }

    private static FidelityEngine Ips25With(Action<JsonNode> change) => DefinitionJson.Engine(change);

    private static FidelityEngine MiniWith(Action<JsonNode> change)
    {
        var json = JsonNode.Parse(TestScales.MiniSwedishJson)!;
        change(json);
        return new FidelityEngine(ScaleDefinition.Load(json.ToJsonString()));
    }

    private static JsonNode MiniItem(JsonNode json, int number) => json["items"]!.AsArray().First(i => (int)i!["number"]! == number)!;

    [Fact]
    public void Bands_OverABoundedInterval_GiveTheScoresOfTheBandsItMeets()
    {
        // Item 15 with days declared 0–100: 0–30 → 5, 31–60 → 4, 61–100 → 3; the cap for untracked contacts then trims 5.
        var engine = Ips25With(json => DefinitionJson.Fact(json, 15, "meanDaysToFirstEmployerContact")["max"] = 100);

        Assert.Equal((3, 5), Possible(engine.Score(15, F("employerContactsTracked", true))));
        Assert.Equal((3, 4), Possible(engine.Score(15, F("employerContactsTracked", false))));
    }

    [Theory]
    [InlineData(150.5, false, 2)] // 150.5 rounds to 151: band 151–270 only
    [InlineData(150.4, false, 0)] // 150.4 rounds to 150: 61–150 as well
    [InlineData(150, true, 0)]    // just above 150 still rounds to 150
    [InlineData(150.5, true, 2)]
    public void Bands_AtTheEndsOfTheInterval_RoundAsTheEngineDoes(double min, bool exclusive, int determined)
    {
        var engine = Ips25With(json =>
        {
            var fact = DefinitionJson.Fact(json, 15, "meanDaysToFirstEmployerContact");
            fact["min"] = min;
            fact["minExclusive"] = exclusive;
            fact["max"] = 270;
        });

        var result = engine.Score(15, F("employerContactsTracked", true));

        if (determined > 0)
        {
            Assert.Equal((ItemStatus.Rated, determined), (result.Status, result.Score!.Value));
            Assert.Equal(["meanDaysToFirstEmployerContact"], result.DeterminedWithout);
        }
        else
        {
            Assert.Equal((2, 3), Possible(result));
        }
    }

    [Fact]
    public void Bands_OverARatioOfCounts_FollowTheDecisionListsNarrowing()
    {
        // Item 21, 9 permanent jobs, current jobs missing (at least 9 by the constraint): 9 jobs is "fewer than 10" → 1;
        // 10 or more is at most 90 % → 1–4. Without narrowing the otherwise branch to 10+ jobs, 9 ÷ 9 = 100 % (5) would appear.
        Assert.Equal((1, 4), Possible(Item(21, C("permanentCompetitiveJobs", 9))));

        // 8 permanent: 80 % at 10 jobs (3), 73 % at 11 (2), 62 % at 13 (1).
        Assert.Equal((1, 3), Possible(Item(21, C("permanentCompetitiveJobs", 8))));
    }

    [Theory]
    [InlineData(5.0, 2)]      // 5 is halfway between 4 (→ 2) and 6 (→ 3): the tie takes the lower score
    [InlineData(4.9, 2)]
    [InlineData(5.5, -1)]     // past the midpoint: 6 is nearer
    public void NearestAnchor_OverAnInterval_GivesThePointsNearestSomewhereInIt(double max, int determined)
    {
        // Mini-sv item 3: points 0 → 0, 2 → 1, 4 → 2, 6 → 3; contacts declared 3.5–max.
        var engine = MiniWith(json =>
        {
            var fact = MiniItem(json, 3)["facts"]![0]!;
            fact["min"] = 3.5;
            fact["max"] = max;
        });

        var result = engine.Score(Raw(ItemFacts.ForProgramme(3))).Item(3);
        var given = engine.Score(Raw(ItemFacts.ForProgramme(3, new FactEntry("kontakterPerVecka", FactValue.FromNumber(max))))).Item(3);

        if (determined >= 0)
        {
            Assert.Equal((ItemStatus.Rated, determined), (result.Status, result.Score!.Value));
            Assert.Equal(["kontakterPerVecka"], result.DeterminedWithout);
            Assert.Equal(determined, given.Score);
        }
        else
        {
            Assert.Equal((2, 3), Possible(result));
        }
    }

    [Fact]
    public void NearestAnchor_MissingAndUnbounded_CanTakeEveryPoint()
    {
        var engine = new FidelityEngine(ScaleDefinition.Load(TestScales.MiniSwedishJson));

        var result = engine.Score(Raw(ItemFacts.ForProgramme(3, new FactEntry("kontakterPerVecka", FactValue.FromNumber(1))))).Item(3);
        var missing = engine.Score(Raw(new ItemFacts { Item = 3 })).Item(3);

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal((0, 3), (missing.PossibleScores!.Min, missing.PossibleScores.Max));
    }

    [Fact]
    public void ElementCount_Missing_GivesTheScoresOfEveryCount()
    {
        // Mini-sv item 2 remapped: 0–1 present → 1, 2–3 → 3. Missing, it is 1 or 3 (1–3), never 0.
        var engine = MiniWith(json => MiniItem(json, 2)["rule"]!["map"] = JsonNode.Parse(
            """[{ "min": 0, "max": 1, "score": 1 }, { "min": 2, "max": 3, "score": 3 }]"""));

        var result = engine.Score(Raw(ItemFacts.ForProgramme(2, new FactEntry("samverkan", FactValue.FromElements())))).Item(2);
        Assert.Equal(1, result.Score);

        var report = engine.Score(Raw());
        Assert.Equal((1, 3), (report.Item(2).PossibleScores!.Min, report.Item(2).PossibleScores!.Max));
        Assert.Equal(0 + 1 + 0 + 0, report.Total.LowestPossible);
    }

    [Fact]
    public void ElementCount_EveryCountTheSameScore_IsDeterminedWithNoFactAtAll()
    {
        var engine = MiniWith(json => MiniItem(json, 2)["rule"]!["map"] = JsonNode.Parse("""[{ "min": 0, "max": 3, "score": 2 }]"""));

        var result = engine.Score(Raw()).Item(2);

        Assert.Equal((ItemStatus.Rated, 2), (result.Status, result.Score!.Value));
        Assert.Equal(["samverkan"], result.DeterminedWithout);
        Assert.Equal(2, engine.ScoreOnly(Raw()).RatedSum);
    }

    [Fact]
    public void ObservedLevel_Missing_GivesTheScoresOfEveryLevel()
    {
        // Mini-sv item 4 remapped: the first two levels → 1, the last two → 2.
        var engine = MiniWith(json => MiniItem(json, 4)["rule"]!["levels"] = JsonNode.Parse(
            """[{ "level": "ingen", "score": 1 }, { "level": "forstaManaden", "score": 1 }, { "level": "ettHalvar", "score": 2 }, { "level": "tidsobegransad", "score": 2 }]"""));

        var result = engine.Score(Raw()).Item(4);

        Assert.Equal(ItemStatus.NotRated, result.Status);
        Assert.Equal((1, 2), (result.PossibleScores!.Min, result.PossibleScores.Max));
    }

    [Fact]
    public void DecisionList_ACaseThatMustHold_StopsTheList()
    {
        // Item 21: fewer than 10 current jobs is 1 whatever follows.
        var result = Item(21, C("currentJobs", 9));

        Assert.Equal(1, result.Score);
        Assert.Equal(["permanentCompetitiveJobs"], result.DeterminedWithout);
    }

    [Fact]
    public void Raise_AppliesToEachPossibleScoreUnderEachTruth()
    {
        // Raise to 4 when contacts are not tracked: 200 days is 2, or 4 raised.
        var engine = Ips25With(json =>
        {
            var modifier = DefinitionJson.Item(json, 15)["modifiers"]![0]!;
            modifier["kind"] = "raise";
            modifier["score"] = 4;
        });

        Assert.Equal((2, 4), Possible(engine.Score(15, NumberFact("meanDaysToFirstEmployerContact", 200))));
        Assert.Equal(5, engine.Score(15, NumberFact("meanDaysToFirstEmployerContact", 10)).Score);
    }

    [Fact]
    public void Fix_AppliesToEachPossibleScoreUnderEachTruth()
    {
        var engine = Ips25With(json =>
        {
            var modifier = DefinitionJson.Item(json, 15)["modifiers"]![0]!;
            modifier["kind"] = "fix";
            modifier["score"] = 2;
        });

        Assert.Equal((2, 3), Possible(engine.Score(15, NumberFact("meanDaysToFirstEmployerContact", 100))));
        Assert.Equal(2, engine.Score(15, NumberFact("meanDaysToFirstEmployerContact", 200)).Score);
    }

    [Fact]
    public void ModifierOnTheRulesOwnFact_IsFollowedPathByPath()
    {
        // Days declared 0–300 and a raise to 5 above 270 days: above 270 is 2 or 1, raised to 5; up to 270 is 2–5. Taking
        // the rule and the modifier as independent would let 1 through; following each truth of the condition does not.
        var engine = Ips25With(json =>
        {
            DefinitionJson.Fact(json, 15, "meanDaysToFirstEmployerContact")["max"] = 300;
            DefinitionJson.Item(json, 15)["modifiers"]!.AsArray().Add(JsonNode.Parse(
                """{ "kind": "raise", "when": { "value": { "fact": "meanDaysToFirstEmployerContact" }, "op": "gt", "than": { "constant": 270 } }, "score": 5, "reason": { "nb": "Lenge", "en": "Long" } }"""));
        });

        Assert.Equal((2, 5), Possible(engine.Score(15, F("employerContactsTracked", true))));
    }

    [Fact]
    public void PerSpecialistMedian_MiniSv_UnknownSpecialistBoundedByTheOthers()
    {
        // Mini-sv item 1 (median, ties up): two specialists at 3 (5 per full time) and one with participants missing
        // (0–3): the median of 3, 3 and anything is 3. With one specialist at 3 only: (0 + 3) / 2 = 1.5 → 2, up to 3.
        var engine = new FidelityEngine(ScaleDefinition.Load(TestScales.MiniSwedishJson));
        SpecialistFacts Known(string label) => DefinitionJson.Specialist(label, C("deltagare", 5), NumberFact("tjanstgoringsgrad", 1));
        var unknown = DefinitionJson.Specialist("C", NumberFact("tjanstgoringsgrad", 1));

        var three = engine.ScoreSpecialists(1, Known("A"), Known("B"), unknown);
        var two = engine.ScoreSpecialists(1, Known("A"), unknown);

        Assert.Equal((ItemStatus.Rated, 3), (three.Status, three.Score!.Value));
        Assert.Equal(["deltagare"], three.DeterminedWithout);
        Assert.Equal((2, 3), Possible(two));
    }

    [Fact]
    public void MiniSv_PartialReview_PossibleTotalsUseTheNarrowedRanges()
    {
        // Item 3 declared 3.5–4.9 contacts (always 2) and nothing given: 2 rated, the other three items 0–3 each.
        var engine = MiniWith(json =>
        {
            var fact = MiniItem(json, 3)["facts"]![0]!;
            fact["min"] = 3.5;
            fact["max"] = 4.9;
        });

        var report = engine.Score(Raw());
        var scores = engine.ScoreOnly(Raw());

        Assert.Equal((2, 1, 2, 11), (report.Total.RatedSum, report.Total.RatedCount, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Equal((report.Total.LowestPossible, report.Total.HighestPossible), (scores.LowestPossible, scores.HighestPossible));
    }
}
