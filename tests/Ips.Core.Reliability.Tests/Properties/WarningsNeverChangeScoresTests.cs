using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Reliability.Tests.Generators;

namespace Ips.Core.Reliability.Tests.Properties;

/// <summary>
/// A plausibility warning never changes a score: the same facts scored under IPS-25 and under IPS-25 with its checks
/// taken out give the same statuses, scores, possible ranges, totals and level; the validator finds the same warnings
/// as the report carries. The generators are the suite's own, plus valid reviews with their percentages given as fractions
/// (so many cases do warn: the property is checked on warned reviews, not only on clean ones).
/// </summary>
public sealed class WarningsNeverChangeScoresTests
{
    internal const int Reviews = 20_000;

    private static readonly FidelityEngine Engine = Ips25Scale.Engine;
    private static readonly FidelityEngine Unchecked = new(Ips25Scale.LoadDefinition() with { Warnings = [] });

    [Fact]
    public void Warnings_AnyFacts_NeverChangeAScore()
    {
        var warned = 0;
        Check.One(PropertyBudget.Config(Reviews, 31), Prop.ForAll(Arb.From(FactsGen.Review), facts => Agree(facts, ref warned)));
        Assert.True(warned > PropertyBudget.Cases(Reviews) / 20, $"only {warned} reviews warned");
    }

    [Fact]
    public void Warnings_ValidFactsWithFractions_NeverChangeAScore()
    {
        var warned = 0;
        var fractions = FactsGen.Seed.Select(seed => WithFractions(FactsGen.ValidReviewFrom(new Random(seed)), new Random(seed)));
        Check.One(PropertyBudget.Config(Reviews, 32), Prop.ForAll(Arb.From(fractions), facts => Agree(facts, ref warned)));
        Assert.True(warned > PropertyBudget.Cases(Reviews) / 2, $"only {warned} reviews warned");
    }

    private static void Agree(ReviewFacts facts, ref int warned)
    {
        var report = Engine.Score(facts);
        var plain = Unchecked.Score(facts);
        ScoringInvariantTests.Ensure(plain.Warnings.IsEmpty, facts, () => "a scale without checks warned");
        ScoringInvariantTests.Ensure(report.Total == plain.Total && report.Level?.Id == plain.Level?.Id, facts, () => "a warning changed the total or level");
        for (var i = 0; i < report.Items.Length; i++)
        {
            var (a, b) = (report.Items[i], plain.Items[i]);
            ScoringInvariantTests.Ensure(a.Status == b.Status && a.Score == b.Score && a.PossibleScores == b.PossibleScores && a.Path == b.Path, facts, () => $"a warning changed item {a.Item}");
        }

        ScoringInvariantTests.Ensure(Engine.ScoreOnly(facts) == Unchecked.ScoreOnly(facts), facts, () => "a warning changed the scores-only result");
        if (facts is not null)
        {
            var found = Ips25Scale.Validator.Warnings(facts);
            ScoringInvariantTests.Ensure(found.SequenceEqual(report.Warnings), facts, () => $"the validator found {found.Length} warnings, the report has {report.Warnings.Length}");
        }

        if (!report.Warnings.IsEmpty)
        {
            Interlocked.Increment(ref warned);
        }
    }

    /// <summary>The review with each percentage divided by 100 (92 → 0.92) with probability one half.</summary>
    private static ReviewFacts WithFractions(ReviewFacts facts, Random random)
    {
        ImmutableArray<FactEntry> Convert(ImmutableArray<FactEntry> entries) =>
            [.. entries.Select(entry =>
                FactsGen.Scale.Items.Any(item => item.FindFact(entry.Id)?.Unit == "percent") && entry.Value.Number is { } percent && random.Next(2) == 0
                    ? entry with { Value = FactValue.FromNumber(percent / 100) }
                    : entry)];

        return facts with
        {
            Items = [.. facts.Items.Select(item => item with
            {
                Programme = Convert(item.Programme),
                Specialists = [.. item.Specialists.Select(s => s with { Facts = Convert(s.Facts) })],
            })],
        };
    }
}
