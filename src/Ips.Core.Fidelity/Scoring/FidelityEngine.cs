using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;
using NodaTime;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>The rule engine: scores review facts against a compiled scale definition.</summary>
/// <remarks>
/// <para>
/// The definition is compiled once, at construction, into evaluator objects with fact ids resolved to slots;
/// <see cref="Score"/> then runs without LINQ, closures or dictionaries. There is no item-specific code: every item
/// is one of the generic rule kinds parameterised by the definition.
/// </para>
/// <para>
/// Bad facts never make it throw: each item is validated against its declared facts and reported as invalid with
/// coded errors. Per-specialist items are scored per specialist and combined as the definition says (IPS-25: the
/// mean, rounded to the nearest whole score, halves down), or scored from programme facts; the result says which.
/// </para>
/// <para>Sealed, immutable and thread-safe: one instance can serve every caller.</para>
/// </remarks>
public sealed class FidelityEngine : IFidelityEngine
{
    // The embedded definition is not re-checked per process: its bytes are validated by the tests (see ScaleDefinition.Ips25).
    private static readonly Lazy<FidelityEngine> DefaultEngine = new(() => new FidelityEngine(ScaleDefinition.Ips25, check: false));

    private readonly CompiledScale compiled;

    /// <summary>Creates an engine for <paramref name="scale"/>.</summary>
    /// <param name="scale">A definition loaded through <see cref="ScaleDefinition.Load(string)"/> (and so validated).</param>
    /// <exception cref="ScaleDefinitionException">The definition is inconsistent (it is re-checked here).</exception>
    public FidelityEngine(ScaleDefinition scale)
        : this(scale, check: true)
    {
    }

    private FidelityEngine(ScaleDefinition scale, bool check)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var problems = check ? ScaleDefinitionValidator.Check(scale) : [];
        if (!problems.IsEmpty)
        {
            throw new ScaleDefinitionException(problems);
        }

