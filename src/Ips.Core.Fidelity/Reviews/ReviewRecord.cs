using System.Collections.Immutable;
using FluentValidation;
using FluentValidation.Results;
using Ips.Core.Fidelity.Definition;
using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>A fidelity review as it is done: who reviewed which programme when, what they found per item, their own and agreed ratings, strengths, recommendations with the action plan, and when the next review is due.</summary>
/// <remarks>
/// <para>
/// The record sits beside the facts: the engine scores the agreed facts (<c>IFidelityEngine.Score</c>) into a
/// <see cref="Ips.Core.Fidelity.Results.FidelityReport"/>, and the record carries what a score cannot — the sources
/// used, the evidence, each reviewer's independent rating and the consensus they recorded. The feedback report
/// (<c>FeedbackReport</c> in Presentation) joins the two.
/// </para>
/// <para>
/// Made only by <see cref="Create"/> or <see cref="TryCreate"/>, which check the content with
/// <see cref="ReviewRecordValidator"/>; a record therefore always fits its scale. Warnings found on creation stay on
/// the record (<see cref="Warnings"/>). Change one with <see cref="ToInput"/>, <c>with</c> on the input, and
/// <see cref="Create"/> again. Ids are opaque and never in <see cref="ToString"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var record = ReviewRecord.Create(new ReviewRecordInput
/// {
///     ScaleId = "ips-25", ProgrammeId = "P-0192", Period = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30)),
///     VisitDates = [new LocalDate(2026, 10, 7), new LocalDate(2026, 10, 8)],
///     Reviewers = [new Reviewer("R-01", ReviewerRole.Lead), new Reviewer("R-02", ReviewerRole.CoReviewer)],
///     Items = [new ItemReview { Item = 17, Sources = [DataSource.Interview], Ratings = [new("R-01", 3), new("R-02", 4)], Consensus = 3 }],
/// }, Ips25Scale.Definition);
/// </code>
/// </example>
public sealed class ReviewRecord
{
    private ReviewRecord(ReviewRecordInput input, ImmutableArray<ValidationFailure> warnings)
    {
        ScaleId = input.ScaleId!;
        ProgrammeId = input.ProgrammeId!;
        Period = input.Period!;
        VisitDates = [.. input.VisitDates.Order()];
        Reviewers = input.Reviewers;
        Items = [.. input.Items.OrderBy(item => item.Item)];
        Strengths = input.Strengths;
        Recommendations = input.Recommendations;
        NextReview = input.NextReview;
        Warnings = warnings;
    }

    /// <summary>The id of the scale the review rated against.</summary>
    public string ScaleId { get; }

    /// <summary>The opaque id of the programme reviewed.</summary>
    public string ProgrammeId { get; }

    /// <summary>The period the review covers (both ends inclusive).</summary>
    public DateInterval Period { get; }

    /// <summary>The visit dates, earliest first (at least one).</summary>
    public ImmutableArray<LocalDate> VisitDates { get; }

    /// <summary>The last visit date: the date the review is dated and the next one counted from.</summary>
    public LocalDate LastVisit => VisitDates[^1];

    /// <summary>The reviewers, as given (exactly one lead).</summary>
    public ImmutableArray<Reviewer> Reviewers { get; }

    /// <summary>The lead reviewer.</summary>
    public Reviewer Lead => Reviewers.First(reviewer => reviewer.Role == ReviewerRole.Lead);

    /// <summary>What was recorded per item, in item order (items not recorded are absent).</summary>
    public ImmutableArray<ItemReview> Items { get; }

    /// <summary>The programme's strengths.</summary>
    public ImmutableArray<Strength> Strengths { get; }

    /// <summary>The recommendations, each with its planned actions.</summary>
    public ImmutableArray<Recommendation> Recommendations { get; }

    /// <summary>The action plan: every planned action with its recommendation, in recommendation order.</summary>
    public ImmutableArray<(Recommendation Recommendation, PlannedAction Action)> ActionPlan =>
        [.. Recommendations.SelectMany(recommendation => recommendation.Actions.Select(action => (recommendation, action)))];

    /// <summary>When the next review is due, if set (see <see cref="ReviewIntervalPolicy.Schedule"/>).</summary>
    public NextReview? NextReview { get; }

    /// <summary>The warnings found when the record was created (e.g. a data source the scale does not name for the item).</summary>
    public ImmutableArray<ValidationFailure> Warnings { get; }

    /// <summary>What was recorded for item <paramref name="number"/>, or null.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The item review or null.</returns>
    public ItemReview? Item(int number)
    {
        foreach (var item in Items)
        {
            if (item.Item == number)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Creates a record, checking it against <paramref name="scale"/>.</summary>
    /// <param name="input">The content.</param>
    /// <param name="scale">The scale the review rated against.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ValidationException">The content breaks a rule; <see cref="ValidationException.Errors"/> has every error with its code and path.</exception>
    public static ReviewRecord Create(ReviewRecordInput input, ScaleDefinition scale) => TryCreate(input, scale).Value;

    /// <summary>Creates a record without throwing for bad content.</summary>
    /// <param name="input">The content.</param>
    /// <param name="scale">The scale the review rated against.</param>
    /// <returns>The record, or every error; warnings either way.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReviewRecordResult TryCreate(ReviewRecordInput input, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(scale);
        var validation = new ReviewRecordValidator(scale).Validate(input);
        var problems = validation.Errors.ToImmutableArray();
        if (problems.Any(problem => problem.Severity == Severity.Error))
        {
            return new ReviewRecordResult(null, problems);
        }

        return new ReviewRecordResult(new ReviewRecord(input, problems), problems);
    }

    /// <summary>The record's content, to change with <c>with</c> and create again.</summary>
    /// <returns>The input.</returns>
    public ReviewRecordInput ToInput() => new()
    {
        ScaleId = ScaleId,
        ProgrammeId = ProgrammeId,
        Period = Period,
        VisitDates = VisitDates,
        Reviewers = Reviewers,
        Items = Items,
        Strengths = Strengths,
        Recommendations = Recommendations,
        NextReview = NextReview,
    };

    /// <summary>A summary without ids: <c>ReviewRecord { Scale = ips-25, Visits = 2026-10-07…2026-10-08, Reviewers = 2, Items = 25 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "ReviewRecord { Scale = " + ScaleId + ", Visits = " + Date(VisitDates[0]) + "…" + Date(LastVisit)
        + ", Reviewers = " + Reviewers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ", Items = " + Items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
