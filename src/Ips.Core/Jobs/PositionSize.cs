using Ips.Core.Validation;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Jobs;

/// <summary>A job's position size: a percentage of full time, hours per week, or on call.</summary>
/// <remarks>
/// Percent is greater than 0 and at most 100; hours per week greater than 0 and at most 75. Hours convert to percent
/// against a full-time week of <see cref="FullTimeHoursPerWeek"/> (37.5 hours, the Norwegian standard working week),
/// so 18.75 hours is 50 %; more than 37.5 hours gives more than 100 % and is not capped. On-call work has no
/// percentage (NAV's outcome report puts it in the band below 10 %). Immutable and thread-safe.
/// </remarks>
public sealed record PositionSize
{
    /// <summary>Hours in a full-time week, for converting hours to percent.</summary>
    public const decimal FullTimeHoursPerWeek = 37.5m;

    /// <summary>The most hours per week allowed.</summary>
    public const decimal MaxHoursPerWeek = 75m;

    private PositionSize(PositionSizeKind kind, decimal? amount)
    {
        Kind = kind;
        Amount = amount;
    }

    /// <summary>An on-call position with no fixed hours.</summary>
    public static PositionSize OnCall { get; } = new(PositionSizeKind.OnCall, null);

    /// <summary>How the size is expressed.</summary>
    public PositionSizeKind Kind { get; }

    /// <summary>The percentage or the hours per week; null when on call.</summary>
    public decimal? Amount { get; }

    /// <summary>The size as a percentage of full time; hours are divided by <see cref="FullTimeHoursPerWeek"/>. Null when on call.</summary>
    public decimal? PercentOfFullTime => Kind switch
    {
        PositionSizeKind.Percent => Amount,
        PositionSizeKind.HoursPerWeek => Amount * 100m / FullTimeHoursPerWeek,
        _ => null,
    };

    /// <summary>A position size in percent of full time.</summary>
    /// <param name="percent">Greater than 0 and at most 100.</param>
    /// <returns>The position size.</returns>
    /// <exception cref="DomainException">Out of range (<see cref="ErrorCodes.Job.PercentOutOfRange"/>).</exception>
    public static PositionSize FromPercent(decimal percent) => TryFromPercent(percent).GetValueOrThrow();

    /// <summary>A position size in percent of full time, without throwing.</summary>
    /// <param name="percent">Greater than 0 and at most 100.</param>
    /// <returns>The position size or the broken rule.</returns>
    public static DomainResult<PositionSize> TryFromPercent(decimal percent)
    {
        List<DomainError>? errors = null;
        if (!IsValidPercent(percent))
        {
            Add(ref errors, ErrorCodes.Job.PercentOutOfRange, nameof(PositionSize), PercentMessage(percent));
        }

        return errors is null ? new DomainResult<PositionSize>(new PositionSize(PositionSizeKind.Percent, percent)) : DomainResult<PositionSize>.Fail(errors);
    }

    /// <summary>A position size in hours per week.</summary>
    /// <param name="hours">Greater than 0 and at most 75.</param>
    /// <returns>The position size.</returns>
    /// <exception cref="DomainException">Out of range (<see cref="ErrorCodes.Job.HoursOutOfRange"/>).</exception>
    public static PositionSize FromHoursPerWeek(decimal hours) => TryFromHoursPerWeek(hours).GetValueOrThrow();

    /// <summary>A position size in hours per week, without throwing.</summary>
    /// <param name="hours">Greater than 0 and at most 75.</param>
    /// <returns>The position size or the broken rule.</returns>
    public static DomainResult<PositionSize> TryFromHoursPerWeek(decimal hours)
    {
        List<DomainError>? errors = null;
        if (!IsValidHours(hours))
        {
            Add(ref errors, ErrorCodes.Job.HoursOutOfRange, nameof(PositionSize), HoursMessage(hours));
        }

        return errors is null ? new DomainResult<PositionSize>(new PositionSize(PositionSizeKind.HoursPerWeek, hours)) : DomainResult<PositionSize>.Fail(errors);
    }

    /// <summary>Returns e.g. <c>50 %</c>, <c>20 h/week</c> or <c>on call</c>, culture-invariant.</summary>
    /// <returns>The size.</returns>
    public override string ToString() => Kind switch
    {
        PositionSizeKind.Percent => Invariant($"{Amount} %"),
        PositionSizeKind.HoursPerWeek => Invariant($"{Amount} h/week"),
        _ => "on call",
    };

    internal static bool IsValidPercent(decimal percent) => percent is > 0m and <= 100m;

    internal static bool IsValidHours(decimal hours) => hours is > 0m and <= MaxHoursPerWeek;

    internal static string PercentMessage(decimal percent) =>
        Invariant($"PositionSize {percent} % is out of range; a percentage must be greater than 0 and at most 100.");

    internal static string HoursMessage(decimal hours) =>
        Invariant($"PositionSize {hours} hours per week is out of range; hours must be greater than 0 and at most {MaxHoursPerWeek}.");
}