        Scale = scale;
        compiled = new CompiledScale(scale);
    }

    /// <summary>An engine for the embedded IPS-25 definition, created once (public as <c>Ips25Scale.Engine</c>).</summary>
    internal static FidelityEngine Default => DefaultEngine.Value;

    /// <summary>The engine's version: the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(FidelityEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(FidelityEngine).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <inheritdoc/>
    public ScaleDefinition Scale { get; }

    /// <example>
    /// <code>
    /// var facts = new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1))
    ///     .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
    ///     .Build();
    /// FidelityReport report = Ips25Scale.Engine.Score(facts);
    /// int? score = report.Item(1).Score;                    // 5: 18 participants per FTE
    /// string text = report.ToText(Ips25Scale.English);  // 24 items not rated: possible total 29–125, no level yet
    /// </code>
    /// </example>
    /// <inheritdoc/>
    [SkipLocalsInit] // every stack buffer here is filled before it is read
    public FidelityReport Score(ReviewFacts facts)
    {
        var count = compiled.Items.Length;
        var results = new ItemResult[count];
        Span<ItemScore> scores = count <= StackItems ? stackalloc ItemScore[count] : new ItemScore[count];
        Span<int> positions = count <= StackItems ? stackalloc int[count] : new int[count];
        List<FactError>? inputErrors = null;
        ScoreItems(facts, scores, positions, results, ref inputErrors);

        // Once per review, after scoring: a warning never changes a score (ScoreOnly skips them). The checks find each
        // item's facts by the positions scoring found, not by searching the review again.
        List<FactWarning>? warnings = null;
        PlausibilityChecks.Evaluate(compiled, facts, scores, positions, ref warnings);
        return BuildReport(facts, scores, results, inputErrors, warnings);
    }

    /// <summary>
    /// Scores a review without explanations: the totals, possible range and level, exactly as <see cref="Score"/>
    /// gives them for the same facts, without allocating.
    /// </summary>
    /// <param name="facts">The review facts (null scores as a review with no facts, as in <see cref="Score"/>).</param>
    /// <returns>The totals and level.</returns>
    /// <remarks>
    /// The same rule evaluation as <see cref="Score"/>; only the result objects and texts are left out. Valid or not,
    /// incomplete or not, no heap memory is allocated for a scale of up to 128 items, except that an invalid fact value
    /// may format its value for a message that is then dropped.
    /// </remarks>
    /// <example>
    /// <code>
    /// ReviewScores scores = Ips25Scale.Engine.ScoreOnly(facts);
    /// string? level = scores.LevelId;      // null unless every possible total is in one level
    /// </code>
    /// </example>
    [SkipLocalsInit] // every stack buffer here is filled before it is read
    public ReviewScores ScoreOnly(ReviewFacts facts)
    {
        var count = compiled.Items.Length;
        return count <= StackItems ? ScoreOnly(facts, stackalloc ItemScore[count]) : ScoreOnly(facts, new ItemScore[count]);
    }

    /// <summary>
    /// Scores a review without explanations, writing each item's status and score into <paramref name="itemScores"/>
    /// (in item order, one per item of the scale); no allocation.
    /// </summary>
    /// <param name="facts">The review facts (null scores as a review with no facts, as in <see cref="Score"/>).</param>
    /// <param name="itemScores">Room for at least one score per item of the scale (<c>Scale.Items.Length</c>); the first that many are written.</param>
    /// <returns>The totals and level.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemScores"/> is shorter than the scale.</exception>
    public ReviewScores ScoreOnly(ReviewFacts facts, Span<ItemScore> itemScores)
    {
        var count = compiled.Items.Length;
        if (itemScores.Length < count)
        {
            throw new ArgumentException("Room for " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " item scores (one per item of the scale) is needed.", nameof(itemScores));
        }

        var scores = itemScores[..count];
        Span<int> positions = count <= StackItems ? stackalloc int[count] : new int[count];
        List<FactError>? ignored = null;
        ScoreItems(facts, scores, positions, null, ref ignored);
        return Summarise(scores, default);
    }

    /// <summary>Scores many reviews, optionally in parallel; the reports are in input order and equal to <see cref="Score"/>'s, one by one.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="parallel">Null to score on the calling thread; otherwise options for <see cref="Parallel"/> (e.g. <c>new ParallelOptions()</c> to use every core).</param>
    /// <returns>One report per review, in input order.</returns>
    public FidelityReport[] ScoreMany(IReadOnlyList<ReviewFacts> reviews, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var reports = new FidelityReport[reviews.Count];
        ForRanges(reviews.Count, parallel, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                reports[i] = Score(reviews[i]);
            }
        });
        return reports;
    }

    /// <summary>Scores many reviews without explanations, optionally in parallel; in input order and equal to <see cref="ScoreOnly(ReviewFacts)"/>'s, one by one.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <param name="itemScores">
    /// Null, or room for <c>reviews.Count × Scale.Items.Length</c> item scores: review <c>r</c>'s are written at
    /// <c>r × Scale.Items.Length</c>, in item order.
    /// </param>
    /// <param name="parallel">Null to score on the calling thread; otherwise options for <see cref="Parallel"/> (e.g. <c>new ParallelOptions()</c> to use every core).</param>
    /// <returns>One summary per review, in input order.</returns>
    /// <exception cref="ArgumentException"><paramref name="itemScores"/> is too short.</exception>
    public ReviewScores[] ScoreOnlyMany(IReadOnlyList<ReviewFacts> reviews, ItemScore[]? itemScores = null, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var count = compiled.Items.Length;
        if (itemScores is not null && (long)itemScores.Length < (long)reviews.Count * count)
        {
            throw new ArgumentException("Room for " + ((long)reviews.Count * count).ToString(System.Globalization.CultureInfo.InvariantCulture) + " item scores (one per item of the scale and review) is needed.", nameof(itemScores));
        }

        var summaries = new ReviewScores[reviews.Count];
        ForRanges(reviews.Count, parallel, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                summaries[i] = itemScores is null ? ScoreOnly(reviews[i]) : ScoreOnly(reviews[i], itemScores.AsSpan(i * count, count));
            }
        });
        return summaries;
    }

    /// <summary>Runs <paramref name="body"/> over [0, <paramref name="count"/>) in contiguous ranges, on this thread or in parallel.</summary>
    private static void ForRanges(int count, ParallelOptions? parallel, Action<int, int> body)
    {
        if (parallel is null || count < 2)
        {
            body(0, count);
            return;
        }

        // A few ranges per core: one delegate call per range, not per review, and still balanced on a busy machine.
        var cores = parallel.MaxDegreeOfParallelism > 0 ? parallel.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var size = Math.Max(16, count / (cores * 8));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, count, size), parallel, range => body(range.Item1, range.Item2));
    }

    // Scales up to this many items keep their per-item scores on the stack.
    private const int StackItems = 128;

    /// <summary>
    /// Scores every item into <paramref name="scores"/> and, when <paramref name="results"/> is given, builds the
    /// explained results beside them: the one evaluation both <see cref="Score"/> and <see cref="ScoreOnly(ReviewFacts, Span{ItemScore})"/> use.
    /// <paramref name="positions"/> (one per item) receives where each item's facts are in the review: -1 none, -2 given more than once.
    /// </summary>
    private void ScoreItems(ReviewFacts? facts, Span<ItemScore> scores, Span<int> positions, ItemResult[]? results, ref List<FactError>? inputErrors)
    {
        var detailed = results is not null;
        var items = compiled.Items;
        positions.Fill(-1);
        var given = facts?.Items ?? [];
        if (facts is null && detailed)
        {
            inputErrors = [FactChecks.Error(0, FactErrorCodes.MissingReview, null, null, null, "review facts must be given")];
        }

        if (!given.IsDefault)
        {
            for (var i = 0; i < given.Length; i++)
            {
                var number = given[i]?.Item ?? -1;
                var index = compiled.IndexOf(number);
                if (index < 0)
                {
                    if (detailed)
                    {
                        inputErrors ??= [];
                        inputErrors.Add(FactChecks.Error(number, FactErrorCodes.UnknownItem, null, null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), "an item number of the scale (1–" + items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"));
                    }

                    continue;
                }

                positions[index] = positions[index] == -1 ? i : -2;
            }
        }

        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            ItemResult? result = null;
            switch (positions[i])
            {
                case -1:
                    scores[i] = NoFacts(item, detailed, out result);
                    break;
                case -2:
                    scores[i] = Invalid(item, detailed, out result, ScoringPath.None, [], FactErrorCodes.DuplicateItem, "each item given once");
                    break;
                case var p:
                    scores[i] = ScoreItem(item, given[p], detailed, out result);
                    break;
            }

            if (detailed)
            {
                results![i] = result!;
            }
        }
    }

    private static ItemScore NoFacts(CompiledItem item, bool detailed, out ItemResult? result)
    {
        result = detailed ? item.NoFactsResult : null;
        return item.NoFactsScore;
    }

    private static ItemScore Invalid(CompiledItem item, bool detailed, out ItemResult? result, ScoringPath path, ImmutableArray<FactEntry> facts, string code, string rule)
    {
        result = detailed ? Invalid(item, path, facts, [FactChecks.Error(item.Number, code, null, null, null, rule)]) : null;
        return new ItemScore(item.Number, ItemStatus.Invalid, null);
    }

    private static ItemResult Invalid(CompiledItem item, ScoringPath path, ImmutableArray<FactEntry> facts, ImmutableArray<FactError> errors) =>
        new()
        {
            Definition = item.Definition,
            Status = ItemStatus.Invalid,
            Path = path,
            Facts = facts,
            Errors = errors,
        };

    private ItemScore ScoreItem(CompiledItem item, ItemFacts facts, bool detailed, out ItemResult? result)
    {
        var programme = facts.Programme.IsDefault ? [] : facts.Programme;
        var specialists = facts.Specialists.IsDefault ? [] : facts.Specialists;
        if (programme.IsEmpty && specialists.IsEmpty)
        {
            return NoFacts(item, detailed, out result);
        }

        if (!programme.IsEmpty && !specialists.IsEmpty)
        {
            return Invalid(item, detailed, out result, ScoringPath.None, programme, FactErrorCodes.BothProgrammeAndSpecialists, "give programme facts or per-specialist facts, not both");
        }

        return specialists.IsEmpty ? ScoreProgramme(item, programme, detailed, out result) : ScoreSpecialists(item, specialists, detailed, out result);
    }

    [SkipLocalsInit] // every stack buffer here is filled before it is read
    private ItemScore ScoreProgramme(CompiledItem item, ImmutableArray<FactEntry> entries, bool detailed, out ItemResult? result)
    {
        result = null;
        Span<int> slots = stackalloc int[item.FactIds.Length];
        List<FactError>? errors = null;
        if (!FactChecks.Check(item, entries.AsSpan(), null, slots, ref errors, collect: detailed))
        {
            if (detailed)
            {
                result = Invalid(item, ScoringPath.Programme, entries, [.. errors!]);
            }

            return new ItemScore(item.Number, ItemStatus.Invalid, null);
        }

        Span<ModifierStep> steps = stackalloc ModifierStep[item.Modifiers.Length];
        var set = Evaluate(item, new FactSet(entries.AsSpan(), slots), slots, steps, detailed);
        if (set.MissingFacts)
        {
            // Policy 4: only now, with facts missing, are the outcomes their values leave possible worked out.
            return ScoreUndetermined(item, entries, slots, set, detailed, out result);
        }

        if (detailed)
        {
            result = set.Kind switch
            {
                SetKind.Rated => new ItemResult
                {
                    Definition = item.Definition,
                    Status = ItemStatus.Rated,
                    Score = set.Score,
                    Path = ScoringPath.Programme,
                    Facts = entries,
                    Modifiers = Applied(item, steps[..set.Steps]),
                    MeasuredValue = set.Measured,
                    DeterminedWithout = Absent(item, slots),
                },
                SetKind.Excluded => new ItemResult
                {
                    Definition = item.Definition,
                    Status = ItemStatus.NotRated,
                    Path = ScoringPath.Programme,
                    Facts = entries,
                    NotRatedReason = item.Definition.Exclude?.AllExcludedReason,
                    MeasuredValue = set.Measured,
                    PossibleScores = item.FullRange,
                },
                _ => new ItemResult
                {
                    Definition = item.Definition,
                    Status = ItemStatus.NotRated,
                    Path = ScoringPath.Programme,
                    Facts = entries,
                    NotRatedReason = set.Reason,
                    MeasuredValue = set.Measured,
                    PossibleScores = item.FullRange,
                },
            };
        }

        return set.Kind == SetKind.Rated ? new ItemScore(item.Number, ItemStatus.Rated, set.Score) : new ItemScore(item.Number, ItemStatus.NotRated, null);
    }

    /// <summary>
    /// A programme fact set the evaluation could not rate for want of facts: rated when every admissible value of the
    /// missing facts gives the same score, otherwise not rated with the scores still possible (policy 4).
    /// </summary>
    private static ItemScore ScoreUndetermined(CompiledItem item, ImmutableArray<FactEntry> entries, ReadOnlySpan<int> slots, in SetOutcome set, bool detailed, out ItemResult? result)
    {
        result = null;
        var possible = ItemDeterminacy.Analyse(item, entries.AsSpan(), slots);
        var missing = detailed ? Missing(item, set, slots) : [];
        if (possible.IsDetermined(out var score))
        {
            if (detailed)
            {
                // Which modifiers apply may depend on the missing facts, so none is reported as applied.
                result = new ItemResult
                {
                    Definition = item.Definition,
                    Status = ItemStatus.Rated,
                    Score = score,
                    Path = ScoringPath.Programme,
                    Facts = entries,
                    MeasuredValue = set.Measured,
                    DeterminedWithout = missing,
                };
            }

            return new ItemScore(item.Number, ItemStatus.Rated, score);
        }

        if (detailed)
        {
            result = new ItemResult
            {
                Definition = item.Definition,
                Status = ItemStatus.NotRated,
                Path = ScoringPath.Programme,
                Facts = entries,
                MissingFacts = missing,
                MeasuredValue = set.Measured,
                PossibleScores = item.RangeOf(possible),
            };
        }

        return item.ScoreOf(possible);
    }

    [SkipLocalsInit] // every stack buffer here is filled before it is read
    private ItemScore ScoreSpecialists(CompiledItem item, ImmutableArray<SpecialistFacts> specialists, bool detailed, out ItemResult? result)
    {
        result = null;
        if (!item.Definition.PerSpecialist)
        {
            return Invalid(item, detailed, out result, ScoringPath.PerSpecialist, [], FactErrorCodes.NotPerSpecialist, "this item is rated for the programme as a whole; give programme facts");
        }

        List<FactError>? errors = null;
        var valid = true;

        // Each specialist's slots, kept from the check for the evaluation (a huge item re-resolves them instead).
        var width = item.FactIds.Length;
        var keep = specialists.Length * width <= 256;
        Span<int> kept = keep ? stackalloc int[specialists.Length * width] : default;
        Span<int> slots = stackalloc int[width];
        for (var s = 0; s < specialists.Length && (valid || detailed); s++)
        {
            var specialist = specialists[s];
            if (specialist is null || string.IsNullOrEmpty(specialist.Label))
            {
                valid = false;
                if (detailed)
                {
                    errors ??= [];
                    errors.Add(FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, null, null, "every specialist has a non-empty label"));
                }

                continue;
            }

            for (var t = 0; t < s; t++)
            {
                if (string.Equals(specialists[t]?.Label, specialist.Label, StringComparison.Ordinal))
                {
                    valid = false;
                    if (detailed)
                    {
                        errors ??= [];
                        errors.Add(FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, specialist.Label, null, "specialist labels are unique within an item"));
                    }

                    break;
                }
            }

            if (!FactChecks.Check(item, specialist.Facts.AsSpan(), specialist.Label, keep ? kept.Slice(s * width, width) : slots, ref errors, collect: detailed))
            {
                valid = false;
            }
        }

        if (!valid)
        {
            if (detailed)
            {
                result = Invalid(item, ScoringPath.PerSpecialist, [], [.. errors!]);
            }

            return new ItemScore(item.Number, ItemStatus.Invalid, null);
        }

        var results = detailed ? new SpecialistResult[specialists.Length] : null;
        Span<int> scores = specialists.Length <= 64 ? stackalloc int[specialists.Length] : new int[specialists.Length];
        Span<ModifierStep> steps = stackalloc ModifierStep[item.Modifiers.Length];
        var included = 0;
        var anyNotRated = false;
        var measuredSum = 0.0;
        var measuredCount = 0;
        ImmutableArray<string> missing = [];
        ImmutableArray<string> determinedWithout = [];
        LocalizedText? notRatedReason = null;

        // Policy 4: specialists whose missing facts leave more than one outcome (on the heap only for many specialists, and only when there are any).
        Span<SpecialistRange> uncertain = specialists.Length <= 16 ? stackalloc SpecialistRange[specialists.Length] : default;
        var uncertainCount = 0;
        for (var s = 0; s < specialists.Length; s++)
        {
            var entries = specialists[s].Facts;
            if (keep)
            {
                slots = kept.Slice(s * width, width);
            }
            else
            {
                FactChecks.Resolve(item, entries.AsSpan(), slots);
            }

            var set = Evaluate(item, new FactSet(entries.AsSpan(), slots), slots, steps, detailed);
            var setMissing = detailed ? Missing(item, set, slots) : [];
            var setDeterminedWithout = detailed && set.Kind != SetKind.NotRated ? Absent(item, slots) : [];
            ScoreRange? setPossible = null;
            if (set.MissingFacts)
            {
                var possible = ItemDeterminacy.Analyse(item, entries.AsSpan(), slots);
                if (possible.IsDetermined(out var determined))
                {
                    set = new SetOutcome(SetKind.Rated, determined, null, set.MeasuredOrNaN, false, 0);
                    (setDeterminedWithout, setMissing) = (setMissing, []);
                }
                else if (possible.Scores == UInt128.Zero && possible.MayBeExcluded && !possible.MayBeNotRated)
                {
                    set = new SetOutcome(SetKind.Excluded, 0, null, double.NaN, false, 0);
                    (setDeterminedWithout, setMissing) = (setMissing, []);
                }
                else if (!possible.MayBeNotRated && possible.Scores != UInt128.Zero)
                {
                    if (uncertain.IsEmpty)
                    {
                        uncertain = new SpecialistRange[specialists.Length];
                    }

                    uncertain[uncertainCount++] = new SpecialistRange(possible.Lowest, possible.Highest, possible.MayBeExcluded, CanBeScored: true);
                    setPossible = detailed ? item.RangeOf(possible) : null;
                    set = set with { MissingFacts = false, Kind = SetKind.Uncertain };
                }
                else
                {
                    setPossible = detailed ? item.FullRange : null;
                }
            }

            if (detailed)
            {
                results![s] = new SpecialistResult
                {
                    Label = specialists[s].Label,
                    Status = set.Kind == SetKind.Rated || set.Kind == SetKind.Excluded ? ItemStatus.Rated : ItemStatus.NotRated,
                    Score = set.Kind == SetKind.Rated ? set.Score : null,
                    Excluded = set.Kind == SetKind.Excluded,
                    Reason = set.Kind == SetKind.Excluded ? item.Definition.Exclude?.Reason : set.Reason,
                    MeasuredValue = set.Measured,
                    Facts = entries,
                    MissingFacts = setMissing,
                    Modifiers = Applied(item, steps[..set.Steps]),
                    DeterminedWithout = setDeterminedWithout,
                    PossibleScores = setPossible,
                };

                if (!setDeterminedWithout.IsEmpty)
                {
                    determinedWithout = Union(determinedWithout, setDeterminedWithout);
                }

                if (!setMissing.IsEmpty)
                {
                    missing = Union(missing, setMissing);
                }
            }

            switch (set.Kind)
            {
                case SetKind.Rated:
                    scores[included++] = set.Score;
                    if (set.Measured is { } measured)
                    {
                        measuredSum += measured;
                        measuredCount++;
                    }

                    break;
                case SetKind.NotRated:
                    // Every not-rated set has missing facts or a reason, so one is enough to leave the item unrated.
                    anyNotRated = true;
                    if (detailed && setMissing.IsEmpty)
                    {
                        notRatedReason ??= set.Reason;
                    }

                    break;
            }
        }

        // With some specialists uncertain, the item is determined when its lowest and highest combinations agree.
        var low = item.MinScore;
        var high = item.MaxScore;
        var bounded = uncertainCount > 0 && !anyNotRated
            && ItemDeterminacy.CombinedRange(item.Combination!, scores[..included], uncertain[..uncertainCount], out low, out high);
        var undetermined = uncertainCount > 0 && (!bounded || low != high);
        if (!undetermined && uncertainCount > 0)
        {
            // Determined although some specialists are not: every choice of their scores and exclusions combines to one score.
            return Combined(item, low, ScoringPath.PerSpecialist, results, missing.IsEmpty ? determinedWithout : Union(determinedWithout, missing), measuredSum, measuredCount, detailed, out result);
        }

        if (undetermined || anyNotRated || included == 0)
        {
            var narrowed = bounded && low >= item.MinScore && high <= item.MaxScore && low < high;
            if (detailed)
            {
                result = new ItemResult
                {
                    Definition = item.Definition,
                    Status = ItemStatus.NotRated,
                    Path = ScoringPath.PerSpecialist,
                    Specialists = ImmutableCollectionsMarshal.AsImmutableArray(results),
                    MissingFacts = missing,
                    NotRatedReason = !missing.IsEmpty ? null : notRatedReason ?? item.Definition.Exclude?.AllExcludedReason,
                    MeasuredValue = measuredCount > 0 ? measuredSum / measuredCount : null,
                    PossibleScores = narrowed && (low != item.MinScore || high != item.MaxScore) ? new ScoreRange(low, high) : item.FullRange,
                };
            }

            return narrowed ? new ItemScore(item.Number, low, high) : new ItemScore(item.Number, ItemStatus.NotRated, null);
        }

        // Policy 2, as the definition states it (IPS-25: the mean, rounded to the nearest whole score, halves down).
        var score = item.Combination!.Apply(scores[..included]);
        return Combined(item, score, ScoringPath.PerSpecialist, results, determinedWithout, measuredSum, measuredCount, detailed, out result);
    }

    /// <summary>A rated per-specialist item: its combined score and, when detailed, its result.</summary>
    private static ItemScore Combined(CompiledItem item, int score, ScoringPath path, SpecialistResult[]? results, ImmutableArray<string> determinedWithout, double measuredSum, int measuredCount, bool detailed, out ItemResult? result)
    {
        result = !detailed ? null : new ItemResult
        {
            Definition = item.Definition,
            Status = ItemStatus.Rated,
            Score = score,
            Path = path,
            Specialists = ImmutableCollectionsMarshal.AsImmutableArray(results),
            Combination = item.Combination,
            MeasuredValue = measuredCount > 0 ? measuredSum / measuredCount : null,
            DeterminedWithout = determinedWithout,
        };

        return new ItemScore(item.Number, ItemStatus.Rated, score);
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> current, ImmutableArray<string> more)
    {
        if (current.IsEmpty)
        {
            return more;
        }

        var builder = current.ToBuilder();
        foreach (var id in more)
        {
            if (!builder.Contains(id))
            {
                builder.Add(id);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Evaluates one fact set (validated, resolved to <paramref name="slots"/>): exclusion, rule and modifiers. The
    /// modifiers that changed the score go into <paramref name="steps"/>; nothing is allocated.
    /// </summary>
    /// <param name="item">The item.</param>
    /// <param name="facts">The fact set.</param>
    /// <param name="slots">Where each declared fact is in the set (-1 absent).</param>
    /// <param name="steps">Room for one step per modifier of the item.</param>
    /// <param name="measure">Whether to compute the item's measure (explanations only; it never changes a score).</param>
    private SetOutcome Evaluate(CompiledItem item, in FactSet facts, ReadOnlySpan<int> slots, Span<ModifierStep> steps, bool measure)
    {
        var measured = double.NaN;
        if (measure && item.Measure is not null && item.Measure.Evaluate(facts, out var value) == ValueStatus.Ok)
        {
            measured = value;
        }

        if (item.Exclude is not null)
        {
            switch (item.Exclude.Evaluate(facts))
            {
                case Truth.True:
                    return new SetOutcome(SetKind.Excluded, 0, null, double.NaN, false, 0);
                case Truth.Unknown:
                    return NotRated(slots, measured);
            }
        }

        var outcome = item.Rule.Evaluate(facts);
        switch (outcome.Kind)
        {
            case OutcomeKind.NotRated:
                return new SetOutcome(SetKind.NotRated, 0, outcome.Reason, measured, false, 0);
            case OutcomeKind.Missing:
                return NotRated(slots, measured);
            case OutcomeKind.Undefined:
                return new SetOutcome(SetKind.NotRated, 0, compiled.UndefinedReason, measured, false, 0);
        }

        var score = outcome.Score;
        var applied = 0;
        foreach (var modifier in item.Modifiers)
        {
            switch (modifier.Condition.Evaluate(facts))
            {
                case Truth.Unknown:
                    return NotRated(slots, measured);
                case Truth.True:
                    var after = modifier.Apply(score);
                    if (after != score)
                    {
                        steps[applied++] = new ModifierStep(modifier.Index, score, after);
                        score = after;
                    }

                    break;
            }
        }

        return new SetOutcome(SetKind.Rated, score, null, measured, false, applied);
    }

    /// <summary>Not rated for want of facts: the declared facts absent, or (all present) an undefined value.</summary>
    private SetOutcome NotRated(ReadOnlySpan<int> slots, double measured)
    {
        foreach (var slot in slots)
        {
            if (slot < 0)
            {
                return new SetOutcome(SetKind.NotRated, 0, null, measured, true, 0);
            }
        }

        return new SetOutcome(SetKind.NotRated, 0, compiled.UndefinedReason, measured, false, 0);
    }

    /// <summary>The declared facts absent from a fact set (empty when every fact was given, the usual case).</summary>
    private static ImmutableArray<string> Absent(CompiledItem item, ReadOnlySpan<int> slots)
    {
        foreach (var slot in slots)
        {
            if (slot < 0)
            {
                return Missing(item, new SetOutcome(SetKind.NotRated, 0, null, double.NaN, true, 0), slots);
            }
        }

        return [];
    }

    /// <summary>The declared facts absent from a set not rated for want of them (empty otherwise).</summary>
    private static ImmutableArray<string> Missing(CompiledItem item, in SetOutcome set, ReadOnlySpan<int> slots)
    {
        if (!set.MissingFacts)
        {
            return [];
        }

        var absent = 0;
        foreach (var slot in slots)
        {
            if (slot < 0)
            {
                absent++;
            }
        }

        if (absent == slots.Length)
        {
            return item.AllFactIds;
        }

        var missing = ImmutableArray.CreateBuilder<string>(absent);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] < 0)
            {
                missing.Add(item.FactIds[i]);
            }
        }

        return missing.MoveToImmutable();
    }

    /// <summary>The applied modifiers as results (an exact-size array: most items have one modifier).</summary>
    private static ImmutableArray<AppliedModifier> Applied(CompiledItem item, ReadOnlySpan<ModifierStep> steps)
    {
        if (steps.IsEmpty)
        {
            return [];
        }

        var applied = new AppliedModifier[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            applied[i] = new AppliedModifier(step.Index, step.Before, step.After, item.Modifiers[step.Index].Definition.Reason);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(applied);
    }

    /// <summary>The totals, possible range and level of <paramref name="scores"/>, and each section's when <paramref name="sections"/> is not empty.</summary>
    private ReviewScores Summarise(ReadOnlySpan<ItemScore> scores, Span<Sums> sections)
    {
        var total = default(Sums);
        var items = compiled.Items;
        for (var i = 0; i < scores.Length; i++)
        {
            total.Add(scores[i], items[i]);
            if (!sections.IsEmpty)
            {
                sections[items[i].Section].Add(scores[i], items[i]);
            }
        }

        var lowest = total.Sum + total.Low;
        var highest = total.Sum + total.High;
        var lowestLevel = Scale.FindLevel(lowest);
        var highestLevel = Scale.FindLevel(highest);
        return new ReviewScores
        {
            RatedSum = total.Sum,
            RatedCount = total.Rated,
            ItemCount = total.Count,
            LowestPossible = lowest,
            HighestPossible = highest,
            Level = ReferenceEquals(lowestLevel, highestLevel) ? lowestLevel : null,
        };
    }

    [SkipLocalsInit] // every stack buffer here is filled before it is read
    private FidelityReport BuildReport(ReviewFacts? facts, ReadOnlySpan<ItemScore> scores, ItemResult[] results, List<FactError>? inputErrors, List<FactWarning>? warnings)
    {
        var sections = Scale.Sections;
        Span<Sums> sums = sections.Length <= StackItems ? stackalloc Sums[sections.Length] : new Sums[sections.Length];
        sums.Clear();
        var total = Summarise(scores, sums);
        var sectionTotals = new SectionTotal[sections.Length];
        for (var s = 0; s < sections.Length; s++)
        {
            sectionTotals[s] = new SectionTotal { Section = sections[s], Summary = sums[s].ToSummary() };
        }

        return new FidelityReport
        {
            Scale = Scale,
            EngineVersion = Version,
            ProgrammeLabel = facts?.ProgrammeLabel ?? string.Empty,
            ReviewDate = facts?.ReviewDate ?? default(LocalDate),
            ReviewPeriod = facts?.ReviewPeriod,
            Items = ImmutableCollectionsMarshal.AsImmutableArray(results),
            Sections = ImmutableCollectionsMarshal.AsImmutableArray(sectionTotals),
            Total = new ScoreSummary
            {
                RatedSum = total.RatedSum,
                RatedCount = total.RatedCount,
                ItemCount = total.ItemCount,
                LowestPossible = total.LowestPossible,
                HighestPossible = total.HighestPossible,
            },
            Level = total.Level,
            InputErrors = inputErrors is null ? [] : [.. inputErrors],
            Warnings = warnings is null ? [] : [.. warnings],
        };
    }

    private enum SetKind : byte
    {
        Rated,
        NotRated,
        Excluded,

        // A specialist whose missing facts leave a range of scores (policy 4); combined by its bounds.
        Uncertain,
    }

    /// <summary>What one fact set evaluated to; <see cref="MissingFacts"/> says declared facts were absent, <see cref="Steps"/> how many modifiers changed the score.</summary>
    private readonly record struct SetOutcome(SetKind Kind, int Score, LocalizedText? Reason, double MeasuredOrNaN, bool MissingFacts, int Steps)
    {
        public double? Measured => double.IsNaN(MeasuredOrNaN) ? null : MeasuredOrNaN;
    }

    /// <summary>A modifier that changed the score: its index, the score before and after.</summary>
    private readonly record struct ModifierStep(int Index, int Before, int After);

    /// <summary>Running sums over items: rated sum and count, item count, and the unrated items' lowest and highest scores.</summary>
    private struct Sums
    {
        public int Sum;
        public int Rated;
        public int Count;
        public int Low;
        public int High;

        public void Add(in ItemScore score, CompiledItem item)
        {
            Count++;
            if (score.IsRated && score.Score is { } value)
            {
                Sum += value;
                Rated++;
            }
            else if (score.HasPossibleRange)
            {
                // Policy 4: the scores its missing facts still leave possible.
                Low += score.PossibleLow;
                High += score.PossibleHigh;
            }
            else
            {
                // An unrated item can still take any score of its range.
                Low += item.MinScore;
                High += item.MaxScore;
            }
        }

        public readonly ScoreSummary ToSummary() => new()
        {
            RatedSum = Sum,
            RatedCount = Rated,
            ItemCount = Count,
            LowestPossible = Sum + Low,
            HighestPossible = Sum + High,
        };
    }
}
