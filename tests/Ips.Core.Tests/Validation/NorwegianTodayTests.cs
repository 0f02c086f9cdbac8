using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Validation;

public sealed class NorwegianTodayTests
{
    [Theory]
    [InlineData("2026-06-30T21:59:59Z", 2026, 6, 30)] // 23:59:59 in Oslo (summer time, UTC+2)
    [InlineData("2026-06-30T22:00:00Z", 2026, 7, 1)]
    [InlineData("2026-01-31T22:59:59Z", 2026, 1, 31)] // 23:59:59 in Oslo (UTC+1)
    [InlineData("2026-01-31T23:00:00Z", 2026, 2, 1)]
    public void Today_IsTheDateInOslo_AcrossSummerAndWinterTime(string instant, int year, int month, int day)
    {
        var clock = new FakeClock(NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value);

        Assert.Equal(new LocalDate(year, month, day), NorwegianToday.From(clock));
    }

    [Fact]
    public void NullClock_IsRejectedByName() =>
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => NorwegianToday.From(null!)).ParamName);
}
