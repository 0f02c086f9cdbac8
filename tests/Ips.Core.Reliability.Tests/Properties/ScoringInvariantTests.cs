using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Reliability.Tests.Generators;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Reliability.Tests.Properties;

/// <summary>Invariants every report must satisfy, whatever facts it was scored from.</summary>
public sealed class ScoringInvariantTests
{
    /// <summary>Base case counts (× <see cref="PropertyBudget.Scale"/>).</summary>
    internal const int ArbitraryReviews = 300_000;
    internal const int ValidReviews = 60_000;
    internal const int RenderedReviews = 8_000;
    internal const int ValidatedReviews = 20_000;
    internal const int AgreementReviews = 8_000;

    private static readonly FidelityEngine Engine = Ips25Scale.Engine;

    [Fact]
    public void Score_AnyFacts_NeverThrowsAndKeepsEveryInvariant()
    {
        Check.One(PropertyBudget.Config(ArbitraryReviews, 1), Prop.ForAll(Arb.From(FactsGen.Review), facts => CheckInvariants(facts)));
    }

    [Fact]
    public void Score_ValidCompleteFacts_RatesEveryItemAndGivesTheLevelOfTheTotal()
    {
        Check.One(PropertyBudget.Config(ValidReviews, 2), Prop.ForAll(Arb.From(FactsGen.ValidReview), facts =>
        {
            var report = CheckInvariants(facts);
            foreach (var item in report.Items)
            {
                // Items 19/20 are not rated with no jobs held, item 17 when nobody looks for work: that is the rule, not a gap.
                if (item.Status != ItemStatus.Rated)
                {
                    Ensure(item.Status == ItemStatus.NotRated && item.NotRatedReason is not null && item.Item is 17 or 19 or 20, facts, () => $"item {item.Item} is {item.Status} on valid facts");
                }
            }
        }));
    }

    [Fact]
    public void RenderingAndJson_AnyFacts_NeverThrowAndReportJsonRoundTrips()
    {
        Check.One(PropertyBudget.Config(RenderedReviews, 3), Prop.ForAll(Arb.From(FactsGen.Review), facts =>
        {
            var report = CheckInvariants(facts);
            try
            {
                Assert.NotEmpty(report.ToText());
                Assert.NotEmpty(report.ToMarkdown(Ips25Scale.English));
                var json = FidelityJson.WriteReport(report);
                // A value with no member (only constructible in code) is written as JSON null, which reading rejects
                // by design (FactMapJsonConverter.WriteValue); every other report must round-trip exactly.
                if (!HasMemberlessValue(facts))
                {
                    Assert.Equal(json, FidelityJson.WriteReport(FidelityJson.ReadReport(json, report.Scale)));
                }
                for (var i = 1; i <= 25; i++)
                {
                    _ = report.Explain(i).ToString();
                }
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException(Failure(facts, "rendering or JSON threw"), e);
            }
        }));
    }

    [Fact]
    public void Validator_AgreesWithTheEngine_OnAnyFacts()
    {
        // ReviewFactsValidator promises: a review it accepts scores without invalid items (and vice versa).
        Check.One(PropertyBudget.Config(ValidatedReviews, 4), Prop.ForAll(Arb.From(FactsGen.Review), facts => { _ = CheckAgreement(facts); }));
    }

    [Fact]
    public void Validator_AgreesWithTheEngine_OnThousandsOfValidReviews()
    {
        // Arbitrary facts are almost never valid (a few dozen of 20 000), so the "accepted → scores cleanly" direction gets its own run.
        var counts = new int[2];
        Check.One(PropertyBudget.Config(AgreementReviews, 5), Prop.ForAll(Arb.From(FactsGen.MostlyValidReview), facts => { counts[CheckAgreement(facts) ? 1 : 0]++; }));

        Assert.True(counts[1] >= PropertyBudget.Cases(AgreementReviews * 7 / 10), $"only {counts[1]} of {counts[0] + counts[1]} reviews were valid");
        Assert.True(counts[0] > 0, "no invalid review at all: the faults never reached the validator");
        TestContext.Current.TestOutputHelper?.WriteLine($"mostly valid: {counts[1]} valid, {counts[0]} invalid");
    }

    [Fact]
    public void Validator_AgreesWithTheEngine_OnThousandsOfInvalidReviews()
    {
        var counts = new int[2];
        Check.One(PropertyBudget.Config(AgreementReviews, 6), Prop.ForAll(Arb.From(FactsGen.MostlyInvalidReview), facts => { counts[CheckAgreement(facts) ? 1 : 0]++; }));

        Assert.True(counts[0] >= PropertyBudget.Cases(AgreementReviews * 8 / 10), $"only {counts[0]} of {counts[0] + counts[1]} reviews were invalid");
        TestContext.Current.TestOutputHelper?.WriteLine($"mostly invalid: {counts[0]} invalid, {counts[1]} valid");
    }

