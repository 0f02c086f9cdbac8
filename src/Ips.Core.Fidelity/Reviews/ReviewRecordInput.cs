using System.Collections.Immutable;
using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>The unchecked content of a review record, as a caller or a JSON document gives it; <see cref="ReviewRecord.Create"/> checks it.</summary>
/// <remarks>
/// The same shape as <see cref="ReviewRecord"/>, with everything settable by an object initializer. Nothing here is
/// validated; <see cref="ReviewRecordValidator"/> checks it against a scale definition.
/// </remarks>
public sealed record ReviewRecordInput
{
    /// <summary>The id of the scale the review rates against (e.g. <c>ips-25</c>).</summary>
    public string? ScaleId { get; init; }

    /// <summary>The opaque id of the programme reviewed (never a name of a person).</summary>
    public string? ProgrammeId { get; init; }

    /// <summary>The period the review covers (both ends inclusive).</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The dates of the visit (usually one or two days).</summary>
    public ImmutableArray<LocalDate> VisitDates { get => visitDates; init => visitDates = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<LocalDate> visitDates = [];

    /// <summary>The reviewers.</summary>
    public ImmutableArray<Reviewer> Reviewers { get => reviewers; init => reviewers = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<Reviewer> reviewers = [];

    /// <summary>What was recorded per item.</summary>
    public ImmutableArray<ItemReview> Items { get => items; init => items = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ItemReview> items = [];

    /// <summary>The programme's strengths.</summary>
    public ImmutableArray<Strength> Strengths { get => strengths; init => strengths = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<Strength> strengths = [];

    /// <summary>The recommendations with their planned actions.</summary>
    public ImmutableArray<Recommendation> Recommendations { get => recommendations; init => recommendations = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<Recommendation> recommendations = [];

    /// <summary>When the next review is due, if set.</summary>
    public NextReview? NextReview { get; init; }

    /// <summary>A summary without ids (the programme's and the reviewers' stay out of logs): <c>ReviewRecordInput { Scale = ips-25, Visits = 2, Reviewers = 2, Items = 25 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "ReviewRecordInput { Scale = " + (ScaleId ?? "none") + ", Visits = " + VisitDates.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ", Reviewers = " + Reviewers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ", Items = " + Items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }";
}
