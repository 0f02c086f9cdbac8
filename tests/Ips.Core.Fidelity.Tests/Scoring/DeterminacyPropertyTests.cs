using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Scales;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>
/// The engine's exact analysis of missing facts (policy 4) against brute force: every value of a fine grid over each
/// missing fact's domain is tried (the test samples; the engine does not). No grid value may score outside what the
/// engine says is possible, a determined item must score the same for every grid value, and the ends of a narrowed
/// range must be reached.
/// </summary>
public sealed class DeterminacyPropertyTests
{
    public static TheoryData<string> Scales() => ["ips-25", "mini-sv"];

    [Theory]
    [MemberData(nameof(Scales))]
    public void ExactAnalysis_AgreesWithBruteForceOverAFineGrid(string name)
    {
        var engine = name == "ips-25" ? Engine : new FidelityEngine(ScaleDefinition.Load(TestScales.MiniSwedishJson));
        var random = new Random(20261201);
        var checkedNarrowed = 0;
        var checkedDetermined = 0;
        for (var round = 0; round < 30; round++)
        {
            foreach (var item in engine.Scale.Items)
            {
                // Some facts given (random values), one or two left out.
                var facts = item.Facts.ToArray();
                var missing = facts.OrderBy(_ => random.Next()).Take(random.Next(1, Math.Min(2, facts.Length) + 1)).ToArray();
                var given = facts.Except(missing).Select(f => new FactEntry(f.Id, RandomValue(f, random))).ToArray();
                var result = engine.Score(Raw(ItemFacts.ForProgramme(item.Number, given))).Item(item.Number);
                if (result.Status == ItemStatus.Invalid)
                {
                    continue; // the given facts break a constraint
                }

                var outcomes = Completions(missing, missing.Length == 1 ? 1 : 4)
                    .Select(extra => engine.Score(Raw(ItemFacts.ForProgramme(item.Number, [.. given, .. extra]))).Item(item.Number))
                    .Where(r => r.Status != ItemStatus.Invalid)
                    .ToList();
                if (outcomes.Count == 0)
                {
                    continue;
                }

                var context = $"item {item.Number}, given {string.Join(", ", given.Select(g => g.Id + "=" + g.Value))}, missing {string.Join(", ", missing.Select(m => m.Id))}";
                AssertAgrees(engine.Scale.ScoresOf(item), result, outcomes, missing, context, ref checkedNarrowed, ref checkedDetermined);
            }
        }

        // The rounds must have exercised the analysis: IPS-25 narrows some ranges (mini-sv's items are too simple to).
        Assert.True(checkedNarrowed > 0 || name == "mini-sv");
        Assert.True(checkedDetermined > 0);
    }

    [Theory]
    [MemberData(nameof(Scales))]
    public void ExactAnalysis_PerSpecialist_AgreesWithBruteForceOverAFineGrid(string name)
    {
        // Some specialists complete, one with a fact missing: the combined score over every grid value of that fact.
        var engine = name == "ips-25" ? Engine : new FidelityEngine(ScaleDefinition.Load(TestScales.MiniSwedishJson));
        var random = new Random(1201);
        var checkedNarrowed = 0;
        var checkedDetermined = 0;
        for (var round = 0; round < 40; round++)
        {
            foreach (var item in engine.Scale.Items.Where(i => i.PerSpecialist))
            {
                var known = Enumerable.Range(0, random.Next(0, 5))
                    .Select(s => DefinitionJson.Specialist("K" + s.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. item.Facts.Select(f => new FactEntry(f.Id, RandomValue(f, random)))]))
                    .ToArray();
                var missing = item.Facts[random.Next(item.Facts.Length)];
                var partial = item.Facts.Where(f => f != missing).Select(f => new FactEntry(f.Id, RandomValue(f, random))).ToArray();
                var result = engine.ScoreSpecialists(item.Number, [.. known, DefinitionJson.Specialist("U", partial)]);
                if (result.Status == ItemStatus.Invalid)
                {
                    continue;
                }

                var outcomes = Grid(missing, 1)
                    .Select(v => engine.ScoreSpecialists(item.Number, [.. known, DefinitionJson.Specialist("U", [.. partial, new FactEntry(missing.Id, v)])]))
                    .Where(r => r.Status != ItemStatus.Invalid)
                    .ToList();
                if (outcomes.Count == 0)
                {
                    continue;
                }

                var context = $"item {item.Number}, {known.Length} known specialists, U given {string.Join(", ", partial.Select(g => g.Id + "=" + g.Value))}, missing {missing.Id}";
                AssertAgrees(engine.Scale.ScoresOf(item), result, outcomes, [missing], context, ref checkedNarrowed, ref checkedDetermined);
            }
        }

