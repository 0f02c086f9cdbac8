using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Results;

/// <summary>Whether an item was scored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemStatus>))]
public enum ItemStatus
{
    /// <summary>The item has a score 1–5.</summary>
    [JsonStringEnumMemberName("rated")]
    Rated = 0,

    /// <summary>The item could not be scored: facts are missing, or the rule says it cannot be rated (e.g. no jobs held).</summary>
    [JsonStringEnumMemberName("notRated")]
    NotRated = 1,

    /// <summary>The facts given are invalid; <see cref="ItemResult.Errors"/> says why.</summary>
    [JsonStringEnumMemberName("invalid")]
    Invalid = 2,
}

/// <summary>Which facts an item was scored from (policy 2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScoringPath>))]
public enum ScoringPath
{
    /// <summary>No facts were given.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Facts for the programme as a whole.</summary>
    [JsonStringEnumMemberName("programme")]
    Programme = 1,

    /// <summary>One fact set per specialist, scores averaged and rounded to the nearest whole score, halves down.</summary>
    [JsonStringEnumMemberName("perSpecialist")]
    PerSpecialist = 2,
}

/// <summary>A modifier that changed a score (e.g. a cap), with the score before and after.</summary>
/// <param name="Index">The modifier's position in the item's modifier list.</param>
/// <param name="ScoreBefore">The score before the modifier.</param>
/// <param name="ScoreAfter">The score after the modifier.</param>
/// <param name="Reason">Why, from the definition.</param>
public sealed record AppliedModifier(int Index, int ScoreBefore, int ScoreAfter, LocalizedText Reason);

/// <summary>One specialist's result on a per-specialist item.</summary>
public sealed record SpecialistResult
{
    /// <summary>The opaque specialist label, as given.</summary>
    public required string Label { get; init; }

    /// <summary>Rated, or not rated (missing facts, or the rule could not rate).</summary>
    public ItemStatus Status { get => (ItemStatus)status; init => status = (byte)value; }

    // Narrow backing fields keep results small: a review allocates one per item and per specialist (hot path).
    private readonly byte status;

    /// <summary>The specialist's score, when rated and not excluded.</summary>
    public int? Score { get => score == int.MinValue ? null : score; init => score = value ?? int.MinValue; }

    private readonly int score = int.MinValue;

    /// <summary>Whether the specialist was left out of the average (e.g. no job seekers on item 17).</summary>
    public bool Excluded { get; init; }

    /// <summary>Why the specialist was left out, or why it could not be rated (besides missing facts).</summary>
    public LocalizedText? Reason { get; init; }

    /// <summary>The specialist's measured value (e.g. contacts a week), if the item has a measure.</summary>
    public double? MeasuredValue { get => double.IsNaN(measuredValue) ? null : measuredValue; init => measuredValue = value ?? double.NaN; }

    private readonly double measuredValue = double.NaN;

    /// <summary>The facts given for the specialist.</summary>
    public ImmutableArray<FactEntry> Facts { get => facts.IsDefault ? [] : facts; init => facts = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<FactEntry> facts;

    /// <summary>The declared facts missing for this specialist.</summary>
    public ImmutableArray<string> MissingFacts
    {
        get => rare is null || rare.MissingFacts.IsDefault ? [] : rare.MissingFacts;
        init => rare = Rare.Of(value.IsDefaultOrEmpty ? default : value, rare?.DeterminedWithout ?? default, rare?.PossibleScores);
    }

    // As on ItemResult: the parts a specialist rated from every fact leaves out, in one object made only when one is set.
    private readonly Rare? rare;

    /// <summary>
    /// The declared facts this specialist was scored (or excluded) without: missing, but no admissible value of them
    /// could change the outcome (policy 4). Empty when every fact was given.
    /// </summary>
    public ImmutableArray<string> DeterminedWithout
    {
        get => rare is null || rare.DeterminedWithout.IsDefault ? [] : rare.DeterminedWithout;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, value.IsDefaultOrEmpty ? default : value, rare?.PossibleScores);
    }

