namespace Ips.Core.Fidelity.Reviews;

/// <summary>One step of a <see cref="ReviewIntervalPolicy"/>: from this level of the scale up, the next review is due after <paramref name="Months"/>.</summary>
/// <param name="FromLevel">A level id of the scale (e.g. <c>good</c>); the step applies to that level and every level with a higher minimum total.</param>
/// <param name="Months">The interval in months (1–60).</param>
public sealed record ReviewIntervalStep(string FromLevel, int Months);
