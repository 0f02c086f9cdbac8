using System.Text.Json.Nodes;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Tests.Mutation;

/// <summary>Modifiers apply in the order the definition lists them, and every one that changes the score is reported.</summary>
public sealed class ModifierChainTests
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
        Assert.Equal("Always", result.Modifiers[1].Reason.En);
    }
}
