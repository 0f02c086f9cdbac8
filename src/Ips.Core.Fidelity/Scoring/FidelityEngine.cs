using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.RuleKinds;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
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
    private static readonly Lazy<FidelityEngine> DefaultEngine = new(() => new FidelityEngine(ScaleDefinition.Ips25));

    private readonly CompiledScale compiled;

    /// <summary>Creates an engine for <paramref name="scale"/>.</summary>
    /// <param name="scale">A definition loaded through <see cref="ScaleDefinition.Load(string)"/> (and so validated).</param>
    /// <exception cref="ScaleDefinitionException">The definition is inconsistent (it is re-checked here).</exception>
    public FidelityEngine(ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        var problems = ScaleDefinitionValidator.Check(scale);
        if (!problems.IsEmpty)
        {
            throw new ScaleDefinitionException(problems);
        }

        Scale = scale;
        compiled = new CompiledScale(scale);
    }

    /// <summary>An engine for the embedded IPS-25 definition, created once.</summary>
    public static FidelityEngine Default => DefaultEngine.Value;

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
    /// FidelityReport report = FidelityEngine.Default.Score(facts, ReportLanguage.English);
    /// int? score = report.Item(1).Score;        // 5: 18 participants per FTE
    /// string text = report.ToText();            // 24 items not rated: possible total 29–125, no level yet
    /// </code>
    /// </example>
    /// <inheritdoc/>
    public FidelityReport Score(ReviewFacts facts, ReportLanguage language = default)
    {
        // A language the definition lacks is a programming error, unlike bad facts, which become invalid results.
        language = language.IsDefault ? Scale.DefaultLanguage : language;
        Scale.RequireLanguage(language);
        var items = compiled.Items;
        var results = new ItemResult[items.Length];
        List<FactError>? inputErrors = null;

        // Where each item's facts are in the input: -1 none, -2 given more than once.
        Span<int> positions = items.Length <= 64 ? stackalloc int[items.Length] : new int[items.Length];
        positions.Fill(-1);
        var given = facts?.Items ?? [];
        if (facts is null)
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
                    inputErrors ??= [];
                    inputErrors.Add(FactChecks.Error(number, FactErrorCodes.UnknownItem, null, null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), "an item number of the scale (1–" + items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")"));
                    continue;
                }

                positions[index] = positions[index] == -1 ? i : -2;
            }
        }

        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            results[i] = positions[i] switch
            {
                -1 => item.NoFactsResult,
                -2 => Invalid(item, ScoringPath.None, [], [], [FactChecks.Error(item.Number, FactErrorCodes.DuplicateItem, null, null, null, "each item given once")]),
                var p => ScoreItem(item, given[p]),
            };
        }

        return BuildReport(facts, language, results, inputErrors);
    }

    private static ItemResult Invalid(CompiledItem item, ScoringPath path, ImmutableArray<FactEntry> facts, ImmutableArray<SpecialistResult> specialists, ImmutableArray<FactError> errors) =>
        new()
        {
            Definition = item.Definition,
            Status = ItemStatus.Invalid,
            Path = path,
            Facts = facts,
            Specialists = specialists,
            Errors = errors,
        };

    private ItemResult ScoreItem(CompiledItem item, ItemFacts facts)
    {
        var programme = facts.Programme.IsDefault ? [] : facts.Programme;
        var specialists = facts.Specialists.IsDefault ? [] : facts.Specialists;
        if (programme.IsEmpty && specialists.IsEmpty)
        {
            return item.NoFactsResult;
        }

        if (!programme.IsEmpty && !specialists.IsEmpty)
        {
            return Invalid(item, ScoringPath.None, programme, [], [FactChecks.Error(item.Number, FactErrorCodes.BothProgrammeAndSpecialists, null, null, null, "give programme facts or per-specialist facts, not both")]);
        }

        return specialists.IsEmpty ? ScoreProgramme(item, programme) : ScoreSpecialists(item, specialists);
    }

    private ItemResult ScoreProgramme(CompiledItem item, ImmutableArray<FactEntry> entries)
    {
        Span<int> slots = stackalloc int[item.FactIds.Length];
        List<FactError>? errors = null;
        if (!FactChecks.Check(item, entries.AsSpan(), null, slots, ref errors))
        {
            return Invalid(item, ScoringPath.Programme, entries, [], [.. errors!]);
        }

        var set = Evaluate(item, new FactSet(entries.AsSpan(), slots), slots);
        return set.Kind switch
        {
            SetKind.Rated => new ItemResult
            {
                Definition = item.Definition,
                Status = ItemStatus.Rated,
                Score = set.Score,
                Path = ScoringPath.Programme,
                Facts = entries,
                Modifiers = set.Modifiers,
                MeasuredValue = set.Measured,
            },
            SetKind.Excluded => new ItemResult
            {
                Definition = item.Definition,
                Status = ItemStatus.NotRated,
                Path = ScoringPath.Programme,
                Facts = entries,
                NotRatedReason = item.Definition.Exclude?.AllExcludedReason,
                MeasuredValue = set.Measured,
            },
            _ => new ItemResult
            {
                Definition = item.Definition,
                Status = ItemStatus.NotRated,
                Path = ScoringPath.Programme,
                Facts = entries,
                MissingFacts = set.Missing,
                NotRatedReason = set.Reason,
                MeasuredValue = set.Measured,
            },
        };
    }

    private ItemResult ScoreSpecialists(CompiledItem item, ImmutableArray<SpecialistFacts> specialists)
    {
        List<FactError>? errors = null;
        if (!item.Definition.PerSpecialist)
        {
            return Invalid(item, ScoringPath.PerSpecialist, [], [], [FactChecks.Error(item.Number, FactErrorCodes.NotPerSpecialist, null, null, null, "this item is rated for the programme as a whole; give programme facts")]);
        }

        Span<int> slots = stackalloc int[item.FactIds.Length];
        for (var s = 0; s < specialists.Length; s++)
        {
            var specialist = specialists[s];
            if (specialist is null || string.IsNullOrEmpty(specialist.Label))
            {
                errors ??= [];
                errors.Add(FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, null, null, "every specialist has a non-empty label"));
                continue;
            }

            for (var t = 0; t < s; t++)
            {
                if (string.Equals(specialists[t]?.Label, specialist.Label, StringComparison.Ordinal))
                {
                    errors ??= [];
                    errors.Add(FactChecks.Error(item.Number, FactErrorCodes.BadSpecialistLabel, null, specialist.Label, null, "specialist labels are unique within an item"));
                    break;
                }
            }

            var entries = specialist.Facts;
            FactChecks.Check(item, entries.AsSpan(), specialist.Label, slots, ref errors);
        }

        if (errors is not null)
        {
            return Invalid(item, ScoringPath.PerSpecialist, [], [], [.. errors]);
        }

        var results = new SpecialistResult[specialists.Length];
        Span<int> scores = specialists.Length <= 64 ? stackalloc int[specialists.Length] : new int[specialists.Length];
        var included = 0;
        var measuredSum = 0.0;
        var measuredCount = 0;
        ImmutableArray<string> missing = [];
        LocalizedText? notRatedReason = null;
        for (var s = 0; s < specialists.Length; s++)
        {
            var entries = specialists[s].Facts;
            FactChecks.Resolve(item, entries.AsSpan(), slots);
            var set = Evaluate(item, new FactSet(entries.AsSpan(), slots), slots);
            results[s] = new SpecialistResult
            {
                Label = specialists[s].Label,
                Status = set.Kind == SetKind.Rated || set.Kind == SetKind.Excluded ? ItemStatus.Rated : ItemStatus.NotRated,
                Score = set.Kind == SetKind.Rated ? set.Score : null,
                Excluded = set.Kind == SetKind.Excluded,
                Reason = set.Kind == SetKind.Excluded ? item.Definition.Exclude?.Reason : set.Reason,
                MeasuredValue = set.Measured,
                Facts = entries,
                MissingFacts = set.Missing,
                Modifiers = set.Modifiers,
            };

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
                    if (!set.Missing.IsEmpty)
                    {
                        missing = Union(missing, set.Missing);
                    }
                    else
                    {
                        notRatedReason ??= set.Reason;
                    }

                    break;
            }
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(results);
        double? mean = measuredCount > 0 ? measuredSum / measuredCount : null;
        if (!missing.IsEmpty || notRatedReason is not null || included == 0)
        {
            return new ItemResult
            {
                Definition = item.Definition,
                Status = ItemStatus.NotRated,
                Path = ScoringPath.PerSpecialist,
                Specialists = all,
                MissingFacts = missing,
                NotRatedReason = !missing.IsEmpty ? null : notRatedReason ?? item.Definition.Exclude?.AllExcludedReason,
                MeasuredValue = mean,
            };
        }

        // Policy 2, as the definition states it (IPS-25: the mean, rounded to the nearest whole score, halves down).
        var score = item.Combination!.Apply(scores[..included]);
        return new ItemResult
        {
            Definition = item.Definition,
            Status = ItemStatus.Rated,
            Score = score,
            Path = ScoringPath.PerSpecialist,
            Specialists = all,
            Combination = item.Combination,
            MeasuredValue = mean,
        };
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> current, ImmutableArray<string> more)
    {
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

    private SetResult Evaluate(CompiledItem item, FactSet facts, ReadOnlySpan<int> slots)
    {
        double? measured = null;
        if (item.Measure is not null && item.Measure.Evaluate(facts, out var value) == ValueStatus.Ok)
        {
            measured = value;
        }

        if (item.Exclude is not null)
        {
            switch (item.Exclude.Evaluate(facts))
            {
                case Truth.True:
                    return new SetResult(SetKind.Excluded, 0, null, [], [], null);
                case Truth.Unknown:
                    return NotRated(item, slots, measured);
            }
        }

        var outcome = item.Rule.Evaluate(facts);
        switch (outcome.Kind)
        {
            case OutcomeKind.NotRated:
                return new SetResult(SetKind.NotRated, 0, outcome.Reason, [], [], measured);
            case OutcomeKind.Missing:
                return NotRated(item, slots, measured);
            case OutcomeKind.Undefined:
                return new SetResult(SetKind.NotRated, 0, compiled.UndefinedReason, [], [], measured);
        }

        var score = outcome.Score;

        // Exact-size array rather than a builder: most items have one modifier (a builder would allocate twice).
        AppliedModifier[]? applied = null;
        var appliedCount = 0;
        foreach (var modifier in item.Modifiers)
        {
            switch (modifier.Condition.Evaluate(facts))
            {
                case Truth.Unknown:
                    return NotRated(item, slots, measured);
                case Truth.True:
                    var after = modifier.Apply(score);
                    if (after != score)
                    {
                        applied ??= new AppliedModifier[item.Modifiers.Length];
                        applied[appliedCount++] = new AppliedModifier(modifier.Index, score, after, modifier.Definition.Reason);
                        score = after;
                    }

                    break;
            }
        }

        var modifiers = applied is null ? []
            : appliedCount == applied.Length ? ImmutableCollectionsMarshal.AsImmutableArray(applied)
            : ImmutableArray.Create(applied, 0, appliedCount);
        return new SetResult(SetKind.Rated, score, null, [], modifiers, measured);
    }

    private SetResult NotRated(CompiledItem item, ReadOnlySpan<int> slots, double? measured)
    {
        var absent = 0;
        foreach (var slot in slots)
        {
            if (slot < 0)
            {
                absent++;
            }
        }

        if (absent == 0)
        {
            return new SetResult(SetKind.NotRated, 0, compiled.UndefinedReason, [], [], measured);
        }

        if (absent == slots.Length)
        {
            return new SetResult(SetKind.NotRated, 0, null, item.AllFactIds, [], measured);
        }

        var missing = ImmutableArray.CreateBuilder<string>(absent);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] < 0)
            {
                missing.Add(item.FactIds[i]);
            }
        }

        return new SetResult(SetKind.NotRated, 0, null, missing.MoveToImmutable(), [], measured);
    }

    private FidelityReport BuildReport(ReviewFacts? facts, ReportLanguage language, ItemResult[] results, List<FactError>? inputErrors)
    {
        var sections = Scale.Sections;
        Span<int> sums = stackalloc int[sections.Length];
        Span<int> rated = stackalloc int[sections.Length];
        Span<int> counts = stackalloc int[sections.Length];
        Span<int> lows = stackalloc int[sections.Length];
        Span<int> highs = stackalloc int[sections.Length];
        sums.Clear();
        rated.Clear();
        counts.Clear();
        lows.Clear();
        highs.Clear();
        var total = 0;
        var ratedTotal = 0;
        var low = 0;
        var high = 0;
        var items = compiled.Items;
        for (var i = 0; i < results.Length; i++)
        {
            var section = items[i].Section;
            counts[section]++;
            if (results[i].Status == ItemStatus.Rated && results[i].Score is { } score)
            {
                sums[section] += score;
                rated[section]++;
                total += score;
                ratedTotal++;
            }
            else
            {
                // An unrated item can still take any score of its range.
                lows[section] += items[i].MinScore;
                highs[section] += items[i].MaxScore;
                low += items[i].MinScore;
                high += items[i].MaxScore;
            }
        }

        var sectionTotals = new SectionTotal[sections.Length];
        for (var s = 0; s < sections.Length; s++)
        {
            sectionTotals[s] = new SectionTotal { Section = sections[s], Summary = Summary(sums[s], rated[s], counts[s], lows[s], highs[s]) };
        }

        var summary = Summary(total, ratedTotal, results.Length, low, high);
        var lowestLevel = Scale.FindLevel(summary.LowestPossible);
        var highestLevel = Scale.FindLevel(summary.HighestPossible);
        return new FidelityReport
        {
            Scale = Scale,
            EngineVersion = Version,
            Language = language,
            ProgrammeLabel = facts?.ProgrammeLabel ?? string.Empty,
            ReviewDate = facts?.ReviewDate ?? default(LocalDate),
            ReviewPeriod = facts?.ReviewPeriod,
            Items = ImmutableCollectionsMarshal.AsImmutableArray(results),
            Sections = ImmutableCollectionsMarshal.AsImmutableArray(sectionTotals),
            Total = summary,
            Level = ReferenceEquals(lowestLevel, highestLevel) ? lowestLevel : null,
            InputErrors = inputErrors is null ? [] : [.. inputErrors],
        };
    }

    private static ScoreSummary Summary(int sum, int rated, int count, int unratedLowest, int unratedHighest) => new()
    {
        RatedSum = sum,
        RatedCount = rated,
        ItemCount = count,
        LowestPossible = sum + unratedLowest,
        HighestPossible = sum + unratedHighest,
    };

    private enum SetKind
    {
        Rated,
        NotRated,
        Excluded,
    }

    private readonly record struct SetResult(SetKind Kind, int Score, LocalizedText? Reason, ImmutableArray<string> Missing, ImmutableArray<AppliedModifier> Modifiers, double? Measured);
}
