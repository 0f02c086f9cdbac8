using System.Collections.Immutable;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>A validated definition compiled once into evaluator objects, with fact ids resolved to slots.</summary>
internal sealed class CompiledScale
{
    public CompiledScale(ScaleDefinition definition)
    {
        Definition = definition;
        UndefinedReason = definition.Labels["undefinedValue"]; // a required label
        var sections = definition.Sections;
        var items = new CompiledItem[definition.Items.Length];
        var maxNumber = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = definition.Items[i];
            var section = 0;
            for (var s = 0; s < sections.Length; s++)
            {
                if (string.Equals(sections[s].Id, item.Section, StringComparison.Ordinal))
                {
                    section = s;
                }
            }

            items[i] = new CompiledItem(item, section, definition.ScoresOf(item), item.PerSpecialist ? definition.CombinationOf(item) : null);
            maxNumber = Math.Max(maxNumber, item.Number);
        }

        Array.Sort(items, static (a, b) => a.Number.CompareTo(b.Number));
        ItemIndexByNumber = new int[maxNumber + 1];
        Array.Fill(ItemIndexByNumber, -1);
        for (var i = 0; i < items.Length; i++)
        {
            ItemIndexByNumber[items[i].Number] = i;
        }

        Items = items;
    }

    public ScaleDefinition Definition { get; }

    public CompiledItem[] Items { get; }

    /// <summary>Position in <see cref="Items"/> by item number (-1 for none).</summary>
    public int[] ItemIndexByNumber { get; }

    public LocalizedText UndefinedReason { get; }

    public int IndexOf(int number) =>
        number >= 0 && number < ItemIndexByNumber.Length ? ItemIndexByNumber[number] : -1;
}

/// <summary>One item compiled: its facts by slot, rule, modifiers, exclusion, constraints and measure.</summary>
internal sealed class CompiledItem
{
    public CompiledItem(ItemDefinition definition, int section, ScoreRange scores, SpecialistCombination? combination)
    {
        Definition = definition;
        Number = definition.Number;
        Section = section;
        MinScore = scores.Min;
        MaxScore = scores.Max;
        Combination = combination;
        Facts = [.. definition.Facts];
        FactIds = new string[Facts.Length];
        for (var i = 0; i < Facts.Length; i++)
        {
            FactIds[i] = Facts[i].Id;
        }

        AllFactIds = [.. FactIds];
        LevelIds = new string[Facts.Length][];
        ElementIds = new string[Facts.Length][];
        for (var i = 0; i < Facts.Length; i++)
        {
            LevelIds[i] = Ids(Facts[i].Levels);
            ElementIds[i] = Ids(Facts[i].Elements);
        }

        Rule = CompileRule(definition.Rule);
        var modifiers = definition.Modifiers;
        Modifiers = new CompiledModifier[modifiers.Length];
        for (var i = 0; i < modifiers.Length; i++)
        {
            Modifiers[i] = new CompiledModifier(i, modifiers[i], CompileCondition(modifiers[i].When));
        }

        if (definition.Exclude is { } exclude)
        {
            Exclude = CompileCondition(exclude.When);
        }

        var constraints = definition.Constraints;
        Constraints = new (ConstraintDefinition, CompiledCondition)[constraints.Length];
        for (var i = 0; i < constraints.Length; i++)
        {
            Constraints[i] = (constraints[i], CompileCondition(constraints[i].Require));
        }

        if (definition.Measure is { } measure)
        {
            Measure = CompileValue(measure.Value);
        }

        NoFactsResult = new ItemResult
        {
            Definition = definition,
            Status = ItemStatus.NotRated,
            Path = ScoringPath.None,
            MissingFacts = AllFactIds,
        };
    }

    public ItemDefinition Definition { get; }

    public int Number { get; }

    public int Section { get; }

    public int MinScore { get; }

    public int MaxScore { get; }

    /// <summary>How specialists' scores combine; null for items rated for the programme only.</summary>
    public SpecialistCombination? Combination { get; }

    public FactDefinition[] Facts { get; }

    public string[] FactIds { get; }

    public ImmutableArray<string> AllFactIds { get; }

    /// <summary>Each declared fact's level ids, by slot (empty for other kinds).</summary>
    public string[][] LevelIds { get; }

    /// <summary>Each declared fact's element ids, by slot (empty for other kinds).</summary>
    public string[][] ElementIds { get; }

    public CompiledRule Rule { get; }

    public CompiledModifier[] Modifiers { get; }

    public CompiledCondition? Exclude { get; }

    public (ConstraintDefinition Definition, CompiledCondition Condition)[] Constraints { get; }

    public CompiledValue? Measure { get; }

    /// <summary>The (immutable, shared) result for an item given no facts at all.</summary>
    public ItemResult NoFactsResult { get; }

    public int SlotOf(string? id) => IdLookup.Of(FactIds, id);

