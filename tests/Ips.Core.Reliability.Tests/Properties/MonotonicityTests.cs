using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Reliability.Tests.Generators;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Properties;

/// <summary>
/// Monotonicity: with every other fact fixed, a better value of one fact never lowers the item's score — on the
/// programme path and on the per-specialist path (one specialist improves, the others stay), where the specialist's
/// own score must not drop either. Every pair is strictly ordered (two different values, a strict superset, two
/// different levels): a pair of equal values would pass whatever the engine did.
/// </summary>
public sealed class MonotonicityTests
{
    /// <summary>Base case count per fact (× <see cref="PropertyBudget.Scale"/>); each case scores two fact sets.</summary>
    internal const int PairsPerFact = 16_000;

    private static readonly FidelityEngine Engine = Ips25Scale.Engine;

    /// <summary>Numeric facts and the direction that is better (+1 higher, −1 lower).</summary>
    public static TheoryData<int, string, int> NumericFacts => new()
    {
        { 1, "activeParticipants", -1 },            // a smaller caseload
        { 1, "fullTimeEquivalents", +1 },           // more FTE for the same participants
        { 2, "employmentServicesTimePercent", +1 },
        { 4, "caseloadFromAssignedTeamsPercent", +1 },
        { 15, "meanDaysToFirstEmployerContact", -1 },
        { 16, "contactsFollowingPreferencesPercent", +1 },
        { 17, "inPersonEmployerContactsPerWeek", +1 },
        { 19, "distinctJobTypes", +1 },
        { 20, "distinctEmployers", +1 },
        { 21, "permanentCompetitiveJobs", +1 },
        { 24, "communityHoursPercent", +1 },
    };

    /// <summary>Checklist facts (sets of elements).</summary>
    public static TheoryData<int, string> Checklists => new()
    {
        { 3, "phasesPerformed" },
        { 5, "teamContactPractices" },
        { 8, "supervisorRoles" },
        { 10, "agencyFocusStrategies" },
        { 11, "executiveSupportElements" },
        { 13, "disclosurePractices" },
        { 25, "engagementStrategies" },
    };

    /// <summary>Observed practices whose levels the scale orders from worst to best (declaration order).</summary>
    /// <remarks>Item 3's <c>referralPractice</c> is left out on purpose: "provides vocational services" is scored by the phases, so with no phases it scores 1, below "keeps a caseload, refers the work" (2) — the scale's own rule, not an order.</remarks>
    public static TheoryData<int, string> OrderedLevels => new()
    {
        { 6, "navContactFrequency" },
        { 6, "scheduledMeetingFrequency" },
        { 7, "unitPractice" },
        { 9, "exclusionPractice" },
        { 12, "benefitsPlanningPractice" },
        { 14, "careerProfilingPractice" },
        { 17, "contactLogReview" },
        { 18, "employerContactQuality" },
        { 22, "followAlongSupportPractice" },
        { 23, "followAlongContactPractice" },
    };

    /// <summary>Yes/no facts and the better answer.</summary>
    public static TheoryData<int, string, bool> Flags => new()
    {
        { 4, "separateVocationalProgramme", false },
        { 4, "cliniciansOrganisedInTeams", true },
        { 15, "employerContactsTracked", true },
        { 16, "consistentWithJobSearchPlan", true },
    };

    [Theory]
    [MemberData(nameof(NumericFacts))]
    public void NumericFact_Improving_NeverLowersTheScore(int item, string fact, int direction)
    {
        var definition = FactsGen.Scale.FindItem(item)!;
        var target = definition.FindFact(fact)!;
        Run(item, fact, (baseFacts, random) =>
        {
            double a, b;
            if (target.Kind == FactKind.Count)
            {
                // Parts of a whole (items 19–21) stay within the whole so both sides are valid; a whole of 0 leaves no pair.
                var whole = item is 19 or 20 or 21 ? (long)baseFacts.First(e => e.Id != fact).Value.Number!.Value : Math.Max(1, FactsGen.ValidCount(random));
                if (whole == 0)
                {
                    return null;
                }

                a = random.NextInt64(0, whole + 1);
                b = random.NextInt64(0, whole);
                b = b >= a ? b + 1 : b; // strictly different: b is drawn from the other whole values
            }
            else
            {
                a = FactsGen.ValidNumber(target, random);
                b = random.Next(4) == 0 ? a + (random.Next(1, 4) / 10.0) : FactsGen.ValidNumber(target, random);
                for (var attempt = 0; b == a && attempt < 20; attempt++)
                {
                    b = FactsGen.ValidNumber(target, random);
                }

                if (b == a || (target.Max is { } max && b > max))
                {
                    return null;
                }
            }

            var (worse, better) = (a < b) == (direction > 0) ? (a, b) : (b, a);
            return (Value(target.Kind, worse), Value(target.Kind, better));
        });
    }

    [Theory]
    [MemberData(nameof(Checklists))]
    public void Checklist_AddingAnElement_NeverLowersTheScore(int item, string fact)
    {
        var target = FactsGen.Scale.FindItem(item)!.FindFact(fact)!;
        Run(item, fact, (_, random) =>
        {
            // A strict superset: at least one element more (a full set first loses one at random).
            var fewer = FactsGen.Subset(target.Elements, random).ToList();
            if (fewer.Count == target.Elements.Length)
            {
                fewer.RemoveAt(random.Next(fewer.Count));
            }

            var absent = target.Elements.Select(e => e.Id).Except(fewer, StringComparer.Ordinal).ToArray();
            var more = fewer.Append(FactsGen.Pick(absent, random)).Concat(FactsGen.Subset(target.Elements, random)).Distinct(StringComparer.Ordinal).ToArray();
            return (FactValue.FromElements([.. fewer]), FactValue.FromElements(more));
        });
    }

