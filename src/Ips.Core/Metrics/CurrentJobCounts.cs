namespace Ips.Core.Metrics;

/// <summary>Jobs held on a date, and how many of them are competitive and permanent-competitive.</summary>
/// <param name="Current">Jobs held on the date (paid jobs; work trials are never jobs).</param>
/// <param name="Competitive">Of them, competitive under the policy (permanent-competitive ones included).</param>
/// <param name="PermanentCompetitive">Of them, permanent-competitive under the policy (item 21).</param>
/// <remarks>Returned by <see cref="CurrentJobs.CountOn"/>. Immutable and thread-safe.</remarks>
public readonly record struct CurrentJobCounts(int Current, int Competitive, int PermanentCompetitive);
