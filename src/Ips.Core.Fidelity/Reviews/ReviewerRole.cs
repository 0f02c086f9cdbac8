namespace Ips.Core.Fidelity.Reviews;

/// <summary>A reviewer's role in a fidelity review.</summary>
/// <remarks>JSON names: <c>lead</c>, <c>coReviewer</c>, <c>trainee</c>.</remarks>
public enum ReviewerRole
{
    /// <summary>The lead reviewer, who answers for the review and the feedback report (one per review).</summary>
    Lead = 0,

    /// <summary>A trained co-reviewer, rating independently beside the lead.</summary>
    CoReviewer = 1,

    /// <summary>A reviewer in training: rates alongside, but is left out of agreement figures unless asked.</summary>
    Trainee = 2,
}
