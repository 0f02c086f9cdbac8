using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>
/// Modifiers apply in the order the definition lists them, every one that changes the score is reported, and a raise
/// lifts a lower score.
/// </summary>
public sealed class ModifierTests
{
    [Fact]
    public void TwoModifiersThatBothApply_AreBothReported_InOrder()
    {
        // Item 15 with a second cap that always applies: 5 (10 days) → 4 (contacts not tracked) → 3.
        var engine = DefinitionJson.Engine(json => DefinitionJson.Item(json, 15)["modifiers"]!.AsArray().Add(JsonNode.Parse(
            """{ "kind": "cap", "when": { "value": { "fact": "meanDaysToFirstEmployerContact" }, "op": "ge", "than": { "constant": 0 } }, "score": 3, "reason": { "nb": "Alltid", "en": "Always" } }""")));

        var result = engine.Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 10), Review.F("employerContactsTracked", false));

        Assert.Equal(3, result.Score);
        Assert.Equal([(0, 5, 4), (1, 4, 3)], result.Modifiers.Select(m => (m.Index, m.ScoreBefore, m.ScoreAfter)));
        Assert.Equal("Always", result.Modifiers[1].Reason.Get(Ips25Scale.English));
    }

    [Fact]
    public void RaiseModifier_LiftsALowerScore()
    {
        var engine = DefinitionJson.Engine(json =>
        {
            var modifier = DefinitionJson.Item(json, 15)["modifiers"]![0]!;
            modifier["kind"] = "raise";
            modifier["score"] = 4;
        });
        var raised = engine.Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 200), Review.F("employerContactsTracked", false));
        Assert.Equal(4, raised.Score);
        var applied = Assert.Single(raised.Modifiers);
        Assert.Equal((2, 4), (applied.ScoreBefore, applied.ScoreAfter));

        var higher = engine.Score(15, Review.NumberFact("meanDaysToFirstEmployerContact", 10), Review.F("employerContactsTracked", false));
        Assert.Equal(5, higher.Score);
        Assert.Empty(higher.Modifiers);
    }
}
