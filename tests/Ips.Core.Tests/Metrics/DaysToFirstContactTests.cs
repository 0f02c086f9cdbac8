using Ips.Core.Metrics;
using static Ips.Core.Tests.Metrics.MetricRecords;

namespace Ips.Core.Tests.Metrics;

public sealed class DaysToFirstContactTests
{
    private static readonly FirstContactOptions LeaveOut = new() { WithoutContact = ParticipantsWithoutContact.LeaveOut };

    [Fact]
    public void ContactOnTheEnrolmentDay_IsZeroDays()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Equal(0, DaysToFirstContact.Of(person, D(2026, 1, 10), D(2026, 3, 31)));
    }

    [Fact]
    public void WithAContact_IsTheDaysFromEnrolment_WhateverTheWithoutContactChoice()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Equal(10, DaysToFirstContact.Of(person, D(2026, 1, 20), D(2026, 3, 31)));
        Assert.Equal(10, DaysToFirstContact.Of(person, D(2026, 1, 20), D(2026, 3, 31), LeaveOut));
    }

    [Fact]
    public void WithoutAContact_CountsTheDaysSoFarByDefault_OrIsLeftOut()
    {
        var person = Person(1, D(2026, 2, 1));

        Assert.Equal(58, DaysToFirstContact.Of(person, null, D(2026, 3, 31)));
        Assert.Equal(58, DaysToFirstContact.Of(person, null, D(2026, 3, 31), FirstContactOptions.Default));
        Assert.Null(DaysToFirstContact.Of(person, null, D(2026, 3, 31), LeaveOut));
        Assert.Equal(ParticipantsWithoutContact.CountDaysSoFar, new FirstContactOptions().WithoutContact);
    }

    [Fact]
    public void WithoutAContact_ExitBeforeTheAsOfDate_StopsTheCount_AndExitOnTheAsOfDateDoesNot()
    {
        Assert.Equal(14, DaysToFirstContact.Of(Person(1, D(2026, 2, 1), exit: D(2026, 2, 15)), null, D(2026, 3, 31)));
        Assert.Equal(58, DaysToFirstContact.Of(Person(2, D(2026, 2, 1), exit: D(2026, 3, 31)), null, D(2026, 3, 31)));
    }

    [Fact]
    public void FromReferral_CountsFromTheReferralDate()
    {
        var person = Person(1, D(2026, 1, 10), referred: D(2026, 1, 2));
        var referral = new FirstContactOptions { Entry = ProgrammeEntry.Referral };

        Assert.Equal(18, DaysToFirstContact.Of(person, D(2026, 1, 20), D(2026, 3, 31), referral));
        Assert.Equal(88, DaysToFirstContact.Of(person, null, D(2026, 3, 31), referral));
        Assert.Equal(80, DaysToFirstContact.Of(person, null, D(2026, 3, 31)));
    }

    [Fact]
    public void NotEnteredByTheAsOfDate_HasNoValue()
    {
        Assert.Null(DaysToFirstContact.Of(Person(1, D(2026, 4, 1)), null, D(2026, 3, 31)));
    }

    [Fact]
    public void EnteredOnTheAsOfDate_WithoutAContact_IsZeroDaysSoFar()
    {
        Assert.Equal(0, DaysToFirstContact.Of(Person(1, D(2026, 3, 31)), null, D(2026, 3, 31)));
    }

    [Fact]
    public void ContactOnTheAsOfDate_IsCounted_NotRejected()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Equal(80, DaysToFirstContact.Of(person, D(2026, 3, 31), D(2026, 3, 31)));
    }

    [Fact]
    public void ContactOutsideEntryToAsOf_IsRejected()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, D(2026, 1, 9), D(2026, 3, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, D(2026, 4, 1), D(2026, 3, 31)));
    }

    [Fact]
    public void UndefinedOptions_AndNullParticipant_AreRejected()
    {
        var person = Person(1, D(2026, 1, 10));

        Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, null, D(2026, 3, 31), new FirstContactOptions { WithoutContact = (ParticipantsWithoutContact)5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, null, D(2026, 3, 31), new FirstContactOptions { Entry = (ProgrammeEntry)5 }));
        Assert.Throws<ArgumentNullException>(() => DaysToFirstContact.Of(null!, null, D(2026, 3, 31)));
    }

    [Fact]
    public void Summarise_OddCount_MedianIsTheMiddleValue_AndTheSpanIsSorted()
    {
        int[] days = [50, 10, 30];

        Assert.Equal(new DaysSummary(3, 30d, 30d), DaysToFirstContact.Summarise(days));
        Assert.Equal([10, 30, 50], days);
    }

    [Fact]
    public void Summarise_EvenCount_MedianIsTheMeanOfTheTwoMiddleValues()
    {
        Assert.Equal(new DaysSummary(4, 27.5d, 25d), DaysToFirstContact.Summarise(new[] { 50, 20, 10, 30 }));
        Assert.Equal(new DaysSummary(2, 0.5d, 0.5d), DaysToFirstContact.Summarise(new[] { 1, 0 }));
    }

    [Fact]
    public void Summarise_Empty_HasNoMeanOrMedian()
    {
        Assert.Equal(new DaysSummary(0, null, null), DaysToFirstContact.Summarise([]));
    }

    [Fact]
    public void Summarise_LargeValues_DoNotOverflow()
    {
        Assert.Equal(int.MaxValue, DaysToFirstContact.Summarise(new[] { int.MaxValue, int.MaxValue }).MeanDays);
    }

    [Fact]
    public void UndefinedWithoutContactChoice_IsRejected_NamingTheOptionsAndTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(Person(1, D(2026, 1, 10)), null, D(2026, 3, 31), new FirstContactOptions { WithoutContact = (ParticipantsWithoutContact)9 }));

        Assert.Equal(("options", (object)(ParticipantsWithoutContact)9), (error.ParamName, error.ActualValue!));
        Assert.StartsWith("WithoutContact must be a defined ParticipantsWithoutContact.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstContactOutsideEntryThroughAsOf_IsRejected_SayingWhereItMustLie()
    {
        var person = Person(1, D(2026, 1, 10));

        var before = Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, D(2026, 1, 9), D(2026, 3, 31)));
        var after = Assert.Throws<ArgumentOutOfRangeException>(() => DaysToFirstContact.Of(person, D(2026, 4, 1), D(2026, 3, 31)));

        Assert.Equal("The first contact must lie from the entry date through the as-of date. (Parameter 'firstContact')", before.Message);
        Assert.Equal(before.Message, after.Message);
    }

    [Fact]
    public void NullParticipant_IsRejectedBeforeTheOptionsAreChecked() =>
        Assert.Equal("participant", Assert.Throws<ArgumentNullException>(() => DaysToFirstContact.Of(null!, null, D(2026, 3, 31), new FirstContactOptions { WithoutContact = (ParticipantsWithoutContact)9 })).ParamName);
}
