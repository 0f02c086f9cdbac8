namespace Ips.Core.Metrics;

/// <summary>The mean and median of a set of days-to-first-contact values (item 15 reports the mean, NAV the median).</summary>
/// <param name="Count">How many values were summarised.</param>
/// <param name="MeanDays">The mean; null when <paramref name="Count"/> is 0.</param>
/// <param name="MedianDays">The median, the mean of the two middle values for an even count; null when <paramref name="Count"/> is 0.</param>
/// <remarks>Returned by <see cref="DaysToFirstContact.Summarise"/>. Immutable and thread-safe.</remarks>
public readonly record struct DaysSummary(int Count, double? MeanDays, double? MedianDays);