    /// <summary>Checks that the validator and the engine agree on <paramref name="facts"/>; returns whether the validator accepted them.</summary>
    private static bool CheckAgreement(ReviewFacts facts)
    {
        var report = CheckInvariants(facts);
        var result = Ips25Scale.Validator.Validate(facts);
        var engineProblems = report.Items.Any(i => i.Status == ItemStatus.Invalid) || !report.InputErrors.IsEmpty;
        // The programme label is opaque to the engine (it only echoes it); only the validator requires one that is not blank.
        Ensure(result.IsValid != engineProblems || string.IsNullOrWhiteSpace(facts.ProgrammeLabel), facts, () =>
            $"validator valid={result.IsValid} ({string.Join("; ", result.Errors.Select(e => e.ErrorCode + "@" + e.PropertyName))}) but engine invalid items: {string.Join(", ", report.Items.Where(i => i.Status == ItemStatus.Invalid).Select(i => i.Item + ":" + string.Join("/", i.Errors.Select(e => e.Code))))} input errors: {string.Join(", ", report.InputErrors.Select(e => e.Code))}");
        foreach (var failure in result.Errors)
        {
            Ensure(!string.IsNullOrEmpty(failure.ErrorCode) && !string.IsNullOrEmpty(failure.ErrorMessage), facts, () => "validation failure without code or message: " + failure);
        }

        return result.IsValid;
    }

