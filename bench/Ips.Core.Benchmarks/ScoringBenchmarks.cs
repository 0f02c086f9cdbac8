using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Benchmarks;

/// <summary>Scoring full reviews (all 25 items, every item valid) with the compiled engine.</summary>
/// <remarks>
/// Reviews are varied: random values across each fact's domain, programme facts or 2–4 specialists on per-specialist
/// items (half each). Times and allocations are per review (<c>OperationsPerInvoke</c>).
/// </remarks>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Pool = 1_000;
    private ReviewFacts[] reviews = [];
    private FidelityEngine engine = null!;

    [Params(1, 100_000)]
    public int Reviews { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        engine = Ips25Scale.Engine;
        reviews = ReviewGenerator.Generate(engine, Math.Min(Reviews, Pool), seed: 42);
    }

    /// <summary>Scores <see cref="Reviews"/> reviews; returns the sum of rated totals.</summary>
    [Benchmark]
    public long Score()
    {
        long total = 0;
        var pool = reviews;
        for (var i = 0; i < Reviews; i++)
        {
            total += engine.Score(pool[i % pool.Length]).Total.RatedSum;
        }

        return total;
    }
}

/// <summary>Builds varied, valid full reviews from the scale definition alone.</summary>
public static class ReviewGenerator
{
    public static ReviewFacts[] Generate(FidelityEngine engine, int count, int seed)
    {
        var random = new Random(seed);
        var scale = engine.Scale;
        var result = new ReviewFacts[count];
        for (var r = 0; r < count; r++)
        {
            var items = ImmutableArray.CreateBuilder<ItemFacts>(scale.Items.Length);
            foreach (var item in scale.Items)
            {
                // Redraw until the item is valid (constraints such as distinct types ≤ jobs held).
                ItemFacts facts;
                var attempts = 0;
                do
                {
                    facts = Draw(item, random);
                    attempts++;
                }
                while (attempts < 100 && IsInvalid(engine, item.Number, facts));

                items.Add(facts);
            }

            result[r] = new ReviewFacts
            {
                ProgrammeLabel = "Bench " + r.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ReviewDate = new LocalDate(2026, 3, 1),
                Items = items.MoveToImmutable(),
            };
        }

        return result;
    }

    private static bool IsInvalid(FidelityEngine engine, int number, ItemFacts facts)
    {
        var report = engine.Score(new ReviewFacts { ProgrammeLabel = "x", ReviewDate = new LocalDate(2026, 3, 1), Items = [facts] });
        return report.Item(number).Status == ItemStatus.Invalid;
    }

    private static ItemFacts Draw(ItemDefinition item, Random random)
    {
        if (item.PerSpecialist && random.Next(2) == 0)
        {
            var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>();
            var n = random.Next(2, 5);
            for (var s = 0; s < n; s++)
            {
                specialists.Add(new SpecialistFacts { Label = "ES " + (s + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Facts = Entries(item, random) });
            }

            return new ItemFacts { Item = item.Number, Specialists = specialists.ToImmutable() };
        }

        return new ItemFacts { Item = item.Number, Programme = Entries(item, random) };
    }

    private static ImmutableArray<FactEntry> Entries(ItemDefinition item, Random random)
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>(item.Facts.Length);
        foreach (var fact in item.Facts)
        {
            entries.Add(new FactEntry(fact.Id, Value(fact, random)));
        }

        return entries.MoveToImmutable();
    }

    private static FactValue Value(FactDefinition fact, Random random)
    {
        switch (fact.Kind)
        {
            case FactKind.Count:
            {
                var max = (int)(fact.Max ?? 60);
                return FactValue.FromCount(random.Next((int)(fact.Min ?? 0), max + 1));
            }

            case FactKind.Number:
            {
                var min = fact.Min ?? 0;
                var max = fact.Max ?? (fact.Unit == "fte" ? 1 : fact.Unit == "perWeek" ? 8 : 300);
                var value = min + (random.NextDouble() * (max - min));
                return FactValue.FromNumber(fact.MinExclusive && value <= min ? max : Math.Round(value, 1));
            }

            case FactKind.Elements:
            {
                var ids = new List<string>();
                foreach (var element in fact.Elements)
                {
                    if (random.Next(3) != 0)
                    {
                        ids.Add(element.Id);
                    }
                }

                return FactValue.FromElements(ids);
            }

            case FactKind.Level:
                return FactValue.FromLevel(fact.Levels[random.Next(fact.Levels.Length)].Id);
            default:
                return FactValue.FromFlag(random.Next(4) != 0);
        }
    }
}
