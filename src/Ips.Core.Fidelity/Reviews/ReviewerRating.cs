namespace Ips.Core.Fidelity.Reviews;

/// <summary>One reviewer's own, independent rating of one item, made before the consensus.</summary>
/// <remarks>Immutable. <see cref="ToString"/> leaves the reviewer id out.</remarks>
/// <param name="Reviewer">The id of a reviewer of the record (<see cref="Reviews.Reviewer.Id"/>).</param>
/// <param name="Score">The score the reviewer gave, within the item's score range; null when the reviewer did not rate the item.</param>
public sealed record ReviewerRating(string Reviewer, int? Score)
{
    /// <summary>The score only: <c>ReviewerRating { Score = 4 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "ReviewerRating { Score = " + (Score is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none") + " }";
}
