using NodaTime;

namespace Ips.Core.Validation;

/// <summary>"Today" as a date in Norway, from an injected clock.</summary>
/// <remarks>IPS in Norway runs on Norwegian local time, so today's date is taken in the Europe/Oslo time zone.</remarks>
internal static class NorwegianToday
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    internal static LocalDate From(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(Oslo).Date;
    }
}