    /// <summary>The scores the specialist can still take, when not rated for want of facts and some are ruled out; otherwise null.</summary>
    public ScoreRange? PossibleScores
    {
        get => rare?.PossibleScores;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, rare?.DeterminedWithout ?? default, value);
    }

    /// <summary>Modifiers that changed this specialist's score.</summary>
    public ImmutableArray<AppliedModifier> Modifiers { get => modifiers.IsDefault ? [] : modifiers; init => modifiers = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<AppliedModifier> modifiers;

    /// <summary>The rarely set parts (empty lists stored as default), compared member by member.</summary>
    private sealed record Rare(ImmutableArray<string> MissingFacts, ImmutableArray<string> DeterminedWithout, ScoreRange? PossibleScores)
    {
        /// <summary>The parts, or null when every one is empty.</summary>
        public static Rare? Of(ImmutableArray<string> missingFacts, ImmutableArray<string> determinedWithout, ScoreRange? possibleScores) =>
            missingFacts.IsDefault && determinedWithout.IsDefault && possibleScores is null ? null : new Rare(missingFacts, determinedWithout, possibleScores);
    }
}

/// <summary>The result for one item: status, score, and everything needed to explain it.</summary>
/// <remarks>
/// <para>
/// Results reference the definition's texts rather than copying or formatting them: <see cref="Definition"/> gives
/// the names, anchors and fact labels, and <c>Explain</c> (<see cref="Ips.Core.Fidelity.Presentation.ExplanationExtensions"/>) builds the sentences on demand, in any language of the definition.
/// Nothing is formatted while scoring.
/// </para>
/// <para>Immutable and thread-safe. <see cref="Definition"/> is not serialised; a reader re-attaches it by item number.</para>
/// </remarks>
public sealed record ItemResult
{
    /// <summary>The item definition (names, facts, anchors).</summary>
    [JsonIgnore]
    public required ItemDefinition Definition { get; init; }

    /// <summary>The item number.</summary>
    public int Item => Definition.Number;

    /// <summary>Rated, not rated, or invalid.</summary>
    public ItemStatus Status { get => (ItemStatus)status; init => status = (byte)value; }

    // Narrow backing fields keep results small: a review allocates one per item (hot path). An empty list is stored as
    // default (nothing to write when a list is left out) and read as empty, so given or not it compares the same.
    private readonly byte status;

    /// <summary>The score (in the item's range, e.g. 1–5), when rated.</summary>
    public int? Score { get => score == int.MinValue ? null : score; init => score = value ?? int.MinValue; }

    private readonly int score = int.MinValue;

    /// <summary>Which facts were used: programme or per specialist.</summary>
    public ScoringPath Path { get => (ScoringPath)path; init => path = (byte)value; }

    private readonly byte path;

    /// <summary>The programme-level facts as given (empty on the per-specialist path).</summary>
    public ImmutableArray<FactEntry> Facts { get => facts.IsDefault ? [] : facts; init => facts = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<FactEntry> facts;

    /// <summary>Each specialist's result (per-specialist path only).</summary>
    public ImmutableArray<SpecialistResult> Specialists { get => specialists.IsDefault ? [] : specialists; init => specialists = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<SpecialistResult> specialists;

    /// <summary>How the specialists' scores were combined into <see cref="Score"/> (rated per-specialist results only; from the definition).</summary>
    [JsonIgnore]
    public SpecialistCombination? Combination { get; init; }

    /// <summary>Modifiers that changed the score (programme path; per specialist, see <see cref="Specialists"/>).</summary>
    public ImmutableArray<AppliedModifier> Modifiers { get => modifiers.IsDefault ? [] : modifiers; init => modifiers = value.IsDefaultOrEmpty ? default : value; }

    private readonly ImmutableArray<AppliedModifier> modifiers;

    /// <summary>The measured value (e.g. 4.2 contacts a week; the mean over included specialists), if the item has a measure.</summary>
    public double? MeasuredValue { get => double.IsNaN(measuredValue) ? null : measuredValue; init => measuredValue = value ?? double.NaN; }

    private readonly double measuredValue = double.NaN;

    /// <summary>The declared facts that were missing (not rated).</summary>
    public ImmutableArray<string> MissingFacts
    {
        get => rare is null || rare.MissingFacts.IsDefault ? [] : rare.MissingFacts;
        init => rare = Rare.Of(value.IsDefaultOrEmpty ? default : value, rare?.DeterminedWithout ?? default, rare?.PossibleScores, rare?.NotRatedReason, rare?.Errors ?? default);
    }

    // The parts a rated result from every fact leaves out, in one object made only when one of them is set: a review
    // allocates a result per item (hot path), and most are rated. Replaced, never changed, by an init (so a `with`
    // copy never changes the original); null exactly when every part is empty, so results compare as before.
    private readonly Rare? rare;

    /// <summary>
    /// The declared facts the item was rated without: missing, but every admissible value of them gives the same score
    /// (policy 4; e.g. item 15 at 100 days is 3 whether or not employer contacts are tracked). Empty when rated from every fact.
    /// </summary>
    /// <remarks>On the per-specialist path, the union over the specialists.</remarks>
    public ImmutableArray<string> DeterminedWithout
    {
        get => rare is null || rare.DeterminedWithout.IsDefault ? [] : rare.DeterminedWithout;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, value.IsDefaultOrEmpty ? default : value, rare?.PossibleScores, rare?.NotRatedReason, rare?.Errors ?? default);
    }

    /// <summary>
    /// The scores a not-rated item can still take (policy 4): what its missing facts leave possible, or the item's whole
    /// range when nothing is ruled out or it may stay unrated for another reason. Null when rated or invalid. The review's
    /// lowest and highest possible totals are the sums of these ranges.
    /// </summary>
    public ScoreRange? PossibleScores
    {
        get => rare?.PossibleScores;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, rare?.DeterminedWithout ?? default, value, rare?.NotRatedReason, rare?.Errors ?? default);
    }