        // The rounds must have exercised the analysis (mini-sv's one per-specialist item, a ratio that may overflow, rarely narrows).
        Assert.True(checkedNarrowed > 0 || name == "mini-sv");
        Assert.True(checkedDetermined > 0);
    }

    /// <summary>
    /// The engine's <paramref name="result"/> against the grid's <paramref name="outcomes"/>: a determined item scores the
    /// same for all; no grid score is outside the possible range; a narrowed range has no unrated completion and is reached
    /// at both ends; and a grid that always gives one score is not left undetermined unless an extreme value could differ.
    /// </summary>
    private static void AssertAgrees(ScoreRange range, ItemResult result, List<ItemResult> outcomes, FactDefinition[] missing, string context, ref int narrowed, ref int determined)
    {
        if (result.Status == ItemStatus.Rated)
        {
            Assert.All(outcomes, o => Assert.True(o.Status == ItemStatus.Rated && o.Score == result.Score, context + ": " + o.Status + " " + o.Score + " vs " + result.Score));
            determined += result.DeterminedWithout.IsEmpty ? 0 : 1;
            return;
        }

        var possible = result.PossibleScores!;
        var scores = outcomes.Where(o => o.Status == ItemStatus.Rated).Select(o => o.Score!.Value).ToList();
        Assert.All(scores, s => Assert.True(possible.Contains(s), context + ": " + s + " outside " + possible));
        if (possible != range)
        {
            Assert.True(outcomes.All(o => o.Status == ItemStatus.Rated), context + ": a completion is not rated, yet the range is narrowed");
            Assert.True(possible.Min == scores.Min() && possible.Max == scores.Max(), context + ": the grid reaches " + scores.Min() + "–" + scores.Max() + ", the engine says " + possible);
            narrowed++;
        }
        else if (outcomes.All(o => o.Status == ItemStatus.Rated) && scores.Distinct().Count() == 1)
        {
            // Only a value the grid does not try (a tiny or huge number, which can make a ratio overflow) may stop it.
            Assert.True(Extremes(missing).Any(), context + ": the grid always gives " + scores[0] + " but the engine did not determine it");
        }
    }

    /// <summary>Every combination of grid values for <paramref name="missing"/> (coarser when <paramref name="coarsen"/> is above 1).</summary>
    private static IEnumerable<FactEntry[]> Completions(FactDefinition[] missing, int coarsen)
    {
        IEnumerable<FactEntry[]> combinations = [[]];
        foreach (var fact in missing)
        {
            var values = Grid(fact, coarsen).ToArray();
            combinations = combinations.SelectMany(c => values.Select(v => (FactEntry[])[.. c, new FactEntry(fact.Id, v)]));
        }

        return combinations;
    }

    /// <summary>A fine grid over the fact's domain: numbers every 0.25 up to 400 (every 1.5 up to 120 when coarse), counts every whole number, all flags, levels and element counts, and the domain's ends.</summary>
    private static IEnumerable<FactValue> Grid(FactDefinition fact, int coarsen)
    {
        switch (fact.Kind)
        {
            case FactKind.Flag:
                yield return FactValue.FromFlag(false);
                yield return FactValue.FromFlag(true);
                break;
            case FactKind.Level:
                foreach (var level in fact.Levels)
                {
                    yield return FactValue.FromLevel(level.Id);
                }

                break;
            case FactKind.Elements:
                for (var count = 0; count <= fact.Elements.Length; count++)
                {
                    yield return FactValue.FromElements(fact.Elements.Take(count).Select(e => e.Id));
                }

                break;
            default:
                // With two facts missing the grid is coarser and shorter, so the product stays small.
                var lo = fact.Min ?? 0;
                var hi = Math.Min(fact.Max ?? 400, lo + (coarsen > 1 ? 120 : 400));
                var step = fact.Kind == FactKind.Count ? 1.0 : coarsen > 1 ? 1.5 : 0.25;
                for (var v = lo; v <= hi; v += step)
                {
                    if (Admissible(fact, v))
                    {
                        yield return Value(fact, v);
                    }
                }

                foreach (var v in new[] { lo + 1e-6, hi - 1e-6, hi, 1e4, 1e6 })
                {
                    if (Admissible(fact, v))
                    {
                        yield return Value(fact, v);
                    }
                }

                break;
        }
    }

    /// <summary>Numbers the grid does not reach but the domain allows (very large or tiny values), which can make a ratio overflow.</summary>
    private static IEnumerable<FactDefinition> Extremes(FactDefinition[] missing) =>
        missing.Where(f => f.Kind is FactKind.Number or FactKind.Count && (f.Max is null || f.MinExclusive));

    private static bool Admissible(FactDefinition fact, double v) =>
        (fact.Min is not { } min || (fact.MinExclusive ? v > min : v >= min))
        && (fact.Max is not { } max || (fact.MaxExclusive ? v < max : v <= max))
        && (fact.Kind != FactKind.Count || Math.Floor(v) == v);

    private static FactValue Value(FactDefinition fact, double v) =>
        fact.Kind == FactKind.Count ? FactValue.FromCount((long)v) : FactValue.FromNumber(v);

    private static FactValue RandomValue(FactDefinition fact, Random random) => fact.Kind switch
    {
        FactKind.Count => FactValue.FromCount(random.Next(4) == 0 ? 0 : random.Next(0, 40)), // zero often: it settles ratios
        FactKind.Number => FactValue.FromNumber(Math.Round((fact.Min ?? 0) + (random.NextDouble() * Math.Min((fact.Max ?? 300) - (fact.Min ?? 0), 300)), 1) is var v && v > (fact.Min ?? double.NegativeInfinity) ? v : (fact.Min ?? 0) + 0.5),
        FactKind.Elements => FactValue.FromElements(fact.Elements.Where(_ => random.Next(2) == 0).Select(e => e.Id)),
        FactKind.Level => FactValue.FromLevel(fact.Levels[random.Next(fact.Levels.Length)].Id),
        _ => FactValue.FromFlag(random.Next(2) == 0),
    };
}
