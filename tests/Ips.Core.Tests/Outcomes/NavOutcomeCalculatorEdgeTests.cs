using FluentValidation;
using Ips.Core.Jobs;
using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeCalculatorEdgeTests
{
    private static readonly DateInterval Period = new(D(2019, 1, 1), D(2019, 9, 30));

    [Fact]
    public void NullArguments_AreRejectedByEveryEntryPoint()
    {
        var programme = Programme("p", [Person(1, D(2019, 1, 1))]);
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.Calculate((IpsProgramme)null!, Period));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.Calculate(programme, null!));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.Calculate((IEnumerable<IpsProgramme>)null!, Period));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.Calculate([programme], null!));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.Calculate([programme, null!], Period));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.DaysToFirstEmployerContact(null!, Period));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.DaysToFirstEmployerContact(programme, null!));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.DaysToFirstEmployerContactBySite(null!, Period));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.DaysToFirstEmployerContactBySite([programme], null!));
        Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.DaysToFirstEmployerContactBySite([null!], Period));
    }

    [Fact]
    public void InvalidOptions_AreRejectedWithStableCodes()
    {
        var programme = Programme("p", [Person(1, D(2019, 1, 1))]);

        Assert.Equal(ErrorCodes.Outcomes.CompetitiveJobPolicyMissing, Code(() => NavOutcomeCalculator.Calculate(programme, Period, options: new NavOutcomeOptions { CompetitiveJobPolicy = null! })));
        Assert.Equal(ErrorCodes.Metrics.FirstContactOptionsMissing, Code(() => NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, options: new NavOutcomeOptions { FirstContact = null! })));
        Assert.Equal(ErrorCodes.Metrics.WithoutContactUndefined, Code(() => NavOutcomeCalculator.DaysToFirstEmployerContactBySite([programme], Period, options: new NavOutcomeOptions { FirstContact = new FirstContactOptions { WithoutContact = (ParticipantsWithoutContact)9 } })));
        Assert.Equal(ErrorCodes.Metrics.EntryUndefined, Code(() => NavOutcomeCalculator.Calculate([programme], Period, options: new NavOutcomeOptions { FirstContact = new FirstContactOptions { Entry = (ProgrammeEntry)9 } })));
        Assert.Equal(ErrorCodes.Outcomes.FirstContactCohortUndefined, Code(() => NavOutcomeCalculator.Calculate(programme, Period, options: new NavOutcomeOptions { FirstContactCohort = (FirstContactCohort)9 })));
        Assert.Equal(ErrorCodes.Outcomes.PositionSizeCohortUndefined, Code(() => NavOutcomeCalculator.Calculate(programme, Period, options: new NavOutcomeOptions { PositionSizeCohort = (PositionSizeCohort)9 })));
        Assert.Empty(NavOutcomeOptionsValidator.Instance.Validate(new NavOutcomeOptions { FirstContactCohort = FirstContactCohort.EnrolledInPeriod }).Errors);
    }

    private static string Code(Action act) => Assert.Single(Assert.Throws<ValidationException>(act).Errors).ErrorCode;

    [Fact]
    public void ReferenceDateOutsidePeriod_IsRejectedByEveryEntryPoint()
    {
        var programme = Programme("p", [Person(1, D(2019, 1, 1))]);
        var outside = D(2019, 10, 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.Calculate([programme], Period, outside));
        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, outside));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.DaysToFirstEmployerContactBySite([programme], Period, outside));
        Assert.StartsWith("The reference date 2019-10-01 lies outside the period 2019-01-01..2019-09-30; it must be within the period (both ends inclusive).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralProgrammes_GetOneReportEach_WithDefaultOrGivenOptions()
    {
        // A permanent wage subsidy is not competitive by default; counting it as competitive changes the share.
        var a = Programme("site-a", [Person(1, D(2019, 1, 1))], [Work(1, 1, D(2019, 2, 1), subsidy: NavWageSubsidy.Permanent)]);
        var b = Programme("site-b", [Person(1, D(2019, 1, 1)), Person(2, D(2019, 1, 1))]);

        var reports = NavOutcomeCalculator.Calculate([a, b], Period);
        Assert.Equal(["site-a", "site-b"], reports.Select(r => r.Programme.Value));
        Assert.Equal(new CountShare(0, 1), reports[0].InCompetitiveWork);
        Assert.Equal(2, reports[1].ActiveParticipants);

        var lenient = new NavOutcomeOptions { CompetitiveJobPolicy = CompetitiveJobPolicy.Create(WageSubsidyPolicy.CountAsCompetitive) };
        Assert.Equal(new CountShare(1, 1), NavOutcomeCalculator.Calculate([a], Period, options: lenient)[0].InCompetitiveWork);
    }

    [Fact]
    public void DaysToFirstContact_StandaloneAndBySite_MatchTheReport()
    {
        var a = Programme("site-a", [Person(1, D(2019, 1, 1)), Person(2, D(2019, 2, 1))], contacts: [InPersonContact(D(2019, 1, 11), 1), InPersonContact(D(2019, 2, 21), 2)]);
        var b = Programme("site-b", [Person(1, D(2019, 3, 1))]);

        var days = NavOutcomeCalculator.DaysToFirstEmployerContact(a, Period);
        Assert.Equal(NavOutcomeCalculator.Calculate(a, Period).DaysToFirstEmployerContact, days);
        Assert.Equal(15d, days.MedianDays);

        var lenient = new NavOutcomeOptions { FirstContactCohort = FirstContactCohort.EnrolledInPeriod };
        var sites = NavOutcomeCalculator.DaysToFirstEmployerContactBySite([a, b], Period, D(2019, 3, 31), lenient);
        Assert.Equal(["site-a", "site-b"], sites.Select(s => s.Programme.Value));
        Assert.All(sites, s => Assert.Equal(D(2019, 3, 31), s.ReferenceDate));
        Assert.All(sites, s => Assert.Equal(Period, s.Period));
        Assert.Equal(30d, sites[1].Days.MedianDays);
        Assert.Equal(1, sites[1].Days.WithoutContact);
    }

    [Fact]
    public void ActiveParticipants_ExitOnThePeriodsFirstDay_StillCounts()
    {
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1), ExitOn(D(2019, 1, 1))),
                Person(2, D(2018, 1, 1), ExitOn(D(2019, 1, 1))),
                Person(3, D(2018, 1, 1), ExitOn(D(2018, 12, 31))),
            ]);
        Assert.Equal(2, NavOutcomeCalculator.Calculate(programme, Period).ActiveParticipants);
    }

    [Fact]
    public void InPaidWork_TwoJobsOnTheReferenceDate_CountThePersonOnce()
    {
        var programme = Programme(
            "p",
            [Person(1, D(2019, 1, 1)), Person(2, D(2019, 1, 1))],
            [Work(1, 1, D(2019, 2, 1)), Work(2, 1, D(2019, 3, 1)), Work(3, 2, D(2019, 2, 1), ordinaryWage: false), Work(4, 2, D(2019, 3, 1), ordinaryWage: false)]);

        var report = NavOutcomeCalculator.Calculate(programme, Period);
        Assert.Equal(new CountShare(2, 2), report.InPaidWork);
        Assert.Equal(new CountShare(1, 2), report.InCompetitiveWork);
    }

    [Fact]
    public void QuarterlyRate_PeriodStartingMidQuarter_StartsAtThatQuartersFirstDay()
    {
        var period = new DateInterval(D(2019, 8, 15), D(2019, 12, 31));
        var programme = Programme("p", [Person(1, D(2018, 1, 1))], [Work(1, 1, D(2019, 7, 2), end: D(2019, 7, 3))]);

        var rates = NavOutcomeCalculator.Calculate(programme, period).QuarterlyEmploymentRates;

        Assert.Equal([(2019, 3), (2019, 4)], rates.Select(r => (r.Year, r.Quarter)));
        Assert.Equal(new DateInterval(D(2019, 7, 1), D(2019, 9, 30)), rates[0].CalendarQuarter);
        Assert.Equal(new CountShare(1, 1), rates[0].Rate);
        Assert.Equal(new CountShare(0, 1), rates[1].Rate);
    }

    [Fact]
    public void QuarterlyRate_PeriodEndingOnAQuartersFirstDay_IncludesThatOneDayQuarter()
    {
        var period = new DateInterval(D(2019, 9, 1), D(2019, 10, 1));
        var programme = Programme(
            "p",
            [Person(1, D(2018, 1, 1)), Person(2, D(2019, 10, 1)), Person(3, D(2018, 1, 1), ExitOn(D(2019, 10, 1)))],
            [Work(1, 2, D(2019, 10, 1))]);

        var rates = NavOutcomeCalculator.Calculate(programme, period).QuarterlyEmploymentRates;

        Assert.Equal([(2019, 3), (2019, 4)], rates.Select(r => (r.Year, r.Quarter)));
        Assert.Equal(new DateInterval(D(2019, 10, 1), D(2019, 10, 1)), rates[1].Window);

        // Q4's single day: person 1, person 2 (enrolled that day) and person 3 (exits that day) are on caseloads; person 2 works.
        Assert.Equal(new CountShare(1, 3), rates[1].Rate);
    }

    [Fact]
    public void QuarterlyRate_JobThatEndedBeforeTheQuarter_DoesNotCount()
    {
        var period = new DateInterval(D(2019, 1, 1), D(2019, 3, 31));
        var programme = Programme("p", [Person(1, D(2018, 1, 1))], [Work(1, 1, D(2018, 6, 1), end: D(2018, 12, 31))]);

        Assert.Equal(new CountShare(0, 1), NavOutcomeCalculator.Calculate(programme, period).QuarterlyEmploymentRates.Single().Rate);
    }

    [Fact]
    public void LookBackWindow_ZeroMonths_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.LookBackWindow(D(2019, 9, 30), 0));
        Assert.Equal(new DateInterval(D(2019, 8, 31), D(2019, 9, 30)), NavOutcomeCalculator.LookBackWindow(D(2019, 9, 30), 1));
    }

    [Fact]
    public void PositionSizeBands_NullSize_IsRejected() =>
        Assert.Throws<ArgumentNullException>(() => PositionSizeBands.Of(null!));

    [Fact]
    public void InCompetitiveWork_CountsATemporaryCompetitiveJob_AndNotAProgrammeOwnedOne()
    {
        // A temporary job on ordinary terms is competitive (not permanent-competitive); a programme-owned time-limited job is paid work only.
        var programme = Programme(
            "p",
            [Person(1, D(2019, 1, 1)), Person(2, D(2019, 1, 1)), Person(3, D(2019, 1, 1))],
            [Work(1, 1, D(2019, 2, 1), form: EmploymentForm.Temporary), Work(2, 2, D(2019, 2, 1), form: EmploymentForm.ProgrammeOwnedTimeLimited)]);

        var report = NavOutcomeCalculator.Calculate(programme, Period);

        Assert.Equal(new CountShare(2, 3), report.InPaidWork);
        Assert.Equal(new CountShare(1, 3), report.InCompetitiveWork);
    }

    [Fact]
    public void Benefits_NotRecordedAtExit_AreCountedForWorkExitsOnly()
    {
        var programme = Programme(
            "p",
            [
                Person(1, D(2019, 1, 1), ExitOn(D(2019, 5, 1), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
                Person(2, D(2019, 1, 1), ExitOn(D(2019, 5, 1), NavEndReason.OtherActivity)),
                Person(3, D(2019, 1, 1), ParticipantExit.Create(D(2019, 5, 1), NavEndReason.OtherActivity, ExitStatus.Unresolved, Core.Benefits.NavBenefits.None)),
            ],
            [Work(1, 1, D(2019, 2, 1))]);

        var benefits = NavOutcomeCalculator.Calculate(programme, Period).Exits.Benefits;

        Assert.Equal(1, benefits.ToWorkBenefitsNotRecorded);
        Assert.Equal(new CountShare(0, 3), benefits.ToWorkWithoutBenefits);
        Assert.Equal((0, 1), (benefits.RecordedAtEntry, benefits.RecordedAtExit));
    }

    [Fact]
    public void ComputeBy_NullPeriod_IsRejectedByName()
    {
        var programme = Programme("p", [Person(1, D(2019, 1, 1))]);

        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => NavOutcomeCalculator.ComputeBy([programme], null!, OutcomeGrouping.Site)).ParamName);
    }
}