    private int RequireSlot(string? id) =>
        SlotOf(id) is var slot and >= 0
            ? slot
            : throw new ScaleDefinitionException("Item " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " refers to undeclared fact '" + id + "'.");

    private static string[] Ids(ImmutableArray<OptionDefinition> options)
    {
        var ids = new string[options.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = options[i].Id;
        }

        return ids;
    }

    private CompiledRule CompileRule(RuleDefinition rule)
    {
        switch (rule.Kind)
        {
            case RuleKind.Bands:
                return new CompiledRule.Bands(CompileValue(rule.Value!), rule.Rounding == Rounding.WholeNumberHalfAwayFromZero, rule.Bands);
            case RuleKind.NearestAnchor:
                return new CompiledRule.NearestAnchor(CompileValue(rule.Value!), rule.Points);
            case RuleKind.ElementCount:
            {
                var slot = RequireSlot(rule.Fact);
                var elements = Facts[slot].Elements.Length;
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

                return new CompiledRule.ElementCount(slot, scores);
            }

            case RuleKind.ObservedLevel:
            {
                var slot = RequireSlot(rule.Fact);
                var levels = LevelIds[slot];
                var scores = new int[levels.Length];
                foreach (var entry in rule.Levels)
                {
                    var index = IdLookup.Of(levels, entry.Level);
                    if (index >= 0)
                    {
                        scores[index] = entry.Score;
                    }
                }

                return new CompiledRule.ObservedLevel(slot, levels, scores);
            }

            case RuleKind.DecisionList:
            {
                var cases = rule.Cases;
                var conditions = new CompiledCondition[cases.Length];
                var outcomes = new CompiledOutcome[cases.Length];
                for (var i = 0; i < cases.Length; i++)
                {
                    conditions[i] = CompileCondition(cases[i].When);
                    outcomes[i] = CompileOutcome(cases[i].Then);
                }

                return new CompiledRule.DecisionList(conditions, outcomes, CompileOutcome(rule.Otherwise!));
            }

            default:
                throw new ScaleDefinitionException("Unknown rule kind in item " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }

    private CompiledOutcome CompileOutcome(OutcomeDefinition outcome) =>
        new(outcome.Score ?? 0, outcome.NotRated, outcome.Rule is null ? null : CompileRule(outcome.Rule));

    private CompiledValue CompileValue(ValueDefinition value)
    {
        var factor = value.Factor ?? 1;
        if (value.Constant is { } constant)
        {
            return new CompiledValue.Constant(constant);
        }

        if (value.Fact is not null)
        {
            return new CompiledValue.Fact(RequireSlot(value.Fact), factor);
        }

        if (value.CountOf is not null)
        {
            return new CompiledValue.ElementCount(RequireSlot(value.CountOf));
        }

        return new CompiledValue.Ratio(RequireSlot(value.Numerator), RequireSlot(value.Denominator), factor);
    }

    private CompiledCondition CompileCondition(ConditionDefinition condition)
    {
        switch (condition.Kind)
        {
            case ConditionKind.Compare:
                return new CompiledCondition.Compare(CompileValue(condition.Value!), condition.Op!.Value, CompileValue(condition.Than!));
            case ConditionKind.Level:
            {
                var slot = RequireSlot(condition.Level);
                var levels = LevelIds[slot];
                var (target, mode) = condition.AtLeast is not null
                    ? (condition.AtLeast, 1)
                    : condition.AtMost is not null ? (condition.AtMost, -1) : (condition.EqualTo, 0);
                return new CompiledCondition.Level(slot, levels, IdLookup.Of(levels, target), mode);
            }

            case ConditionKind.Flag:
                return new CompiledCondition.Flag(RequireSlot(condition.Flag), condition.Is == true);
            case ConditionKind.All:
            case ConditionKind.Any:
            {
                var parts = condition.Kind == ConditionKind.All ? condition.All : condition.Any;
                var compiled = new CompiledCondition[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    compiled[i] = CompileCondition(parts[i]);
                }

                return condition.Kind == ConditionKind.All ? new CompiledCondition.All(compiled) : new CompiledCondition.Any(compiled);
            }

            case ConditionKind.Not:
                return new CompiledCondition.Not(CompileCondition(condition.Not!));
            default:
                throw new ScaleDefinitionException("Malformed condition in item " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }
    }
}

/// <summary>A compiled modifier.</summary>
internal sealed class CompiledModifier(int index, ModifierDefinition definition, CompiledCondition condition)
{
    public int Index { get; } = index;

    public ModifierDefinition Definition { get; } = definition;

    public CompiledCondition Condition { get; } = condition;

    public int Apply(int score) => Definition.Kind switch
    {
        ModifierKind.Cap => Math.Min(score, Definition.Score),
        ModifierKind.Raise => Math.Max(score, Definition.Score),
        _ => Definition.Score,
    };
}