    [Theory]
    [MemberData(nameof(OrderedLevels))]
    public void OrderedLevel_BetterPractice_NeverLowersTheScore(int item, string fact)
    {
        var target = FactsGen.Scale.FindItem(item)!.FindFact(fact)!;
        Run(item, fact, (_, random) =>
        {
            // Two different levels: j is drawn from the levels other than i.
            var i = random.Next(target.Levels.Length);
            var j = random.Next(target.Levels.Length - 1);
            j = j >= i ? j + 1 : j;
            return (FactValue.FromLevel(target.Levels[Math.Min(i, j)].Id), FactValue.FromLevel(target.Levels[Math.Max(i, j)].Id));
        });
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void Flag_BetterAnswer_NeverLowersTheScore(int item, string fact, bool better)
    {
        Run(item, fact, (_, _) => (FactValue.FromFlag(!better), FactValue.FromFlag(better)));
    }

    [Fact]
    public void OrderedLevels_CoverEveryLevelFactButItem3ReferralPractice()
    {
        var listed = OrderedLevels.Select(row => ((int)row.Data.Item1, (string)row.Data.Item2)).ToHashSet();
        var levelFacts = FactsGen.Scale.Items.SelectMany(i => i.Facts.Where(f => f.Kind == FactKind.Level).Select(f => (i.Number, f.Id))).ToHashSet();
        levelFacts.Remove((3, "referralPractice"));
        Assert.Equal(levelFacts.OrderBy(x => x).ToArray(), listed.OrderBy(x => x).ToArray());
    }

    [Fact]
    public void Checklists_CoverEveryElementsFact()
    {
        var listed = Checklists.Select(row => ((int)row.Data.Item1, (string)row.Data.Item2)).OrderBy(x => x).ToArray();
        var facts = FactsGen.Scale.Items.SelectMany(i => i.Facts.Where(f => f.Kind == FactKind.Elements).Select(f => (i.Number, f.Id))).OrderBy(x => x).ToArray();
        Assert.Equal(facts, listed);
    }

    /// <summary>
    /// Draws valid facts for <paramref name="item"/> (programme or, for per-specialist items, 1–5 specialists), then a
    /// worse and a better value for <paramref name="fact"/> in one place, scores both and compares.
    /// </summary>
    private static void Run(int item, string fact, Func<ImmutableArray<FactEntry>, Random, (FactValue Worse, FactValue Better)?> pair)
    {
        var definition = FactsGen.Scale.FindItem(item)!;
        var compared = 0;
        Check.One(PropertyBudget.Config(PairsPerFact, (ulong)((item * 1000) + fact.Length)), Prop.ForAll(Arb.From(FactsGen.Seed), seed =>
        {
            var random = new Random(seed);
            var perSpecialist = definition.PerSpecialist && random.Next(2) == 0;
            var sets = Enumerable.Range(0, perSpecialist ? random.Next(1, 6) : 1).Select(_ => FactsGen.ValidFactSet(definition, random)).ToArray();
            var changed = random.Next(sets.Length);
            if (pair(sets[changed], random) is not var (worse, better))
            {
                return;
            }

            ScoringInvariantTests.Ensure(worse != better, null, () => $"item {item}: {fact} compared {worse} with itself");
            var worseResult = Score(definition, sets, changed, fact, worse, perSpecialist, out var worseFacts);
            var betterResult = Score(definition, sets, changed, fact, better, perSpecialist, out var betterFacts);
            if (worseResult.Status != ItemStatus.Rated || betterResult.Status != ItemStatus.Rated)
            {
                return; // e.g. no jobs held, or nobody looking for work: not rated either way
            }

            compared++;
            ScoringInvariantTests.Ensure(betterResult.Score >= worseResult.Score, betterFacts, () =>
                $"item {item}: {fact} {worse} scores {worseResult.Score}, the better {better} scores {betterResult.Score}\nworse facts:\n{Describe.Facts(worseFacts)}");
            if (perSpecialist && worseResult.Specialists[changed].Score is { } before && betterResult.Specialists[changed].Score is { } after)
            {
                ScoringInvariantTests.Ensure(after >= before, betterFacts, () => $"item {item}: specialist {changed} {fact} {worse} → {before}, {better} → {after}");
            }
        }));

        // Guard against a generator that never produces comparable pairs (the property would pass vacuously).
        Assert.True(compared > PropertyBudget.Cases(PairsPerFact) / 4, $"only {compared} rated pairs compared");
    }

    private static ItemResult Score(ItemDefinition definition, ImmutableArray<FactEntry>[] sets, int changed, string fact, FactValue value, bool perSpecialist, out ReviewFacts facts)
    {
        var edited = sets.Select((set, i) => i == changed ? Replace(set, fact, value) : set).ToArray();
        var itemFacts = perSpecialist
            ? new ItemFacts { Item = definition.Number, Specialists = [.. edited.Select((s, i) => new SpecialistFacts { Label = "ES-" + i, Facts = s })] }
            : new ItemFacts { Item = definition.Number, Programme = edited[0] };
        facts = new ReviewFacts { ProgrammeLabel = "P", ReviewDate = new LocalDate(2026, 10, 1), Items = [itemFacts] };
        return Engine.Score(facts).Item(definition.Number);
    }

    private static ImmutableArray<FactEntry> Replace(ImmutableArray<FactEntry> set, string fact, FactValue value) =>
        [.. set.Select(e => string.Equals(e.Id, fact, StringComparison.Ordinal) ? e with { Value = value } : e)];

    private static FactValue Value(FactKind kind, double number) => kind == FactKind.Count ? FactValue.FromCount((long)number) : FactValue.FromNumber(number);
}