    /// <summary>Why the item was not rated, besides missing facts (e.g. no jobs held; every specialist excluded).</summary>
    public LocalizedText? NotRatedReason
    {
        get => rare?.NotRatedReason;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, rare?.DeterminedWithout ?? default, rare?.PossibleScores, value, rare?.Errors ?? default);
    }

    /// <summary>What is wrong with the facts (invalid).</summary>
    public ImmutableArray<FactError> Errors
    {
        get => rare is null || rare.Errors.IsDefault ? [] : rare.Errors;
        init => rare = Rare.Of(rare?.MissingFacts ?? default, rare?.DeterminedWithout ?? default, rare?.PossibleScores, rare?.NotRatedReason, value.IsDefaultOrEmpty ? default : value);
    }

    /// <summary>The anchor matching <see cref="Score"/>, or null when not rated.</summary>
    [JsonIgnore]
    public AnchorDefinition? MatchedAnchor => Score is { } score ? Definition.FindAnchor(score) : null;

    /// <summary>The anchor one above <see cref="Score"/>, or null at the item's highest score or when not rated.</summary>
    /// <remarks>A validated item has exactly one anchor per score of its range, so there is none above the highest. (The bound only keeps <c>score + 1</c> from overflowing under checked arithmetic.)</remarks>
    [JsonIgnore]
    public AnchorDefinition? NextAnchor => Score is { } score && score < int.MaxValue ? Definition.FindAnchor(score + 1) : null;

    /// <summary>The rarely set parts (empty lists stored as default); compared member by member, as the result's own fields are.</summary>
    private sealed record Rare(ImmutableArray<string> MissingFacts, ImmutableArray<string> DeterminedWithout, ScoreRange? PossibleScores, LocalizedText? NotRatedReason, ImmutableArray<FactError> Errors)
    {
        /// <summary>The parts, or null when every one is empty.</summary>
        public static Rare? Of(ImmutableArray<string> missingFacts, ImmutableArray<string> determinedWithout, ScoreRange? possibleScores, LocalizedText? notRatedReason, ImmutableArray<FactError> errors) =>
            missingFacts.IsDefault && determinedWithout.IsDefault && possibleScores is null && notRatedReason is null && errors.IsDefault
                ? null
                : new Rare(missingFacts, determinedWithout, possibleScores, notRatedReason, errors);
    }

    /// <summary>How many specialists were left out of the average.</summary>
    [JsonIgnore]
    public int ExcludedSpecialists
    {
        get
        {
            var count = 0;
            if (!Specialists.IsDefault)
            {
                foreach (var specialist in Specialists)
                {
                    if (specialist.Excluded)
                    {
                        count++;
                    }
                }
            }

            return count;
        }
    }
}
