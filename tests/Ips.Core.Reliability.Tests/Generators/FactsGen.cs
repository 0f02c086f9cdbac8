using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Generators;

/// <summary>
/// FsCheck generators for arbitrary <see cref="ReviewFacts"/> against the IPS-25 definition: every item, random
/// subsets, programme or per-specialist paths, valid values (including band edges and halves) and invalid ones
/// (NaN, ±∞, negatives, <see cref="int.MaxValue"/>, huge FTE, wrong kinds, unknown and duplicate ids, null
/// members), empty items and, rarely, an item with 10 000 specialists.
/// </summary>
/// <remarks>
/// FsCheck draws a seed (and the size) and the facts are built from it with a seeded <see cref="Random"/>: composing
/// FsCheck generators fact by fact cost about 1 ms per review, this about 20 µs, which is what makes a million
/// generated reviews affordable in CI. Every draw is still reproducible from FsCheck's replay seed.
/// </remarks>
internal static class FactsGen
{
    /// <summary>The scale every generator follows.</summary>
    public static ScaleDefinition Scale { get; } = Ips25Scale.Definition;

    /// <summary>Numbers that break arithmetic or formatting.</summary>
    public static readonly double[] HostileNumbers =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, -0.0, -1e-300, double.Epsilon, double.MaxValue,
        double.MinValue, int.MaxValue, (double)int.MaxValue + 1, int.MinValue, long.MaxValue, 1e15, 1e300, 9007199254740993,
        0.1 + 0.2, 1e-9, 4.9999999999, 5.0000000001, 1e308, 2.5e-7, 0.5, 1.25,
    ];

    /// <summary>Numbers on or next to the IPS-25 band edges and anchors (halves test the rounding policy).</summary>
    public static readonly double[] EdgeNumbers =
    [
        0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 5.6, 6, 10, 20, 20.5, 21, 25, 25.5, 26, 30, 30.5, 31, 39.5, 40, 40.5,
        41, 49, 49.5, 50, 59.5, 60, 61, 64, 64.5, 65, 69.5, 70, 74, 74.5, 75, 84.5, 85, 89, 89.5, 90, 94.5, 95, 95.5, 96,
        99.5, 100, 100.5, 101, 150, 150.5, 151, 270, 270.5, 271, 365,
    ];

    private static readonly string[] Labels = ["ES-1", "ES-2", "ES-3", "ES-4", "ES-5", "ES-6", "A", "b", "Æ-ø", "ES 1"];
    private static readonly string?[] BadLabels = [string.Empty, " ", "\t", null, "ES-1", "ES-1"];
    private static readonly string?[] ProgrammeLabels = ["Team Nord", string.Empty, "Ærlig & <b>|pipe|</b> `kode`", new string('x', 500), "\u202Eevil\u0000", null];
    private static readonly int[] BadItemNumbers = [0, -1, 26, 99, int.MaxValue, int.MinValue];
    private static readonly ItemFacts?[] Many = new ItemFacts?[32];

    /// <summary>A seed for one draw (FsCheck chooses it, so replay reproduces the draw).</summary>
    public static Gen<int> Seed { get; } = Gen.Choose(0, int.MaxValue);

    /// <summary>Arbitrary review facts: a random subset of items (often all 25), in random order, with rare duplicates, unknown numbers and null entries.</summary>
    public static Gen<ReviewFacts> Review { get; } = Seed.Select(seed => ReviewFrom(new Random(seed)));

    /// <summary>Valid, complete review facts: every item, every fact, values in their domains and constraints kept.</summary>
    public static Gen<ReviewFacts> ValidReview { get; } = Seed.Select(seed => ValidReviewFrom(new Random(seed)));

    /// <summary>Draws arbitrary review facts.</summary>
    public static ReviewFacts ReviewFrom(Random random)
    {
        var subset = new List<ItemDefinition>(Scale.Items.Length);
        var all = random.Next(3) == 0;
        foreach (var item in Scale.Items)
        {
            if (all || random.Next(2) == 0)
            {
                subset.Add(item);
            }
        }

        var items = new List<ItemFacts>(subset.Count + 1);
        foreach (var item in subset)
        {
            items.Add(Item(item, item.Number, random));
        }

        switch (random.Next(33))
        {
            case 0:
                items.Add(new ItemFacts { Item = Pick(BadItemNumbers, random), Programme = [new FactEntry("x", FactValue.FromNumber(1))] });
                break;
            case 1:
                var again = Pick(Scale.Items, random);
                items.Add(Item(again, again.Number, random));
                break;
            case 2:
                items.Add(null!);
                break;
        }

        Shuffle(items, random);
        var day = new LocalDate(2026, 1, 1).PlusDays(random.Next(-100_000, 100_000));
        var period = random.Next(4) == 0 ? random.Next(0, 400) : -1;
        return new ReviewFacts
        {
            ProgrammeLabel = Pick(ProgrammeLabels, random)!,
            ReviewDate = day,
            ReviewPeriod = period < 0 ? null : new DateInterval(day.PlusDays(-period), day),
            Items = [.. items],
        };
    }

    /// <summary>Draws valid, complete review facts.</summary>
    public static ReviewFacts ValidReviewFrom(Random random)
    {
        var items = ImmutableArray.CreateBuilder<ItemFacts>(Scale.Items.Length);
        foreach (var item in Scale.Items)
        {
            if (item.PerSpecialist)
            {
                var count = random.Next(1, 5);
                var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>(count);
                for (var i = 0; i < count; i++)
                {
                    specialists.Add(new SpecialistFacts { Label = Labels[i], Facts = ValidFactSet(item, random) });
                }

                items.Add(new ItemFacts { Item = item.Number, Specialists = specialists.MoveToImmutable() });
            }
            else
            {
                items.Add(new ItemFacts { Item = item.Number, Programme = ValidFactSet(item, random) });
            }
        }

        return new ReviewFacts { ProgrammeLabel = "Team Nord", ReviewDate = new LocalDate(2026, 10, 1), Items = items.MoveToImmutable() };
    }

    /// <summary>
    /// Mostly valid review facts: a valid review (a random subset of items, facts sometimes left out) with one fault
    /// injected into about one review in six. Used where a property needs thousands of reviews the validator accepts.
    /// </summary>
    public static Gen<ReviewFacts> MostlyValidReview { get; } = Seed.Select(seed =>
    {
        var random = new Random(seed);
        return InjectFaults(PartialValidReviewFrom(random), random.Next(6) == 0 ? 1 : 0, random);
    });

    /// <summary>Mostly invalid review facts: a valid review with one to three faults injected (each a value, id, label or shape the engine refuses).</summary>
    public static Gen<ReviewFacts> MostlyInvalidReview { get; } = Seed.Select(seed =>
    {
        var random = new Random(seed);
        return InjectFaults(PartialValidReviewFrom(random), random.Next(1, 4), random);
    });

    /// <summary>A valid review that may leave items out and facts out (missing facts are not errors: policy 4).</summary>
    public static ReviewFacts PartialValidReviewFrom(Random random)
    {
        var complete = ValidReviewFrom(random);
        var keepAll = random.Next(3) == 0;
        var items = ImmutableArray.CreateBuilder<ItemFacts>(complete.Items.Length);
        foreach (var item in complete.Items)
        {
            if (!keepAll && random.Next(4) == 0)
            {
                continue;
            }

            items.Add(random.Next(5) != 0 ? item : item with
            {
                Programme = [.. item.Programme.Where(_ => random.Next(4) != 0)],
                Specialists = [.. item.Specialists.Select(s => s with { Facts = [.. s.Facts.Where(_ => random.Next(4) != 0)] })],
            });
        }

        var list = items.ToList();
        Shuffle(list, random);
        return complete with { Items = [.. list] };
    }

    /// <summary>Injects <paramref name="faults"/> faults into <paramref name="facts"/>, each chosen by <paramref name="random"/>.</summary>
    public static ReviewFacts InjectFaults(ReviewFacts facts, int faults, Random random)
    {
        for (var i = 0; i < faults; i++)
        {
            facts = InjectFault(facts, random);
        }

        return facts;
    }

    private static ReviewFacts InjectFault(ReviewFacts facts, Random random)
    {
        var items = facts.Items.ToList();
        var roll = random.Next(12);
        var index = items.Count == 0 ? -1 : random.Next(items.Count);
        if (index < 0 || roll == 0 || Scale.FindItem(items[index].Item) is null)
        {
            items.Add(random.Next(2) == 0
                ? new ItemFacts { Item = Pick(BadItemNumbers, random), Programme = [new FactEntry("x", FactValue.FromNumber(1))] }
                : new ItemFacts { Item = Pick(Scale.Items, random).Number, Programme = [new FactEntry("notAFact", FactValue.FromNumber(1))] });
            return facts with { Items = [.. items] };
        }

        var target = items[index];
        var item = Scale.FindItem(target.Item)!;
        switch (roll)
        {
            case 1:
                // The same item again (valid on its own, a duplicate together).
                items.Add(target);
                break;
            case 2:
                items[index] = item.PerSpecialist
                    ? target with { Programme = ValidFactSet(item, random), Specialists = target.Specialists.IsEmpty ? [new SpecialistFacts { Label = "ES-1", Facts = ValidFactSet(item, random) }] : target.Specialists }
                    : target with { Programme = [], Specialists = [new SpecialistFacts { Label = "ES-1", Facts = ValidFactSet(item, random) }] };
                break;
            case 3 when target.Specialists.Length > 0:
                items[index] = target with { Specialists = target.Specialists.Add(target.Specialists[0] with { Facts = ValidFactSet(item, random) }) };
                break;
            default:
                items[index] = target.Specialists.IsEmpty
                    ? target with { Programme = BreakFactSet(item, target.Programme, random) }
                    : target with { Specialists = target.Specialists.SetItem(random.Next(target.Specialists.Length), target.Specialists[0] with { Facts = BreakFactSet(item, target.Specialists[0].Facts, random) }) };
                break;
        }

        return facts with { Items = [.. items] };
    }

    /// <summary>One fault in a fact set: a value out of its domain or of another kind, an unknown fact, or a fact given twice.</summary>
    private static ImmutableArray<FactEntry> BreakFactSet(ItemDefinition item, ImmutableArray<FactEntry> set, Random random)
    {
        var fact = Pick(item.Facts, random);
        var rest = set.Where(e => e.Id != fact.Id);
        return random.Next(5) switch
        {
            0 => [.. set, new FactEntry("notAFact", FactValue.FromNumber(1))],
            1 => [.. rest, new FactEntry(fact.Id, ValidValue(fact, random)), new FactEntry(fact.Id, ValidValue(fact, random))],
            2 => [.. rest, new FactEntry(fact.Id, WrongKind(fact, random))],
            _ => [.. rest, new FactEntry(fact.Id, InvalidValue(fact, random))],
        };
    }

    /// <summary>Facts for <paramref name="item"/> on the programme path, the per-specialist path, or (rarely) both, or none.</summary>
    public static ItemFacts Item(ItemDefinition item, int number, Random random)
    {
        var roll = random.Next(20_000);
        if (roll == 0)
        {
            return ManySpecialists(item, number);
        }

        if (roll <= 600)
        {
            return new ItemFacts { Item = number };
        }

        if (roll <= 1200)
        {
            return new ItemFacts { Item = number, Programme = FactSet(item, random), Specialists = Specialists(item, random) };
        }

        var specialistShare = item.PerSpecialist ? 11_000 : 800;
        return roll <= 1200 + specialistShare
            ? new ItemFacts { Item = number, Specialists = Specialists(item, random) }
            : new ItemFacts { Item = number, Programme = FactSet(item, random) };
    }

    /// <summary>One to six specialists (rarely none), with labels that are sometimes duplicated, empty or null.</summary>
    public static ImmutableArray<SpecialistFacts> Specialists(ItemDefinition item, Random random)
    {
        var count = random.Next(21) == 0 ? 0 : random.Next(1, 7);
        var bad = random.Next(30) == 0;
        var builder = ImmutableArray.CreateBuilder<SpecialistFacts>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(new SpecialistFacts { Label = (bad ? BadLabels[i % BadLabels.Length] : Labels[i])!, Facts = FactSet(item, random) });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>One fact set: each declared fact with probability 0.9, sometimes an unknown, duplicated or null-id fact, in random order.</summary>
    public static ImmutableArray<FactEntry> FactSet(ItemDefinition item, Random random)
    {
        var origin = random.Next(3) == 0 ? FactOrigin.Derived : FactOrigin.Supplied;
        var list = new List<FactEntry>(item.Facts.Length + 1);
        foreach (var fact in item.Facts)
        {
            if (random.Next(10) != 0)
            {
                list.Add(new FactEntry(fact.Id, Value(fact, random)) { Origin = origin });
            }
        }

        switch (random.Next(43))
        {
            case 0:
                list.Add(new FactEntry("notAFact", FactValue.FromNumber(1)));
                break;
            case 1:
                list.Add(new FactEntry(item.Facts[0].Id, FactValue.FromNumber(1)));
                break;
            case 2:
                list.Add(new FactEntry(null!, FactValue.FromNumber(1)));
                break;
        }

        Shuffle(list, random);
        return [.. list];
    }

    /// <summary>Any value for <paramref name="fact"/>: mostly valid (often on an edge), sometimes hostile or of the wrong kind.</summary>
    public static FactValue Value(FactDefinition fact, Random random)
    {
        var roll = random.Next(17);
        return roll < 14 ? ValidValue(fact, random) : roll < 16 ? InvalidValue(fact, random) : WrongKind(fact, random);
    }

    /// <summary>A value inside the fact's declared domain.</summary>
    public static FactValue ValidValue(FactDefinition fact, Random random) => fact.Kind switch
    {
        FactKind.Number => FactValue.FromNumber(ValidNumber(fact, random)),
        FactKind.Count => FactValue.FromCount(ValidCount(random)),
        FactKind.Elements => FactValue.FromElements(Subset(fact.Elements, random)),
        FactKind.Level => FactValue.FromLevel(Pick(fact.Levels, random).Id),
        FactKind.Flag => FactValue.FromFlag(random.Next(2) == 0),
        _ => throw new ArgumentOutOfRangeException(nameof(fact)),
    };

    /// <summary>A number in the fact's domain: on an edge, whole, half, or uniform.</summary>
    public static double ValidNumber(FactDefinition fact, Random random)
    {
        var min = fact.Min ?? 0;
        var max = fact.Max ?? 400;
        var low = fact.MinExclusive ? min + 0.01 : min;
        switch (random.Next(10))
        {
            case < 3:
                var edge = Pick(EdgeNumbers, random);
                return edge >= low && edge <= max ? edge : low;
            case < 6:
                return random.Next((int)Math.Ceiling(low), (int)max + 1);
            case < 8:
                return random.Next((int)Math.Ceiling(low * 2), (int)(max * 2) + 1) / 2.0;
            default:
                return low + ((max - low) * random.NextDouble());
        }
    }

    /// <summary>A count: mostly small, sometimes in the thousands.</summary>
    public static long ValidCount(Random random) => random.Next(9) switch
    {
        < 6 => random.Next(0, 31),
        < 8 => random.Next(0, 2001),
        _ => Pick(new long[] { 0, 1, 2, 3, 9, 10, 11, 100_000 }, random),
    };

    /// <summary>A value of the right kind but outside the fact's domain or otherwise broken.</summary>
    public static FactValue InvalidValue(FactDefinition fact, Random random)
    {
        switch (fact.Kind)
        {
            case FactKind.Number or FactKind.Count:
                return random.Next(4) switch
                {
                    0 => new FactValue { Kind = fact.Kind, Number = random.Next(-1000, 0) / 7.0 },
                    1 => new FactValue { Kind = fact.Kind },
                    _ => new FactValue { Kind = fact.Kind, Number = Pick(HostileNumbers, random) },
                };
            case FactKind.Elements:
                var first = fact.Elements[0].Id;
                return random.Next(5) switch
                {
                    0 => new FactValue { Kind = FactKind.Elements },
                    1 => FactValue.FromElements(first, first),
                    2 => new FactValue { Kind = FactKind.Elements, Elements = [null!, first] },
                    _ => FactValue.FromElements(fact.Elements[1].Id, Pick(new[] { "unknown", string.Empty, first.ToUpperInvariant(), " " + first }, random)),
                };
            case FactKind.Level:
                return random.Next(6) == 0
                    ? new FactValue { Kind = FactKind.Level }
                    : FactValue.FromLevel(Pick(new[] { "unknown", string.Empty, fact.Levels[0].Id.ToUpperInvariant(), "İ", "ı" }, random));
            default:
                return new FactValue { Kind = FactKind.Flag };
        }
    }

    /// <summary>A value of another kind, or of an undefined kind, or the default value.</summary>
    public static FactValue WrongKind(FactDefinition fact, Random random)
    {
        FactValue[] candidates =
        [
            FactValue.FromNumber(3), FactValue.FromCount(3), FactValue.FromElements("x"), FactValue.FromLevel("weekly"),
            FactValue.FromFlag(true), new FactValue { Kind = (FactKind)99, Number = 1 }, default,
        ];
        while (true)
        {
            var value = Pick(candidates, random);
            if (value.Kind != fact.Kind || (fact.Kind == FactKind.Number && value.Number is null))
            {
                return value;
            }
        }
    }

    /// <summary>Every fact of <paramref name="item"/> with a valid value, keeping the item's constraints (items 19–21: part ≤ whole).</summary>
    public static ImmutableArray<FactEntry> ValidFactSet(ItemDefinition item, Random random)
    {
        // Values are drawn within each fact's domain; item constraints across facts (ratios, consistency rules the
        // definition may add) are kept by drawing again until the engine accepts the set.
        for (var attempt = 0; ; attempt++)
        {
            var set = DrawFactSet(item, random);
            var probe = new ReviewFacts { ProgrammeLabel = "P", ReviewDate = new LocalDate(2026, 10, 1), Items = [new ItemFacts { Item = item.Number, Programme = set }] };
            if (attempt == 50 || Ips25Scale.Engine.Score(probe).Item(item.Number).Status != Ips.Core.Fidelity.Results.ItemStatus.Invalid)
            {
                return set;
            }
        }
    }

    private static ImmutableArray<FactEntry> DrawFactSet(ItemDefinition item, Random random)
    {
        var builder = ImmutableArray.CreateBuilder<FactEntry>(item.Facts.Length);
        foreach (var fact in item.Facts)
        {
            builder.Add(new FactEntry(fact.Id, ValidValue(fact, random)));
        }

        if (builder.Count == 2 && builder[0].Value.Kind == FactKind.Count && builder[1].Value.Kind == FactKind.Count && builder[1].Value.Number > builder[0].Value.Number)
        {
            (builder[0], builder[1]) = (builder[0] with { Value = builder[1].Value }, builder[1] with { Value = builder[0].Value });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>An item with 10 000 specialists, each with valid facts (built once per item and shared: the records are immutable).</summary>
    public static ItemFacts ManySpecialists(ItemDefinition item, int number)
    {
        if (Many[item.Number] is { } cached)
        {
            return cached.Item == number ? cached : cached with { Item = number };
        }

        var random = new Random(item.Number);
        var builder = ImmutableArray.CreateBuilder<SpecialistFacts>(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            builder.Add(new SpecialistFacts { Label = "ES-" + i.ToString(CultureInfo.InvariantCulture), Facts = ValidFactSet(item, random) });
        }

        var result = item.PerSpecialist
            ? new ItemFacts { Item = number, Specialists = builder.MoveToImmutable() }
            : new ItemFacts { Item = number, Programme = builder[0].Facts };
        Many[item.Number] = result;
        return result;
    }

    /// <summary>A random subset of the options' ids, in random order.</summary>
    public static string[] Subset(ImmutableArray<OptionDefinition> options, Random random)
    {
        var list = new List<string>(options.Length);
        foreach (var option in options)
        {
            if (random.Next(2) == 0)
            {
                list.Add(option.Id);
            }
        }

        Shuffle(list, random);
        return [.. list];
    }

    public static T Pick<T>(IReadOnlyList<T> values, Random random) => values[random.Next(values.Count)];

    public static T Pick<T>(ImmutableArray<T> values, Random random) => values[random.Next(values.Length)];

    public static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
