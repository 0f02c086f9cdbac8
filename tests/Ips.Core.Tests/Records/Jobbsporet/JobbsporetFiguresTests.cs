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

    [Fact]
    public void DaysToFirstMeeting_WithoutAClock_AndNoTrailWithAMeeting_IsNull()
    {
        var bergen = Read().Teams[1].Figures;

        Assert.Equal((2, 0, 2), (bergen.ActiveTrails, bergen.WithFirstMeeting, bergen.WithoutMeetingNotCounted));
        Assert.Null(bergen.MeanDaysToFirstMeeting);
        Assert.Equal(0.0, bergen.MeetingWithin30DaysShare);
    }

    [Fact]
    public void MeetingWithin30DaysShare_IsNull_WithoutActiveTrails() =>
        Assert.Null(new JobbsporetFigures(0, 0, null, 0, 0, []).MeetingWithin30DaysShare);

    [Theory]
    [InlineData("2026-02-11T08:59:59.000Z", 2)]
    [InlineData("2026-02-11T09:00:00.000Z", 1)]
    public void MeetingWithin30Days_IsStrictlyBeforeTheStartPlus30Days(string firstMeeting, int within)
    {
        // Trail 1 started 2026-01-12T09:00Z.
        var directory = Copy();
        SetField(directory, "Work_Trail__c.csv", LineOf(directory, "Work_Trail__c.csv", Id("a0W", 1)), "ips_First_meeting_with_the_Employer_held__c", firstMeeting);

        var figures = JobbsporetExport.TryRead(directory).Teams[0].Figures;

        Assert.Equal((2, within), (figures.WithFirstMeeting, figures.MeetingWithin30Days));
    }

    [Fact]
    public void OutTime_IsOrderedBySpecialist_ThenWeekYear_ThenWeek()
    {
        var directory = Copy();
        SetField(directory, "Event.csv", LineOf(directory, "Event.csv", Id("00U", 5)), "StartDateTime", "2025-12-20T10:00:00.000Z");

        var figures = JobbsporetExport.TryRead(directory).Teams[0].Figures;

        var first = Ids.Map('s', Id("005", 1));
        Assert.Equal([(2025, 51, 80), (2026, 5, 210), (2026, 6, 75)], figures.OutTime.Where(o => o.Specialist.Value == first).Select(o => (o.WeekYear, o.Week, o.Minutes)));
    }

    [Fact]
    public void OutTime_CountsParticipantMeetingsOutInTheField()
    {
        // Event 9: the start-up meeting with the participant (Ips_uo_Deltakermote), 60 minutes on 12 January (week 3).
        var directory = Copy();
        var line = LineOf(directory, "Event.csv", Id("00U", 9));
        SetField(directory, "Event.csv", line, "ips_Travel_time__c", "15");
        SetField(directory, "Event.csv", line, "IPS_travelTimeFrom__c", "15");

        var figures = JobbsporetExport.TryRead(directory).Teams[0].Figures;

        Assert.Equal(90, figures.OutTime.Single(o => o.Specialist.Value == Ids.Map('s', Id("005", 1)) && o.Week == 3).Minutes);
    }
}
