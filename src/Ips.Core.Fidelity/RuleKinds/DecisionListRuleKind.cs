using Ips.Core.Fidelity.Localization;
using static Ips.Core.Fidelity.RuleKinds.InvariantNumbers;
using ProblemCodes = Ips.Core.Fidelity.Definition.ScaleProblemCodes;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary><see cref="RuleKind.DecisionList"/>: ordered cases; the first whose condition holds decides, an unknown case stops the list (policy 4 then asks what each way it could go gives).</summary>
/// <remarks>An outcome may be another rule, of any registered kind: validation, compilation and description recurse through <see cref="RuleKindRegistry"/>.</remarks>
internal sealed class DecisionListRuleKind : RuleKindBase
{
    public static DecisionListRuleKind Instance { get; } = new();

    private DecisionListRuleKind()
    {
    }

    public override RuleKind Kind => RuleKind.DecisionList;

    public override string Name => "decisionList";

    public override void Validate(RuleDefinition rule, IRuleValidationContext context, string path)
    {
        var cases = rule.Cases;
        for (var i = 0; i < cases.Length; i++)
        {
            var casePath = path + ".cases[" + Int(i) + "]";
            if (context.IsNull(cases[i], casePath))
            {
                continue;
            }

            CompiledCondition.Validate(cases[i].When, context, casePath + ".when");
            ValidateOutcome(cases[i].Then, context, casePath + ".then");
        }

        if (rule.Otherwise is null)
        {
            context.Problem(path + ".otherwise", ProblemCodes.MissingOtherwise, "A decision list needs an 'otherwise' outcome.");
        }
        else
        {
            ValidateOutcome(rule.Otherwise, context, path + ".otherwise");
        }
    }

    public override CompiledRule Compile(RuleDefinition rule, IRuleCompilationContext context)
    {
        var cases = rule.Cases;
        var conditions = new CompiledCondition[cases.Length];
        var outcomes = new CompiledOutcome[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            conditions[i] = CompiledCondition.Compile(cases[i].When, context);
            outcomes[i] = CompileOutcome(cases[i].Then, context);
        }

        return new Evaluator(conditions, outcomes, CompileOutcome(rule.Otherwise!, context));
    }

    public override void Describe(RuleDefinition rule, IRuleDescriptionWriter writer, string indent)
    {
        writer.Line($"{indent}Decision list: the first case that holds decides. A case that needs a missing fact stops the list, and the item is not rated unless every value the fact could take gives the same score.");
        writer.Line();
        var number = 1;
        foreach (var @case in rule.Cases)
        {
            DescribeOutcome(writer, $"{indent}{Num(number)}. If {CompiledCondition.Describe(@case.When)}", @case.Then, indent + "   ");
            number++;
        }

        if (rule.Otherwise is { } otherwise)
        {
            DescribeOutcome(writer, $"{indent}{Num(number)}. Otherwise", otherwise, indent + "   ");
        }
    }

    private static void ValidateOutcome(OutcomeDefinition? outcome, IRuleValidationContext context, string path)
    {
        if (outcome is null)
        {
            context.Problem(path, ProblemCodes.MissingOutcome, "The outcome is missing.");
            return;
        }

        var forms = (outcome.Score is null ? 0 : 1) + (outcome.NotRated is null ? 0 : 1) + (outcome.Rule is null ? 0 : 1);
        if (forms != 1)
        {
            context.Problem(path, ProblemCodes.BadOutcome, "An outcome needs exactly one of 'score', 'notRated' and 'rule'.");
            return;
        }

        if (outcome.Score is { } score)
        {
            context.CheckScore(score, path + ".score");
        }
        else if (outcome.NotRated is { } reason)
        {
            context.RequireText(reason, path + ".notRated", "The not-rated reason");
        }
        else
        {
            RuleKindRegistry.Validate(outcome.Rule, context, path + ".rule");
        }
    }

    private static CompiledOutcome CompileOutcome(OutcomeDefinition outcome, IRuleCompilationContext context) =>
        new(outcome.Score ?? 0, outcome.NotRated, outcome.Rule is null ? null : RuleKindRegistry.Compile(outcome.Rule, context));

    private static void DescribeOutcome(IRuleDescriptionWriter writer, string lead, OutcomeDefinition outcome, string indent)
    {
        if (outcome.Score is { } score)
        {
            writer.Line($"{lead} → **{Num(score)}**");
        }
        else if (outcome.NotRated is { } reason)
        {
            writer.Line($"{lead} → not rated ({writer.Inline(reason)})");
        }
        else if (outcome.Rule is { } rule)
        {
            writer.Line($"{lead}:");
            writer.Line();
            RuleKindRegistry.Describe(rule, writer, indent);
            writer.Line();
        }
    }

    /// <summary>The evaluator: the first case that holds decides; an unknown case cannot decide.</summary>
    internal sealed class Evaluator(CompiledCondition[] conditions, CompiledOutcome[] outcomes, CompiledOutcome otherwise) : CompiledRule
    {
        public override Outcome Evaluate(in FactSet facts)
        {
            for (var i = 0; i < conditions.Length; i++)
            {
                switch (conditions[i].Evaluate(facts))
                {
                    case Truth.True:
                        return outcomes[i].Evaluate(facts);
                    case Truth.Unknown:
                        return Outcome.Missing;
                }
            }

            return otherwise.Evaluate(facts);
        }

        /// <summary>
        /// In order: a case that can hold adds its outcome (over the values under which it holds); a case that must hold
        /// stops the list; the rest go on over the values under which the case is false; an unknown case cannot decide.
        /// </summary>
        public override PossibleOutcomes Possible(Span<FactRange> space)
        {
            var possible = default(PossibleOutcomes);
            Span<FactRange> holding = space.Length <= 32 ? stackalloc FactRange[space.Length] : new FactRange[space.Length];
            for (var i = 0; i < conditions.Length; i++)
            {
                var truth = conditions[i].Possible(space);
                possible.MayBeNotRated |= truth.CanBeUnknown;
                if (truth.CanBeTrue)
                {
                    space.CopyTo(holding);
                    conditions[i].Narrow(holding, true);
                    if (!FactRange.AnyEmpty(holding))
                    {
                        possible.Add(outcomes[i].Possible(holding));
                    }
                }

                if (!truth.CanBeFalse)
                {
                    return possible;
                }

                conditions[i].Narrow(space, false);
                if (FactRange.AnyEmpty(space))
                {
                    return possible;
                }
            }

            possible.Add(otherwise.Possible(space));
            return possible;
        }
    }

    /// <summary>A compiled outcome: a score, not rated, or a nested rule.</summary>
    internal sealed class CompiledOutcome(int score, LocalizedText? notRated, CompiledRule? rule)
    {
        public Outcome Evaluate(in FactSet facts)
        {
            if (rule is not null)
            {
                return rule.Evaluate(facts);
            }

            return notRated is not null ? Outcome.NotRated(notRated) : Outcome.Rated(score);
        }

        public PossibleOutcomes Possible(Span<FactRange> space)
        {
            if (rule is not null)
            {
                return rule.Possible(space);
            }

            var possible = default(PossibleOutcomes);
            if (notRated is not null)
            {
                possible.MayBeNotRated = true;
            }
            else
            {
                possible.Add(score);
            }

            return possible;
        }
    }
}
