namespace Ips.Core.Fidelity.Reviews;

/// <summary>A strength of the programme the reviewers want to name in the feedback report.</summary>
/// <param name="Item">The item the strength belongs to, or null for the programme as a whole.</param>
/// <param name="Text">The strength, in the reviewers' words.</param>
public sealed record Strength(int? Item, string Text);