    public static TheoryData<int, string, double, bool> ExtremeValues()
    {
        var data = new TheoryData<int, string, double, bool>();
        foreach (var item in FactsGen.Scale.Items)
        {
            foreach (var fact in item.Facts.Where(f => f.Kind is FactKind.Number or FactKind.Count))
            {
                foreach (var value in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, -0.0, int.MaxValue, long.MaxValue, 1e300, double.MaxValue, double.Epsilon })
                {
                    foreach (var perSpecialist in item.PerSpecialist ? new[] { false, true } : [false])
                    {
                        data.Add(item.Number, fact.Id, value, perSpecialist);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtremeValues))]
    public void ExtremeValue_InAnyNumericFact_GivesAValidationErrorOrAScore(int item, string fact, double value, bool perSpecialist)
    {
        // Every other fact of the item is valid, so the extreme value alone decides: an error naming the fact, or a score.
        var definition = FactsGen.Scale.FindItem(item)!;
        var random = new Random(item);
        var set = FactsGen.ValidFactSet(definition, random)
            .Select(e => e.Id == fact ? e with { Value = new FactValue { Kind = definition.FindFact(fact)!.Kind, Number = value } } : e)
            .ToImmutableArray();
        var itemFacts = perSpecialist
            ? new ItemFacts { Item = item, Specialists = [new SpecialistFacts { Label = "ES-1", Facts = set }, new SpecialistFacts { Label = "ES-2", Facts = FactsGen.ValidFactSet(definition, random) }] }
            : new ItemFacts { Item = item, Programme = set };
        var facts = new ReviewFacts { ProgrammeLabel = "P", ReviewDate = new NodaTime.LocalDate(2026, 10, 1), Items = [itemFacts] };

        var result = CheckInvariants(facts).Item(item);

        if (result.Status == ItemStatus.Invalid)
        {
            Assert.Contains(result.Errors, e => e.FactId == fact || e.FactId is null); // the fact itself, or an item constraint (ratios, consistency)
            Assert.False(Ips25Scale.Validator.Validate(facts).IsValid);
        }
        else
        {
            Assert.True(double.IsFinite(value) && value >= 0, $"{value} for {fact} was accepted");
            Assert.True(result.Status == ItemStatus.Rated || result.NotRatedReason is not null);
        }

        _ = FidelityJson.WriteReport(Ips25Scale.Engine.Score(facts));
        _ = Ips25Scale.Engine.Score(facts).ToMarkdown(Ips25Scale.English);
    }

    /// <summary>Scores <paramref name="facts"/> and checks every structural invariant of the report.</summary>
    internal static FidelityReport CheckInvariants(ReviewFacts facts)
    {
        FidelityReport report;
        try
        {
            report = Engine.Score(facts);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(Failure(facts, "Score threw"), e);
        }

        var scale = report.Scale;
        Assert.Equal(scale.Items.Length, report.Items.Length);
        var sum = 0;
        var rated = 0;

        // Policy 4: each open item counts the scores it can still take (its whole range when invalid).
        var openLow = 0;
        var openHigh = 0;
        for (var i = 0; i < report.Items.Length; i++)
        {
            var item = report.Items[i];
            Ensure(item.Item == scale.Items[i].Number, facts, () => "items out of order");
            switch (item.Status)
            {
                case ItemStatus.Rated:
                    Ensure(item.Score is >= 1 and <= 5, facts, () => $"item {item.Item} rated {item.Score}");
                    Ensure(item.Errors.IsEmpty, facts, () => $"item {item.Item} rated with errors");
                    Ensure(item.PossibleScores is null && item.MissingFacts.IsEmpty, facts, () => $"item {item.Item} rated with possible scores or missing facts");
                    sum += item.Score!.Value;
                    rated++;
                    break;
                case ItemStatus.NotRated:
                    Ensure(item.Score is null, facts, () => $"item {item.Item} not rated but scored");
                    Ensure(!item.MissingFacts.IsEmpty || item.NotRatedReason is not null, facts, () => $"item {item.Item} not rated without a reason");
                    Ensure(item.DeterminedWithout.IsEmpty, facts, () => $"item {item.Item} not rated but determined without facts");
                    Ensure(item.PossibleScores is { Min: >= 1, Max: <= 5 } p && p.Min < p.Max, facts, () => $"item {item.Item} not rated with possible scores {item.PossibleScores}");
                    Ensure(!item.MissingFacts.IsEmpty || item.PossibleScores is { Min: 1, Max: 5 }, facts, () => $"item {item.Item} narrowed to {item.PossibleScores} with no fact missing");
                    openLow += item.PossibleScores!.Min;
                    openHigh += item.PossibleScores.Max;
                    break;
                case ItemStatus.Invalid:
                    Ensure(item.Score is null, facts, () => $"item {item.Item} invalid but scored");
                    Ensure(!item.Errors.IsEmpty, facts, () => $"item {item.Item} invalid without errors");
                    Ensure(item.PossibleScores is null, facts, () => $"item {item.Item} invalid with possible scores");
                    openLow += 1;
                    openHigh += 5;
                    break;
                default:
                    Ensure(false, facts, () => $"item {item.Item} has status {item.Status}");
                    break;
            }

            foreach (var specialist in item.Specialists)
            {
                Ensure(specialist.Score is null or (>= 1 and <= 5), facts, () => $"item {item.Item} specialist score {specialist.Score}");
            }

            if (item.MeasuredValue is { } measured)
            {
                Ensure(!double.IsNaN(measured), facts, () => "NaN measured value");
            }
        }

        var total = report.Total;
        var open = scale.Items.Length - rated;
        Ensure(total.RatedSum == sum, facts, () => $"total {total.RatedSum} != sum of items {sum}");
        Ensure(total.RatedCount == rated, facts, () => "rated count");
        Ensure(total.LowestPossible == sum + openLow, facts, () => $"lowest {total.LowestPossible} != {sum} + {openLow}");
        Ensure(total.HighestPossible == sum + openHigh, facts, () => $"highest {total.HighestPossible} != {sum} + {openHigh}");
        Ensure(openLow >= open && openHigh <= 5 * open, facts, () => $"open items' range {openLow}–{openHigh} outside {open}–{5 * open}");
        Ensure(total.LowestPossible <= total.HighestPossible && total.LowestPossible >= scale.LowestTotal && total.HighestPossible <= scale.HighestTotal, facts, () => "bracket");
        Assert.Equal(report.IsComplete, open == 0);
        Ensure(report.Sections.Sum(s => s.Summary.RatedSum) == sum, facts, () => "sections do not add up to the total");
        Ensure(report.Sections.Sum(s => s.Summary.ItemCount) == scale.Items.Length, facts, () => "sections do not cover every item");

        var lowestLevel = scale.FindLevel(total.LowestPossible);
        var highestLevel = scale.FindLevel(total.HighestPossible);
        if (report.IsComplete)
        {
            Ensure(report.Level is not null && report.Level == scale.FindLevel(sum), facts, () => $"complete review with total {sum} has level {report.Level?.Id}");
        }
        else if (lowestLevel is not null && lowestLevel == highestLevel)
        {
            Ensure(report.Level == lowestLevel, facts, () => "level determined by the bracket is missing");
        }
        else
        {
            Ensure(report.Level is null, facts, () => $"level {report.Level?.Id} given though totals {total.LowestPossible}–{total.HighestPossible} span levels");
        }

        return report;
    }

    /// <summary>Whether any fact value has no member for its kind (e.g. <c>new FactValue { Kind = FactKind.Flag }</c>).</summary>
    internal static bool HasMemberlessValue(ReviewFacts facts) =>
        facts.Items.Any(i => i is not null && (i.Programme.Any(Memberless) || i.Specialists.Any(s => s is not null && s.Facts.Any(Memberless))));

    private static bool Memberless(FactEntry entry) => entry.Value.Kind switch
    {
        FactKind.Number or FactKind.Count => entry.Value.Number is null,
        FactKind.Flag => entry.Value.Flag is null,
        FactKind.Level => entry.Value.Level is null,
        FactKind.Elements => false,
        _ => true,
    };

    /// <summary>Fails with the facts described when <paramref name="condition"/> is false (the text is built only then).</summary>
    internal static void Ensure(bool condition, ReviewFacts? facts, Func<string> what)
    {
        if (!condition)
        {
            Assert.Fail(Failure(facts, what()));
        }
    }

    internal static string Failure(ReviewFacts? facts, string what) => what + "\n" + Describe.Facts(facts);
}
