using Ips.Core.Metrics;
using Ips.Core.Participants;
using NodaTime;
using static Ips.Core.Tests.Metrics.MetricRecords;

namespace Ips.Core.Tests.Metrics;

public sealed class ActiveParticipantsTests
{
    [Fact]
    public void ExitOnTheAsOfDate_IsStillActive_AndNotTheDayAfter()
    {
        var person = Person(1, D(2026, 1, 10), exit: D(2026, 3, 31));

        Assert.True(ActiveParticipants.IsActiveOn(person, D(2026, 3, 31)));
        Assert.False(ActiveParticipants.IsActiveOn(person, D(2026, 4, 1)));
    }

    [Fact]
    public void EnrolmentDay_IsActive_AndReferralAloneIsNot()
    {
        var person = Person(1, D(2026, 1, 10), referred: D(2026, 1, 2));

        Assert.True(ActiveParticipants.IsActiveOn(person, D(2026, 1, 10)));
        Assert.False(ActiveParticipants.IsActiveOn(person, D(2026, 1, 9)));
        Assert.False(ActiveParticipants.IsActiveOn(person, D(2026, 1, 2)));
    }

    [Fact]
    public void ExitedPhase_DoesNotHideActivityBeforeTheExitDate()
    {
        var person = Person(1, D(2026, 1, 10), exit: D(2026, 6, 1));

        Assert.Equal(ParticipantPhase.Exited, person.Phase);
        Assert.True(ActiveParticipants.IsActiveOn(person, D(2026, 5, 31)));
    }

    [Fact]
    public void IsActiveDuring_NeedsOneDayInTheInterval_BothEndsInclusive()
    {
        var interval = new DateInterval(D(2026, 1, 1), D(2026, 3, 31));

        Assert.True(ActiveParticipants.IsActiveDuring(Person(1, D(2025, 6, 1), exit: D(2026, 1, 1)), interval));
        Assert.False(ActiveParticipants.IsActiveDuring(Person(2, D(2025, 6, 1), exit: D(2025, 12, 31)), interval));
        Assert.True(ActiveParticipants.IsActiveDuring(Person(3, D(2026, 3, 31)), interval));
        Assert.False(ActiveParticipants.IsActiveDuring(Person(4, D(2026, 4, 1)), interval));
    }

    [Fact]
    public void Counts_OnADate_AndDuringAnInterval()
    {
        Participant[] people =
        [
            Person(1, D(2026, 1, 10)),
            Person(2, D(2026, 1, 10), exit: D(2026, 2, 1)),
            Person(3, D(2026, 3, 1)),
        ];

        Assert.Equal(2, ActiveParticipants.CountOn(people, D(2026, 2, 1)));
        Assert.Equal(1, ActiveParticipants.CountOn(people, D(2026, 2, 2)));
        Assert.Equal(3, ActiveParticipants.CountDuring(people, new DateInterval(D(2026, 2, 1), D(2026, 3, 1))));
        Assert.Equal(2, ActiveParticipants.CountDuring(people, new DateInterval(D(2026, 2, 2), D(2026, 3, 1))));
        Assert.Equal(0, ActiveParticipants.CountOn([], D(2026, 2, 1)));
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Throws<ArgumentNullException>(() => ActiveParticipants.IsActiveOn(null!, D(2026, 1, 10)));
        Assert.Throws<ArgumentNullException>(() => ActiveParticipants.IsActiveDuring(null!, new DateInterval(D(2026, 1, 1), D(2026, 1, 2))));
        Assert.Throws<ArgumentNullException>(() => ActiveParticipants.IsActiveDuring(person, null!));
        Assert.Throws<ArgumentNullException>(() => ActiveParticipants.CountDuring([person], null!));
    }

    [Fact]
    public void CountDuring_NullInterval_IsRejected_EvenWithoutParticipants() =>
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => ActiveParticipants.CountDuring([], null!)).ParamName);
}
