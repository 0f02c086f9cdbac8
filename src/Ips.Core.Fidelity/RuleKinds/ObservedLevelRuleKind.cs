using Ips.Core.Fidelity.Facts;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="RuleKind.ObservedLevel"/>: the observed practice (level id) mapped to a score.</summary>
internal sealed class ObservedLevelRuleKind : RuleKindBase
{
    public static ObservedLevelRuleKind Instance { get; } = new();

    private ObservedLevelRuleKind()
    {
    }

    public override RuleKind Kind => RuleKind.ObservedLevel;

    public override string Name => "observedLevel";

    public override void Validate(RuleDefinition rule, IRuleValidationContext context, string path)
    {
        var fact = context.RequireFact(rule.Fact, path + ".fact", "observedLevel rule", FactKind.Level);
        var map = rule.Levels;
        if (!context.HasNoNullEntry(map, path + ".levels"))
        {
            return;
        }

        foreach (var entry in map)
        {
            context.CheckScore(entry.Score, path + ".levels.score");
            if (fact is not null && fact.IndexOfLevel(entry.Level) < 0)
            {
                context.Problem(path + ".levels", ProblemCodes.UnknownLevel, "Level '" + entry.Level + "' is not a level of fact '" + fact.Id + "'.");
            }
        }

        if (fact is null)
        {
            return;
        }

        foreach (var level in fact.LevelIds)
        {
            if (level is null)
            {
                continue;
            }

            var hits = 0;
            foreach (var entry in map)
            {
                if (string.Equals(entry.Level, level, StringComparison.Ordinal))
                {
                    hits++;
                }
            }

            if (hits != 1)
            {
                context.Problem(path + ".levels", hits == 0 ? ProblemCodes.LevelNotMapped : ProblemCodes.LevelMappedTwice, "Level '" + level + "' of fact '" + fact.Id + "' must map to exactly one score (found " + Int(hits) + ").");
            }
        }
    }

    public override CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context)
    {
        var slot = context.RequireSlot(rule.Fact);
        var levels = context.LevelIdsOf(slot);
        var scores = new int[levels.Length];
        foreach (var entry in rule.Levels)
        {
            var index = IdLookup.Of(levels, entry.Level);
            if (index >= 0)
            {
                scores[index] = entry.Score;
            }
        }

        return new Evaluator(slot, levels, scores);
    }

    public override void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        writer.Line($"{indent}Observed level: the practice recorded in `{rule.Fact}` gives the score.");
        writer.Line();
        foreach (var level in rule.Levels)
        {
            writer.Line($"{indent}- `{level.Level}` → **{Int(level.Score)}**");
        }
    }

    /// <summary>The evaluator: the observed level's score.</summary>
    internal sealed class Evaluator(int slot, string[] levels, int[] scores) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            if (!facts.TryGetLevel(slot, out var level))
            {
                return Outcome.Missing;
            }

            var index = IdLookup.Of(levels, level);
            return index < 0 ? Outcome.Undefined : Outcome.Rated(scores[index]);
        }

        // Every level still possible gives its score.
        public override PossibleOutcomes Possible(Span<FactRange> space)
        {
            var options = space[slot].Options;
            var possible = default(PossibleOutcomes);
            for (var i = 0; i < scores.Length && i < FactRange.MaxLevels; i++)
            {
                if ((options & (1UL << i)) != 0)
                {
                    possible.Add(scores[i]);
                }
            }

            return possible;
        }
    }
}
