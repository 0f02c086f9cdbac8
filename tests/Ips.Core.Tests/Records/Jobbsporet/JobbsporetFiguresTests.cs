using Ips.Core.Records.Jobbsporet;
using NodaTime;
using NodaTime.Testing;
using static Ips.Core.Tests.Records.Jobbsporet.JobbsporetSample;

namespace Ips.Core.Tests.Records.Jobbsporet;

public sealed class JobbsporetFiguresTests
{
    private static readonly JobbsporetPseudonyms Ids = new(default);

    [Fact]
    public void DaysToFirstMeeting_WithoutAClock_CountsOnlyTrailsWithAMeeting()
    {
        var figures = Read().Teams[0].Figures;

        // Six active trails; two have a first meeting (17 and 7 days after the start-up meeting), both within 30 days.
        Assert.Equal((6, 2, 4, 2), (figures.ActiveTrails, figures.WithFirstMeeting, figures.WithoutMeetingNotCounted, figures.MeetingWithin30Days));
        Assert.Equal(12.0, figures.MeanDaysToFirstMeeting);
        Assert.Equal(2.0 / 6, figures.MeetingWithin30DaysShare);
    }

    [Fact]
    public void DaysToFirstMeeting_WithAClock_CountsUpToNow_RoundedDatetimeDays()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 2, 11, 9, 0));

        var figures = Read(new JobbsporetReadOptions { Clock = clock }).Teams[0].Figures;

        // 17 + 7 with meetings; 124, 97 (from 23:30 UTC), 156 and 6 days so far without.
        Assert.Equal(0, figures.WithoutMeetingNotCounted);
        Assert.Equal(407.0 / 6, figures.MeanDaysToFirstMeeting!.Value, 9);
    }

    [Fact]
    public void OutTime_IsMeetingPlusTravelMinutes_OfPhysicalMeetingsOutInTheField_PerIsoWeek_Over37AndAHalfHours()
    {
        var figures = Read().Teams[0].Figures;

        string Of(int user) => Ids.Map('s', Id("005", user));
        var rows = figures.OutTime.Select(o => (o.Specialist.Value, o.Week, o.Minutes)).ToList();
        Assert.Equal(
            new[] { (Of(1), 4, 80), (Of(1), 5, 210), (Of(1), 6, 75), (Of(2), 6, 120), (Of(2), 7, 40) }.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2),
            rows);
        Assert.All(figures.OutTime, o => Assert.Equal(2026, o.WeekYear));
        Assert.Equal(210 / 60.0 / 37.5 * 100, figures.OutTime.Single(o => o.Minutes == 210).Percent, 9);
    }
}
