using NodaTime;

namespace Ips.Core.Fidelity.Reviews;

/// <summary>When the next review is due, and under which policy it was set.</summary>
/// <remarks>Made by <see cref="ReviewIntervalPolicy.Schedule"/> (or recorded as agreed). Immutable.</remarks>
/// <param name="Due">The date the next review is due.</param>
/// <param name="Policy">The name of the policy that set it (<see cref="ReviewIntervalPolicy.Name"/>).</param>
/// <param name="Months">The interval in months from the last visit.</param>
/// <param name="LevelId">The id of the level the interval was chosen for (the scale's level id), or null when none applied.</param>
public sealed record NextReview(LocalDate Due, string Policy, int Months, string? LevelId);
