using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Reviews;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Reviews;

/// <summary>Agreement between independent reviewers, checked against cases worked by hand (the arithmetic is in each test).</summary>
public sealed class RaterAgreementTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void QuadraticWeightedKappa_OneDisagreementByOnePoint_Is16Over17()
    {
        // A = 1 2 3 4 5, B = 1 2 3 4 4 (n = 5, categories 1–5, weight (a − b)²).
        // Observed disagreement: only item 5 (5 vs 4), weight 1: Σ w·o = 1/5 = 0.2.
        // Marginals: A = 0.2 each; B = 0.2, 0.2, 0.2, 0.4, 0.
        // Σ_a (a − b)² for b = 1..5: 30, 15, 10, 15, 30.
        // Expected: Σ w·e = 0.2 · (0.2·30 + 0.2·15 + 0.2·10 + 0.4·15 + 0·30) = 0.2 · 17 = 3.4.
        // κ = 1 − 0.2 / 3.4 = 16/17 ≈ 0.941.
        var kappa = RaterAgreement.QuadraticWeightedKappa([1, 2, 3, 4, 5], [1, 2, 3, 4, 4], 1, 5);

        Assert.Equal(16.0 / 17.0, kappa!.Value, Tolerance);
    }

    [Fact]
    public void QuadraticWeightedKappa_TwoOnePointDisagreementsOfFour_IsOneHalf()
    {
        // A = 1 1 2 2, B = 2 1 2 3. Observed: (1,2) and (2,3) each weight 1: Σ w·o = 2/4 = 0.5.
        // pA: 1 → 0.5, 2 → 0.5. pB: 1 → 0.25, 2 → 0.5, 3 → 0.25.
        // Expected: a = 1: 0.5·0.5·1 + 0.5·0.25·4 = 0.75; a = 2: 0.5·0.25·1 + 0.5·0.25·1 = 0.25; Σ = 1.
        // κ = 1 − 0.5 / 1 = 0.5.
        Assert.Equal(0.5, RaterAgreement.QuadraticWeightedKappa([1, 1, 2, 2], [2, 1, 2, 3], 1, 5)!.Value, Tolerance);
    }

    [Fact]
    public void QuadraticWeightedKappa_BothGaveOneScoreThroughout_IsUndefined()
    {
        // Every pair is (3, 3): expected disagreement 0, so κ = 0/0: null, not 1 and not 0.
        Assert.Null(RaterAgreement.QuadraticWeightedKappa([3, 3, 3], [3, 3, 3], 1, 5));
        Assert.Null(RaterAgreement.QuadraticWeightedKappa([], [], 1, 5));
    }

    [Fact]
    public void QuadraticWeightedKappa_PerfectAgreementWithSpread_IsOne_AndReversalIsMinusOne()
    {
        // Identical lists: Σ w·o = 0, so κ = 1. A = 1 5, B = 5 1: Σ w·o = (16 + 16)/2 = 16;
        // marginals 0.5/0.5 on 1 and 5 each: Σ w·e = 2 · 0.25 · 16 = 8; κ = 1 − 16/8 = −1.
        Assert.Equal(1.0, RaterAgreement.QuadraticWeightedKappa([1, 3, 5], [1, 3, 5], 1, 5)!.Value, Tolerance);
        Assert.Equal(-1.0, RaterAgreement.QuadraticWeightedKappa([1, 5], [5, 1], 1, 5)!.Value, Tolerance);
    }

    [Fact]
    public void QuadraticWeightedKappa_ScoreOutsideTheCategories_Throws()
    {
        Assert.Throws<ArgumentException>(() => RaterAgreement.QuadraticWeightedKappa([0], [1], 1, 5));
        Assert.Throws<ArgumentException>(() => RaterAgreement.QuadraticWeightedKappa([1, 2], [1], 1, 5));
    }

    [Fact]
    public void TwoReviewers_FromTheRecord_GiveTheHandComputedFigures()
    {
        // Items 1–5 rated: R-01 = 1 2 3 4 5, R-02 = 1 2 3 4 4; the rest unrated by both (not compared).
        // Exact: 4 of 5 = 0.8. Within one: 5 of 5 = 1. κ = 16/17 (first test). Item 5 differs; consensus recorded 4.
        var record = Record(("R-01", ReviewerRole.Lead, [1, 2, 3, 4, 5]), ("R-02", ReviewerRole.CoReviewer, [1, 2, 3, 4, 4]));

        var agreement = RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition));

        Assert.Equal(["R-01", "R-02"], agreement.Reviewers);
        Assert.Equal(5, agreement.ItemsCompared);
        Assert.Equal(0.8, agreement.ExactAgreement!.Value, Tolerance);
        Assert.Equal(1.0, agreement.WithinOne!.Value, Tolerance);
        Assert.Equal(16.0 / 17.0, agreement.WeightedKappa!.Value, Tolerance);
        var difference = Assert.Single(agreement.Disagreements);
        Assert.Equal((5, 4, 1), (difference.Item, difference.Consensus, difference.Spread));
        Assert.Equal([5, 4], difference.Scores);
        Assert.Equal(new PairAgreement(0, 1, 5, 0.8, 1.0, agreement.WeightedKappa), Assert.Single(agreement.Pairs));
    }

    [Fact]
    public void ThreeReviewers_KappaIsTheMeanOfThePairs()
    {
        // R-01 = 1 2 3 4 5, R-02 = 1 2 3 4 4, R-03 = 1 2 3 4 5 (R-03 a co-reviewer, so counted).
        // Pairs: (1,2) = 16/17, (1,3) = 1 (identical, with spread), (2,3) = 16/17 (kappa is symmetric).
        // Mean = (16/17 + 1 + 16/17) / 3 = (32/17 + 17/17) / 3 = 49/51 ≈ 0.961.
        // All three agree on items 1–4: exact 4/5 = 0.8; item 5 spans 4–5: within one 5/5 = 1.
        var record = Record(("R-01", ReviewerRole.Lead, [1, 2, 3, 4, 5]), ("R-02", ReviewerRole.CoReviewer, [1, 2, 3, 4, 4]), ("R-03", ReviewerRole.CoReviewer, [1, 2, 3, 4, 5]));

        var agreement = RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition));

        Assert.Equal(49.0 / 51.0, agreement.WeightedKappa!.Value, Tolerance);
        Assert.Equal(3, agreement.Pairs.Length);
        Assert.Equal(16.0 / 17.0, agreement.Pairs[0].WeightedKappa!.Value, Tolerance);
        Assert.Equal(1.0, agreement.Pairs[1].WeightedKappa!.Value, Tolerance);
        Assert.Equal(16.0 / 17.0, agreement.Pairs[2].WeightedKappa!.Value, Tolerance);
        Assert.Equal(0.8, agreement.ExactAgreement!.Value, Tolerance);
        Assert.Equal(1.0, agreement.WithinOne!.Value, Tolerance);
    }

    [Fact]
    public void Trainees_AreLeftOut_UnlessAsked()
    {
        var record = Record(("R-01", ReviewerRole.Lead, [1, 2, 3, 4, 5]), ("R-02", ReviewerRole.CoReviewer, [1, 2, 3, 4, 5]), ("R-03", ReviewerRole.Trainee, [2, 2, 3, 4, 5]));

        Assert.Equal(1.0, RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition)).ExactAgreement);

        // With the trainee: items 2–5 agree, item 1 (1, 1, 2) does not: 4/5.
        Assert.Equal(0.8, RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition, includeTrainees: true)).ExactAgreement!.Value, Tolerance);
    }

    [Fact]
    public void OneReviewer_CannotAgree()
    {
        var record = Record(("R-01", ReviewerRole.Lead, [1, 2, 3]), ("R-02", ReviewerRole.Trainee, [1, 2, 3]));

        Assert.Throws<ArgumentException>(() => RaterAgreement.Measure(IndependentRatings.FromRecord(record, Ips25Scale.Definition)));
    }

    [Fact]
    public void EachReviewersFacts_ScoreThroughTheEngine_AndTheDisagreementShowsInTheFacts()
    {
        // Item 1, 36 participants on 2 FTE = 18 → 5; on 1.5 FTE = 24 → 4. Item 2 the same for both (82 % → 3).
        // Item 17 only R-02 recorded, so only R-02 rated it: a fact difference, not a compared item.
        var first = Facts(36, 2.0, contacts: null);
        var second = Facts(36, 1.5, contacts: 4.2);

        var ratings = IndependentRatings.Score(Ips25Scale.Engine, [new("R-01", first), new("R-02", second)]);
        var agreement = RaterAgreement.Measure(ratings);

        Assert.Equal(5, ratings.ScoreOf(0, 1));
        Assert.Equal(4, ratings.ScoreOf(1, 1));
        Assert.Equal(2, ratings.Reports.Length);
        Assert.Equal(2, agreement.ItemsCompared);
        Assert.Equal(0.5, agreement.ExactAgreement!.Value, Tolerance);
        Assert.Equal([1], agreement.Disagreements.Select(d => d.Item));
        Assert.Null(agreement.Disagreements[0].Consensus);
        Assert.Equal(
            ["1 fullTimeEquivalents 2 | 1.5", "17 inPersonEmployerContactsPerWeek — | 4.2", "17 contactLogReview — | monthly", "17 jobSeekers — | 8"],
            agreement.FactDifferences.Select(d => d.Item + " " + d.FactId + " " + string.Join(" | ", d.Values.Select(Show))));
    }

    [Fact]
    public void FactDifferences_CompareElementSetsAsSets()
    {
        var a = new ReviewFacts { ProgrammeLabel = "P", ReviewDate = new LocalDate(2026, 10, 8), Items = [ItemFacts.ForProgramme(5, new FactEntry("teamContactPractices", FactValue.FromElements("attendsWeeklyTeamMeeting", "documentationInTreatmentRecord")))] };
        var b = a with { Items = [ItemFacts.ForProgramme(5, new FactEntry("teamContactPractices", FactValue.FromElements("documentationInTreatmentRecord", "attendsWeeklyTeamMeeting")))] };

        var ratings = IndependentRatings.Score(Ips25Scale.Engine, [new("R-01", a), new("R-02", b)]);

        Assert.Empty(ratings.FactDifferences);
    }

    [Fact]
    public void Score_RepeatedReviewer_IsRefusedByPosition()
    {
        var facts = Facts(36, 2.0, null);

        var exception = Assert.Throws<ArgumentException>(() => IndependentRatings.Score(Ips25Scale.Engine, [new("R-Secret", facts), new("R-Secret", facts)]));

        Assert.DoesNotContain("R-Secret", exception.Message, StringComparison.Ordinal);
    }

    private static string Show(FactValue? value) => value switch
    {
        null => "—",
        { Number: { } n } => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { Level: { } level } => level,
        _ => "?",
    };

    private static ReviewFacts Facts(int participants, double fte, double? contacts)
    {
        var items = new List<ItemFacts>
        {
            ItemFacts.ForProgramme(1, new FactEntry("activeParticipants", FactValue.FromCount(participants)), new FactEntry("fullTimeEquivalents", FactValue.FromNumber(fte))),
            ItemFacts.ForProgramme(2, new FactEntry("employmentServicesTimePercent", FactValue.FromNumber(82))),
        };
        if (contacts is { } c)
        {
            items.Add(ItemFacts.ForProgramme(17, new FactEntry("inPersonEmployerContactsPerWeek", FactValue.FromNumber(c)), new FactEntry("contactLogReview", FactValue.FromLevel("monthly")), new FactEntry("jobSeekers", FactValue.FromCount(8))));
        }

        return new ReviewFacts { ProgrammeLabel = "P", ReviewDate = new LocalDate(2026, 10, 8), Items = [.. items] };
    }

    /// <summary>A record where reviewer i gave item n the n-th of their scores; the consensus is the lead's.</summary>
    private static ReviewRecord Record(params (string Id, ReviewerRole Role, int[] Scores)[] reviewers)
    {
        var count = reviewers.Max(r => r.Scores.Length);
        var items = Enumerable.Range(1, count).Select(n => new ItemReview
        {
            Item = n,
            Sources = [DataSource.Interview],
            Ratings = [.. reviewers.Select(r => new ReviewerRating(r.Id, r.Scores[n - 1]))],
            Consensus = reviewers.Min(r => r.Scores[n - 1]) == reviewers.Max(r => r.Scores[n - 1]) ? reviewers[0].Scores[n - 1] : reviewers[1].Scores[n - 1],
        });
        return ReviewRecord.Create(
            new ReviewRecordInput
            {
                ScaleId = "ips-25",
                ProgrammeId = "P-1",
                Period = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30)),
                VisitDates = [new LocalDate(2026, 10, 8)],
                Reviewers = [.. reviewers.Select(r => new Reviewer(r.Id, r.Role))],
                Items = [.. items],
            },
            Ips25Scale.Definition);
    }
}
