using System.Collections.Immutable;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Facts;

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
        (WarningTargets, CheckedItems) = PlausibilityChecks.Compile(definition, items);
    }

    /// <summary>The plausibility checks' targets, by position in <see cref="Items"/> (empty for an item no check names).</summary>
    public WarningTarget[][] WarningTargets { get; }

    /// <summary>The positions in <see cref="Items"/> that some plausibility check names, in item order.</summary>
    public int[] CheckedItems { get; }

    public ScaleDefinition Definition { get; }

    public CompiledItem[] Items { get; }

    /// <summary>Position in <see cref="Items"/> by item number (-1 for none).</summary>
    public int[] ItemIndexByNumber { get; }

    public LocalizedText UndefinedReason { get; }

    public int IndexOf(int number) =>
        number >= 0 && number < ItemIndexByNumber.Length ? ItemIndexByNumber[number] : -1;
}

/// <summary>One item compiled: its facts by slot, rule, modifiers, exclusion, constraints and measure.</summary>
internal sealed class CompiledItem : IRuleCompilationContext
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

        Rule = RuleKindRegistry.Compile(definition.Rule, this);
        var modifiers = definition.Modifiers;
        Modifiers = new CompiledModifier[modifiers.Length];
        for (var i = 0; i < modifiers.Length; i++)
        {
            Modifiers[i] = RuleKindRegistry.ModifierOf(modifiers[i].Kind).Compile(i, modifiers[i], this);
        }

        if (definition.Exclude is { } exclude)
        {
            Exclude = CompiledCondition.Compile(exclude.When, this);
        }

        var constraints = definition.Constraints;
        Constraints = new (ConstraintDefinition, CompiledCondition)[constraints.Length];
        for (var i = 0; i < constraints.Length; i++)
        {
            Constraints[i] = (constraints[i], CompiledCondition.Compile(constraints[i].Require, this));
        }

        if (definition.Measure is { } measure)
        {
            Measure = CompiledValue.Compile(measure.Value, this);
        }

        FullRange = scores;
        AnyValue = new FactRange[Facts.Length];
        var analysable = Modifiers.Length < 64;
        for (var i = 0; i < Facts.Length; i++)
        {
            AnyValue[i] = ItemDeterminacy.AnyValueOf(Facts[i]);
            analysable &= Facts[i].Levels.Length <= FactRange.MaxLevels;
        }

        Analysable = analysable;

        // Policy 4 without any fact: almost always the whole range, but the definition decides, so it is analysed once here.
        var none = new int[Facts.Length];
        Array.Fill(none, -1);
        NoFacts = analysable ? ItemDeterminacy.Analyse(this, [], none) : PossibleOutcomes.NotRated;
        NoFactsResult = NoFacts.IsDetermined(out var determined)
            ? new ItemResult
            {
                Definition = definition,
                Status = ItemStatus.Rated,
                Score = determined,
                Path = ScoringPath.None,
                DeterminedWithout = AllFactIds,
            }
            : new ItemResult
            {
                Definition = definition,
                Status = ItemStatus.NotRated,
                Path = ScoringPath.None,
                MissingFacts = AllFactIds,
                PossibleScores = RangeOf(NoFacts),
            };
        NoFactsScore = NoFacts.IsDetermined(out determined)
            ? new ItemScore(Number, ItemStatus.Rated, determined)
            : ScoreOf(NoFacts);
    }

    /// <summary>The item's whole score range (the possible scores of an item nothing is known about).</summary>
    public ScoreRange FullRange { get; }

    /// <summary>Every admissible value of each declared fact, by slot: where the analysis of a missing fact starts.</summary>
    public FactRange[] AnyValue { get; }

    /// <summary>Whether the possible-outcome analysis can represent the item (levels and modifiers within its bit sets).</summary>
    public bool Analysable { get; }

    /// <summary>The outcomes possible when no fact is given.</summary>
    public PossibleOutcomes NoFacts { get; }

    /// <summary>The scores-only result for an item given no facts.</summary>
    public ItemScore NoFactsScore { get; }

    /// <summary>The range a not-rated fact set can still take: its possible scores, or the whole range when it may stay unrated.</summary>
    public ScoreRange RangeOf(in PossibleOutcomes possible)
    {
        if (possible.MayBeNotRated || possible.MayBeExcluded || possible.Scores == UInt128.Zero)
        {
            return FullRange;
        }

        var low = possible.Lowest;
        var high = possible.Highest;
        return low == MinScore && high == MaxScore ? FullRange : new ScoreRange(low, high);
    }

    /// <summary>The scores-only result for a not-rated fact set with outcomes <paramref name="possible"/>.</summary>
    public ItemScore ScoreOf(in PossibleOutcomes possible)
    {
        if (possible.MayBeNotRated || possible.MayBeExcluded || possible.Scores == UInt128.Zero)
        {
            return new ItemScore(Number, ItemStatus.NotRated, null);
        }

        return new ItemScore(Number, possible.Lowest, possible.Highest);
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

    /// <summary>The (immutable, shared) result for an item given no facts at all: not rated, with its possible scores.</summary>
    public ItemResult NoFactsResult { get; }

    public int SlotOf(string? id) => IdLookup.Of(FactIds, id);

    /// <inheritdoc/>
    public int RequireSlot(string? id) =>
        SlotOf(id) is var slot and >= 0
            ? slot
            : throw new ScaleDefinitionException("Item " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " refers to undeclared fact '" + id + "'.");

    /// <inheritdoc/>
    public string[] LevelIdsOf(int slot) => LevelIds[slot];

    /// <inheritdoc/>
    public int ElementCountOf(int slot) => Facts[slot].Elements.Length;

    /// <inheritdoc/>
    public Exception Malformed(string what) =>
        new ScaleDefinitionException(what + " in item " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");

    private static string[] Ids(ImmutableArray<OptionDefinition> options)
    {
        var ids = new string[options.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = options[i].Id;
        }

        return ids;
    }
}
