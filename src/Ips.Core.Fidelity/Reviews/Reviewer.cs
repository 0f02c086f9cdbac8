namespace Ips.Core.Fidelity.Reviews;

/// <summary>One reviewer of a fidelity review: an opaque id and a role.</summary>
/// <remarks>
/// The id is opaque (e.g. <c>R-01</c>): never a name. It is shown where a report says who reviewed, and never in
/// <see cref="ToString"/>, an exception or a validation message. Immutable and thread-safe.
/// </remarks>
/// <param name="Id">The opaque reviewer id (1–64 characters, no whitespace or control characters).</param>
/// <param name="Role">The reviewer's role.</param>
public sealed record Reviewer(string Id, ReviewerRole Role)
{
    /// <summary>The role only, never the id: <c>Reviewer { Role = Lead }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "Reviewer { Role = " + Role + " }";
}
