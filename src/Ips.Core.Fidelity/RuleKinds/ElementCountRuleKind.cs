using Ips.Core.Fidelity.Facts;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="RuleKind.ElementCount"/>: the number of checklist elements present, mapped to a score.</summary>
internal sealed class ElementCountRuleKind : RuleKindBase
{
    public static ElementCountRuleKind Instance { get; } = new();

    private ElementCountRuleKind()
    {
    }

    public override RuleKind Kind => RuleKind.ElementCount;

    public override string Name => "elementCount";

    public override void Validate(RuleDefinition rule, IRuleValidationContext context, string path)
    {
        var fact = context.RequireFact(rule.Fact, path + ".fact", "elementCount rule", FactKind.Elements);
        var map = rule.Map;
        if (!context.HasNoNullEntry(map, path + ".map"))
        {
            return;
        }

        foreach (var entry in map)
        {
            context.CheckScore(entry.Score, path + ".map.score");
        }

        if (fact is null)
        {
            return;
        }

        var elements = fact.ElementCount;
        for (var count = 0; count <= elements; count++)
        {
            var hits = 0;
            foreach (var entry in map)
            {
                if (count >= entry.Min && count <= entry.Max)
                {
                    hits++;
                }
            }

            if (hits == 0)
            {
                context.Problem(path + ".map", ProblemCodes.CountGap, "No score is given for " + Int(count) + " element(s) present (the map must cover 0–" + Int(elements) + ").");
            }
            else if (hits > 1)
            {
                context.Problem(path + ".map", ProblemCodes.CountOverlap, "More than one score is given for " + Int(count) + " element(s) present.");
            }
        }

        foreach (var entry in map)
        {
            if (entry.Min < 0 || entry.Max > elements || entry.Min > entry.Max)
            {
                context.Problem(path + ".map", ProblemCodes.BadRange, "The map entry " + Int(entry.Min) + "–" + Int(entry.Max) + " is outside 0–" + Int(elements) + ".");
            }
        }
    }

    public override CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context)
    {
        var slot = context.RequireSlot(rule.Fact);
        var elements = context.ElementCountOf(slot);
        var scores = new int[elements + 1];
        for (var count = 0; count <= elements; count++)
        {
            foreach (var entry in rule.Map)
            {
                if (count >= entry.Min && count <= entry.Max)
                {
                    scores[count] = entry.Score;
                    break;
                }
            }
        }

        return new Evaluator(slot, scores);
    }

    public override void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        writer.Line($"{indent}Element count: the number of `{rule.Fact}` elements present.");
        writer.Line();
        foreach (var range in rule.Map.OrderBy(m => m.Min))
        {
            var count = range.Min == range.Max ? Int(range.Min) : $"{Int(range.Min)}–{Int(range.Max)}";
            writer.Line($"{indent}- {count} present → **{Int(range.Score)}**");
        }
    }

    /// <summary>The evaluator: the score for the count present, looked up by count.</summary>
    internal sealed class Evaluator(int slot, int[] scoreByCount) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            if (!facts.TryGetElementCount(slot, out var count))
            {
                return Outcome.Missing;
            }

            return (uint)count < (uint)scoreByCount.Length ? Outcome.Rated(scoreByCount[count]) : Outcome.Undefined;
        }

        // Elements matter only by how many are present: every count the range allows, each subset of that size alike.
        public override PossibleOutcomes Possible(Span<FactRange> space)
        {
            var range = space[slot];
            var possible = default(PossibleOutcomes);
            if (range.IsEmpty)
            {
                return possible;
            }

            var lo = (int)Math.Max(range.Lo, 0);
            var hi = (int)Math.Min(range.Hi, scoreByCount.Length - 1);
            for (var count = lo; count <= hi; count++)
            {
                possible.Add(scoreByCount[count]);
            }

            possible.MayBeNotRated = range.Lo < 0 || range.Hi > scoreByCount.Length - 1;
            return possible;
        }
    }
}
