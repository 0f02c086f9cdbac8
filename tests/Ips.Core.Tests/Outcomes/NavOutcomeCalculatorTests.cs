using Ips.Core.Jobs;
using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Outcomes;

public sealed class NavOutcomeCalculatorTests
{
    // January–September 2019, as in the JobbResept1 report ("hittil i 2019", status at the end of September).
    private static readonly DateInterval Period = new(D(2019, 1, 1), D(2019, 9, 30));

    [Fact]
    public void EmptyProgramme_GivesZerosAndNullShares_WithoutThrowing()
    {
        var report = NavOutcomeCalculator.Calculate(Programme("empty", []), Period);

        Assert.Equal(0, report.ActiveParticipants);
        Assert.Equal(new CountShare(0, 0), report.InPaidWork);
        Assert.Null(report.InPaidWork.Share);
        Assert.Null(report.InCompetitiveWork.Share);
        Assert.Equal(0, report.JobStartsLast6Months.Jobs);
        Assert.Equal(0, report.JobStartsLast12Months.Participants);
        Assert.Equal(new DaysToFirstEmployerContact(FirstContactCohort.FirstContactInPeriod, FirstContactOptions.Default, 0, 0, 0, 0, null, null), report.DaysToFirstEmployerContact);
        Assert.Equal(0, report.Exits.Total);
        Assert.Null(report.Exits.ToWork.Share);
        Assert.All(report.Exits.ByReason, r => Assert.Equal(CountShare.Empty, r.Exits));
        Assert.All(report.Exits.ByStatus, s => Assert.Equal(CountShare.Empty, s.Exits));
        Assert.All(report.PositionSizeAtExit, b => Assert.Null(b.Jobs.Share));
        Assert.Equal(12, report.Exits.ByReason.Length);   // one row per NavEndReason
        Assert.Equal(6, report.PositionSizeAtExit.Length);

        // Q1, Q2, Q3 2019 overlap the period; each is empty, so every rate is 0 of 0.
        Assert.Equal(3, report.QuarterlyEmploymentRates.Length);
        Assert.All(report.QuarterlyEmploymentRates, q => Assert.Null(q.Rate.Share));
        Assert.All(report.QuarterlyEmploymentRates, q => Assert.False(double.IsNaN(q.Rate.Share ?? 0d)));
    }

    [Fact]
    public void Report_StampsPeriodAndReferenceDate_DefaultingToPeriodEnd()
    {
        var programme = Programme("p", []);

        var byDefault = NavOutcomeCalculator.Calculate(programme, Period);
        var given = NavOutcomeCalculator.Calculate(programme, Period, D(2019, 6, 30));

        Assert.Equal(Period, byDefault.Period);
        Assert.Equal(D(2019, 9, 30), byDefault.ReferenceDate);
        Assert.Equal(D(2019, 6, 30), given.ReferenceDate);
    }

    [Fact]
    public void ReferenceDateOutsidePeriod_Throws()
    {
        var programme = Programme("p", []);

        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.Calculate(programme, Period, D(2019, 10, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.Calculate(programme, Period, D(2018, 12, 31)));
    }

    [Fact]
    public void ActiveParticipants_AreEnrolledByPeriodEndAndNotExitedBeforePeriodStart()
    {
        var programme = Programme("p", [
            Person(1, D(2018, 5, 1)),                                  // enrolled before, still active → counts
            Person(2, D(2018, 5, 1), ExitOn(D(2018, 12, 31))),          // exited the day before the period → no
            Person(3, D(2018, 5, 1), ExitOn(D(2019, 1, 1))),            // exited on the first day → counts
            Person(4, D(2019, 9, 30)),                                  // enrolled on the last day → counts
        ]);

        var report = NavOutcomeCalculator.Calculate(programme, Period);

        // 1, 3 and 4 = 3.
        Assert.Equal(3, report.ActiveParticipants);
    }

    [Fact]
    public void WorkShares_CountJobsHeldOnTheReferenceDate_AmongParticipantsActiveThen()
    {
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1)),
                Person(2, D(2018, 1, 1)),
                Person(3, D(2018, 1, 1)),
                Person(4, D(2018, 1, 1)),
                Person(5, D(2018, 1, 1), ExitOn(D(2019, 6, 1), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
            ],
            [
                Work(1, 1, D(2019, 2, 1)),                                                  // ongoing → paid, competitive
                Work(2, 2, D(2019, 2, 1), subsidy: NavWageSubsidy.Permanent),               // paid, not competitive by default
                Work(3, 3, D(2019, 2, 1), end: D(2019, 9, 29)),                             // ended the day before → neither
                Work(4, 5, D(2019, 2, 1)),                                                  // exited participant → not in the denominator
            ]);

        var report = NavOutcomeCalculator.Calculate(programme, Period);

        // Active on 2019-09-30: 1, 2, 3, 4 = 4. Paid: 1, 2 = 2 of 4 = 0.5. Competitive: 1 = 1 of 4 = 0.25.
        Assert.Equal(new CountShare(2, 4), report.InPaidWork);
        Assert.Equal(0.5, report.InPaidWork.Share);
        Assert.Equal(new CountShare(1, 4), report.InCompetitiveWork);

        // A policy counting every subsidy makes job 2 competitive: 2 of 4.
        var lenient = new NavOutcomeOptions { CompetitiveJobPolicy = CompetitiveJobPolicy.Create(WageSubsidyPolicy.CountAsCompetitive) };
        Assert.Equal(new CountShare(2, 4), NavOutcomeCalculator.Calculate(programme, Period, options: lenient).InCompetitiveWork);
    }

    [Fact]
    public void JobStarts_WindowEndsOnTheReferenceDate_AndStartsTheDayAfterNMonthsBefore()
    {
        // Reference 2019-06-30 (inside the period): 6-month window 2018-12-31..2019-06-30 (2019-06-30 − 6 months = 2018-12-30, + 1 day),
        // 12-month window 2018-07-01..2019-06-30.
        var reference = D(2019, 6, 30);
        var programme = Programme(
            "p",
            [Person(1, D(2018, 1, 1)), Person(2, D(2018, 1, 1)), Person(3, D(2018, 1, 1))],
            [
                Work(1, 1, D(2019, 6, 30)),   // on the reference date → 6 and 12
                Work(2, 1, D(2019, 7, 1)),    // the day after → neither
                Work(3, 2, D(2018, 12, 31)),  // first day of the 6-month window → 6 and 12
                Work(4, 2, D(2018, 12, 30)),  // the day before it → 12 only
                Work(5, 3, D(2018, 7, 1)),    // first day of the 12-month window → 12
                Work(6, 3, D(2018, 6, 30)),   // the day before it → neither
            ]);

        var report = NavOutcomeCalculator.Calculate(programme, Period, reference);

        Assert.Equal(new DateInterval(D(2018, 12, 31), reference), report.JobStartsLast6Months.Window);
        Assert.Equal(new DateInterval(D(2018, 7, 1), reference), report.JobStartsLast12Months.Window);

        // 6 months: jobs 1, 3 = 2 jobs, participants 1, 2 = 2.
        Assert.Equal(2, report.JobStartsLast6Months.Jobs);
        Assert.Equal(2, report.JobStartsLast6Months.Participants);

        // 12 months: jobs 1, 3, 4, 5 = 4 jobs; participants 1, 2, 3 = 3 (participant 2 counted once for two jobs).
        Assert.Equal(4, report.JobStartsLast12Months.Jobs);
        Assert.Equal(3, report.JobStartsLast12Months.Participants);
    }

    [Fact]
    public void LookBackWindow_ClampsToMonthEnds()
    {
        // 2019-08-31 − 6 months = 2019-02-28 (clamped), + 1 day = 2019-03-01.
        Assert.Equal(new DateInterval(D(2019, 3, 1), D(2019, 8, 31)), NavOutcomeCalculator.LookBackWindow(D(2019, 8, 31), 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => NavOutcomeCalculator.LookBackWindow(D(2019, 8, 31), 0));
    }

    [Fact]
    public void Exits_ByReason_ToWorkVersusNot_AndStatus()
    {
        var programme = Programme("p", [
            Person(1, D(2018, 1, 1), ExitOn(D(2019, 2, 1), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
            Person(2, D(2018, 1, 1), ExitOn(D(2019, 3, 1), NavEndReason.WorkWithWageSubsidy, ExitStatus.Working)),
            Person(3, D(2018, 1, 1), ExitOn(D(2019, 4, 1), NavEndReason.WorkWithGradedDisabilityPension, ExitStatus.Working)),
            Person(4, D(2018, 1, 1), ExitOn(D(2019, 5, 1), NavEndReason.EducationSelfFunded, ExitStatus.Studying)),
            Person(5, D(2018, 1, 1), ExitOn(D(2019, 9, 30), NavEndReason.StoppedDueToIllness, ExitStatus.Unresolved)),
            Person(6, D(2018, 1, 1), ExitOn(D(2018, 12, 31), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)), // before the period
            Person(7, D(2018, 1, 1)),
        ], [
            // The jobs the work exits left into (consistent exits).
            Work(1, 1, D(2018, 6, 1)),
            Work(2, 2, D(2018, 6, 1), subsidy: NavWageSubsidy.TimeLimited),
            Work(3, 3, D(2018, 6, 1)),
            Work(6, 6, D(2018, 6, 1)),
        ]);

        var exits = NavOutcomeCalculator.Calculate(programme, Period).Exits;

        // In the period: 1–5 = 5. To work: 1, 2, 3 = 3 of 5 = 0.6. Education: 4 = 1 of 5.
        Assert.Equal(5, exits.Total);
        Assert.Equal(new CountShare(3, 5), exits.ToWork);
        Assert.Equal(0.6, exits.ToWork.Share!.Value, 12);
        Assert.Equal(new CountShare(1, 5), exits.ToEducation);
        Assert.Equal(new CountShare(1, 5), exits.ByReason.Single(r => r.Reason == NavEndReason.WorkWithoutWageSubsidy).Exits);
        Assert.Equal(new CountShare(0, 5), exits.ByReason.Single(r => r.Reason == NavEndReason.DisabilityPension).Exits);
        Assert.Equal(NavEndReasonCategory.IllnessOrDisability, exits.ByReason.Single(r => r.Reason == NavEndReason.StoppedDueToIllness).Category);
        Assert.Equal(3, exits.ByReason.Where(r => r.Category == NavEndReasonCategory.Work).Sum(r => r.Exits.Count));

        // Status: working 3, studying 1, unresolved 1.
        Assert.Equal([3, 1, 1], exits.ByStatus.Select(s => s.Exits.Count));
        Assert.Equal([ExitStatus.Working, ExitStatus.Studying, ExitStatus.Unresolved], exits.ByStatus.Select(s => s.Status));
    }

    [Theory]
    [InlineData(NavEndReason.WorkWithoutWageSubsidy, true)]
    [InlineData(NavEndReason.WorkWithWageSubsidy, true)]
    [InlineData(NavEndReason.WorkCombinedWithOtherNavBenefits, true)]
    [InlineData(NavEndReason.WorkWithGradedDisabilityPension, true)]
    [InlineData(NavEndReason.EducationSelfFunded, false)]
    [InlineData(NavEndReason.EducationFundedByNav, false)]
    [InlineData(NavEndReason.MovedToAnotherNavMeasure, false)]
    [InlineData(NavEndReason.OtherActivity, false)]
    [InlineData(NavEndReason.StoppedDueToIllness, false)]
    [InlineData(NavEndReason.DisabilityPension, false)]
    [InlineData(NavEndReason.Other, false)]
    public void NavEndReasons_IsWork_OnlyForTheFourWorkReasons(NavEndReason reason, bool work) =>
        Assert.Equal(work, NavEndReasons.IsWork(reason));

    [Fact]
    public void PositionSizeAtExit_JobsHeldAtExit_CountsEveryJobHeldOnTheExitDate_InBands()
    {
        var exit = D(2019, 6, 15);
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1), ExitOn(exit, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
                Person(2, D(2018, 1, 1), ExitOn(exit, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
                Person(3, D(2018, 1, 1), ExitOn(exit)),
                Person(4, D(2018, 1, 1)),
            ],
            [
                Work(1, 1, D(2019, 1, 1), size: PositionSize.OnCall),                          // on call → <10
                Work(2, 1, D(2019, 1, 1), end: exit, size: PositionSize.FromPercent(100m)),   // ends on the exit date, 100 % → 80–100
                Work(3, 2, D(2019, 1, 1), size: PositionSize.FromHoursPerWeek(3.75m)),         // 3.75 h = exactly 10 % → 10–20
                Work(4, 2, D(2019, 1, 1), end: D(2019, 6, 14), size: PositionSize.FromPercent(50m)), // ended the day before → not held
                Work(5, 4, D(2019, 1, 1), size: PositionSize.FromPercent(50m)),                // participant did not exit → not counted
            ]);

        var report = NavOutcomeCalculator.Calculate(programme, Period, options: new NavOutcomeOptions { PositionSizeCohort = PositionSizeCohort.JobsHeldAtExit });

        // Held at exit: jobs 1, 2, 3 = 3. Bands: <10 → 1, 10–20 → 1, 80–100 → 1.
        Assert.Equal([1, 1, 0, 0, 0, 1], report.PositionSizeAtExit.Select(b => b.Jobs.Count));
        Assert.All(report.PositionSizeAtExit, b => Assert.Equal(3, b.Jobs.Denominator));

        // Participants 1 and 2 held a job at exit, participant 3 did not: 2 of 3 exits.
        Assert.Equal(new CountShare(2, 3), report.Exits.WithJobAtExit);
    }

    [Fact]
    public void PositionSizeAtExit_ByDefault_CountsPeopleWhoLeftForWork_OnceEach_ByTheLargestJob()
    {
        var exit = D(2019, 6, 15);
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1), ExitOn(exit, NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
                Person(2, D(2018, 1, 1), ExitOn(exit, NavEndReason.WorkCombinedWithOtherNavBenefits, ExitStatus.Working)),
                Person(3, D(2018, 1, 1), ExitOn(exit, NavEndReason.OtherActivity, ExitStatus.Unresolved)),
                Person(4, D(2018, 1, 1), ExitOn(D(2018, 12, 31), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working)),
                Person(5, D(2018, 1, 1), ExitOn(exit, NavEndReason.WorkWithWageSubsidy, ExitStatus.Working)),
            ],
            [
                Work(1, 1, D(2019, 1, 1), size: PositionSize.OnCall),                          // two jobs: the larger (100 %) counts, once
                Work(2, 1, D(2019, 1, 1), end: exit, size: PositionSize.FromPercent(100m)),
                Work(3, 2, D(2019, 1, 1), size: PositionSize.FromHoursPerWeek(3.75m)),         // 10 % → 10–20
                Work(4, 2, D(2019, 1, 1), end: D(2019, 6, 14), size: PositionSize.FromPercent(90m)), // ended the day before: not the job left into
                Work(5, 3, D(2019, 1, 1), size: PositionSize.FromPercent(20m)),                // left for treatment: not in the table
                Work(6, 4, D(2018, 6, 1), size: PositionSize.FromPercent(50m)),                // left before the period: not in the table
                Work(7, 5, D(2019, 1, 1), size: PositionSize.FromPercent(45m), subsidy: NavWageSubsidy.TimeLimited),
                Work(8, 5, D(2019, 2, 1), size: PositionSize.FromPercent(45m)),                // equal sizes: still once
            ]);

        var report = NavOutcomeCalculator.Calculate(programme, Period);

        Assert.Equal(PositionSizeCohort.PeopleLeftForWork, report.Options.PositionSizeCohort);
        Assert.Equal([0, 1, 0, 1, 0, 1], report.PositionSizeAtExit.Select(b => b.Jobs.Count));
        Assert.All(report.PositionSizeAtExit, b => Assert.Equal(3, b.Jobs.Denominator));

        // The other side of the rule: counting jobs, the treatment exit's job and both jobs of 1 and 5 count.
        var jobs = NavOutcomeCalculator.Calculate(programme, Period, options: new NavOutcomeOptions { PositionSizeCohort = PositionSizeCohort.JobsHeldAtExit });
        Assert.Equal([1, 1, 1, 2, 0, 1], jobs.PositionSizeAtExit.Select(b => b.Jobs.Count));
        Assert.Equal(PositionSizeCohort.JobsHeldAtExit, jobs.Options.PositionSizeCohort);
    }

    [Fact]
    public void Report_StampsTheOptions_DefaultsIncluded()
    {
        var report = NavOutcomeCalculator.Calculate(Programme("p", []), Period);

        Assert.Same(NavOutcomeOptions.Default, report.Options);
        Assert.Equal(FirstContactCohort.FirstContactInPeriod, report.Options.FirstContactCohort);
        Assert.Equal(PositionSizeCohort.PeopleLeftForWork, report.Options.PositionSizeCohort);
        Assert.Equal(ProgrammeEntry.Enrolment, report.Options.FirstContact.Entry);
    }

    [Theory]
    [InlineData(0.5, PositionSizeBand.Below10)]
    [InlineData(9.99, PositionSizeBand.Below10)]
    [InlineData(10, PositionSizeBand.From10To20)]
    [InlineData(19.99, PositionSizeBand.From10To20)]
    [InlineData(20, PositionSizeBand.From20To40)]
    [InlineData(40, PositionSizeBand.From40To60)]
    [InlineData(60, PositionSizeBand.From60To80)]
    [InlineData(79.99, PositionSizeBand.From60To80)]
    [InlineData(80, PositionSizeBand.From80To100)]
    [InlineData(100, PositionSizeBand.From80To100)]
    public void PositionSizeBands_LowerBoundInclusive(double percent, PositionSizeBand expected) =>
        Assert.Equal(expected, PositionSizeBands.Of(PositionSize.FromPercent((decimal)percent)));

    [Fact]
    public void PositionSizeBands_OnCallIsBelow10_AndHoursOverFullTimeAreTopBand()
    {
        Assert.Equal(PositionSizeBand.Below10, PositionSizeBands.Of(PositionSize.OnCall));

        // 45 h / 37.5 h = 120 % → top band.
        Assert.Equal(PositionSizeBand.From80To100, PositionSizeBands.Of(PositionSize.FromHoursPerWeek(45m)));

        // 30 h / 37.5 h = 80 % exactly → top band; 29.99 h = 79.97 % → 60–80.
        Assert.Equal(PositionSizeBand.From80To100, PositionSizeBands.Of(PositionSize.FromHoursPerWeek(30m)));
        Assert.Equal(PositionSizeBand.From60To80, PositionSizeBands.Of(PositionSize.FromHoursPerWeek(29.99m)));
    }

    [Fact]
    public void QuarterlyRate_CountsEachCalendarQuarterSeparately_AcrossTheBoundary()
    {
        // Period 2019-02-01..2019-04-30 overlaps Q1 (Jan–Mar, whole quarter counted) and Q2 (Apr–Jun, cut at 2019-04-30).
        var period = new DateInterval(D(2019, 2, 1), D(2019, 4, 30));
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1)),                              // active in Q1 and Q2
                Person(2, D(2018, 1, 1), ExitOn(D(2019, 3, 31))),      // exits on Q1's last day: Q1 only
                Person(3, D(2019, 4, 1)),                              // enrols on Q2's first day: Q2 only
                Person(4, D(2018, 1, 1)),                              // active in both, never works
            ],
            [
                Work(1, 1, D(2019, 3, 31), end: D(2019, 4, 1)),        // spans the boundary: working in Q1 and Q2
                Work(2, 2, D(2019, 1, 10), end: D(2019, 1, 20)),       // in Q1 (before the period, but the quarter is whole)
                Work(3, 3, D(2019, 4, 30)),                            // starts on the reference date: Q2
                Work(4, 4, D(2019, 5, 1)),                             // after the reference date: nowhere
            ]);

        var rates = NavOutcomeCalculator.Calculate(programme, period).QuarterlyEmploymentRates;

        Assert.Equal(2, rates.Length);

        // Q1: on caseloads 1, 2, 4 = 3; working 1, 2 = 2 → 2/3.
        Assert.Equal((2019, 1), (rates[0].Year, rates[0].Quarter));
        Assert.Equal(new CountShare(2, 3), rates[0].Rate);
        Assert.True(rates[0].IsComplete);

        // Q2 (2019-04-01..2019-04-30): on caseloads 1, 3, 4 = 3; working 1, 3 = 2 → 2/3.
        Assert.Equal((2019, 2), (rates[1].Year, rates[1].Quarter));
        Assert.Equal(new DateInterval(D(2019, 4, 1), D(2019, 6, 30)), rates[1].CalendarQuarter);
        Assert.Equal(new DateInterval(D(2019, 4, 1), D(2019, 4, 30)), rates[1].Window);
        Assert.False(rates[1].IsComplete);
        Assert.Equal(new CountShare(2, 3), rates[1].Rate);
    }

    [Fact]
    public void QuarterlyRate_IgnoresNonCompetitiveJobs_AndJobsOutsideTheParticipantsActiveDays()
    {
        var period = new DateInterval(D(2019, 1, 1), D(2019, 3, 31));
        var programme = Programme(
            "p",
            [
                Person(1, D(2018, 1, 1)),
                Person(2, D(2019, 2, 1)),
                Person(3, D(2018, 1, 1), ExitOn(D(2019, 1, 31))),
            ],
            [
                Work(1, 1, D(2019, 1, 1), ordinaryWage: false),    // not competitive
                Work(2, 2, D(2019, 1, 1), end: D(2019, 1, 31)),    // ends before enrolment
                Work(3, 3, D(2019, 2, 1)),                         // starts after exit
            ]);

        var rate = NavOutcomeCalculator.Calculate(programme, period).QuarterlyEmploymentRates.Single().Rate;

        // 3 on caseloads, none working in a competitive job while active: 0/3.
        Assert.Equal(new CountShare(0, 3), rate);
        Assert.Equal(0d, rate.Share);
    }

    [Fact]
    public void DaysToFirstContact_ByDefault_IsOverPeopleWhoseFirstContactFellInThePeriod()
    {
        var programme = Programme(
            "p",
            [
                Person(1, D(2019, 2, 1)),
                Person(2, D(2019, 2, 1)),
                Person(3, D(2019, 2, 1)),
                Person(4, D(2019, 2, 1)),
                Person(5, D(2019, 9, 1)),        // no contact yet: not in the default cohort
                Person(6, D(2018, 12, 1)),       // enrolled before the period, first contact in it: in the default cohort
                Person(7, D(2018, 11, 1)),       // first contact before the period: not in the default cohort
            ],
            contacts:
            [
                InPersonContact(D(2019, 2, 11), 1),                    // 10 days
                InPersonContact(D(2019, 3, 1), 1),                     // later: not the first
                InPersonContact(D(2019, 2, 5), 1, inPerson: false),    // by phone: ignored
                InPersonContact(D(2019, 2, 21), 2),                    // 20 days
                InPersonContact(D(2019, 3, 3), 3),                     // 30 days
                InPersonContact(D(2019, 3, 23), 4),                    // 50 days
                InPersonContact(D(2019, 2, 2), 6),                     // 63 days
                InPersonContact(D(2018, 12, 20), 7),
                InPersonContact(D(2019, 2, 1), 7),
            ]);

        var days = NavOutcomeCalculator.Calculate(programme, Period).DaysToFirstEmployerContact;

        // Cohort 1, 2, 3, 4, 6, all with a contact: 10, 20, 30, 50, 63 → median 30, mean 173 / 5 = 34.6.
        Assert.Equal(FirstContactCohort.FirstContactInPeriod, days.CohortDefinition);
        Assert.Equal(FirstContactOptions.Default, days.Options);
        Assert.Equal((5, 5, 0, 5, 30d), (days.Cohort, days.WithContact, days.WithoutContact, days.Measured, days.MedianDays));
        Assert.Equal(34.6d, days.MeanDays!.Value, 12);

        // The without-contact choice cannot change this cohort: nobody in it lacks a contact.
        var leaveOut = new NavOutcomeOptions { FirstContact = new FirstContactOptions { WithoutContact = ParticipantsWithoutContact.LeaveOut } };
        Assert.Equal(days with { Options = leaveOut.FirstContact }, NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, options: leaveOut));
    }

    [Fact]
    public void DaysToFirstContact_EnrolledInThePeriod_CountsDaysSoFarByDefault_OrLeavesThemOut()
    {
        var programme = Programme(
            "p",
            [
                Person(1, D(2019, 2, 1)),
                Person(2, D(2019, 2, 1)),
                Person(3, D(2019, 2, 1)),
                Person(4, D(2019, 2, 1)),
                Person(5, D(2019, 9, 1)),        // no contact yet
                Person(6, D(2018, 12, 1)),       // enrolled before the period: not in this cohort
            ],
            contacts:
            [
                InPersonContact(D(2019, 2, 11), 1),                    // 10 days
                InPersonContact(D(2019, 2, 21), 2),                    // 20 days
                InPersonContact(D(2019, 3, 3), 3),                     // 30 days
                InPersonContact(D(2019, 3, 23), 4),                    // 50 days
                InPersonContact(D(2019, 2, 2), 6),
            ]);
        var enrolled = new NavOutcomeOptions { FirstContactCohort = FirstContactCohort.EnrolledInPeriod };

        // Default: participant 5 adds 2019-09-30 − 2019-09-01 = 29 days: 10, 20, 29, 30, 50 → median 29, mean 139 / 5 = 27.8.
        var conservative = NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, options: enrolled);
        Assert.Equal((5, 4, 1, 5, 29d), (conservative.Cohort, conservative.WithContact, conservative.WithoutContact, conservative.Measured, conservative.MedianDays));
        Assert.Equal(27.8d, conservative.MeanDays!.Value, 12);

        // Leaving them out (the figure's old default): 10, 20, 30, 50 → median 25, mean 27.5.
        var leaveOut = enrolled with { FirstContact = new FirstContactOptions { WithoutContact = ParticipantsWithoutContact.LeaveOut } };
        Assert.Equal(
            new DaysToFirstEmployerContact(FirstContactCohort.EnrolledInPeriod, leaveOut.FirstContact, 5, 4, 1, 4, 25d, 27.5d),
            NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, options: leaveOut));
    }

    [Fact]
    public void DaysToFirstContact_IgnoresContactsAfterTheReferenceDate()
    {
        var programme = Programme("p", [Person(1, D(2019, 2, 1))], contacts: [InPersonContact(D(2019, 7, 1), 1)]);

        var days = NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, D(2019, 6, 30));
        Assert.Equal((0, 0, null), (days.Cohort, days.Measured, days.MedianDays));

        // Enrolled cohort: no contact by 2019-06-30, so 149 days so far.
        var enrolled = NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, D(2019, 6, 30), new NavOutcomeOptions { FirstContactCohort = FirstContactCohort.EnrolledInPeriod });
        Assert.Equal((1, 0, 1, 149d), (enrolled.Cohort, enrolled.WithContact, enrolled.WithoutContact, enrolled.MedianDays));
    }

    [Fact]
    public void DaysToFirstContact_FollowUpAndOtherContactsDoNotCount()
    {
        var followUp = EmployerContactOf(D(2019, 2, 5), 1, Ips.Core.Employers.ContactPurpose.FollowUpOfWorkingParticipant);
        var other = EmployerContactOf(D(2019, 2, 6), 1, Ips.Core.Employers.ContactPurpose.Other);
        var programme = Programme("p", [Person(1, D(2019, 2, 1))], contacts: [followUp, other, InPersonContact(D(2019, 2, 21), 1)]);

        Assert.Equal(20d, NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period).MedianDays);
    }

    [Fact]
    public void DaysToFirstContact_FromReferral_WhenEntryIsReferral()
    {
        var person = Participant.Create(Fixtures.P(1), D(2019, 1, 20), D(2019, 2, 1), ReferralSource.FromTeam(Team), phase: ParticipantPhase.JobSearch);
        var programme = Programme("p", [person], contacts: [InPersonContact(D(2019, 1, 25), 1), InPersonContact(D(2019, 2, 11), 1)]);

        // From enrolment (2019-02-01) the 01-25 contact is before entry: 10 days to 02-11. From referral (01-20): 5 days to 01-25.
        Assert.Equal(10d, NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period).MedianDays);
        var referral = new NavOutcomeOptions { FirstContact = new FirstContactOptions { Entry = ProgrammeEntry.Referral } };
        Assert.Equal(5d, NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Period, options: referral).MedianDays);
    }

    private static Ips.Core.Employers.EmployerContact EmployerContactOf(LocalDate date, int participant, Ips.Core.Employers.ContactPurpose purpose) =>
        Ips.Core.Employers.EmployerContact.Create(date, Fixtures.S(), Fixtures.E(), true, purpose, [Fixtures.P(participant)], participantPresent: false);

    [Fact]
    public void DaysToFirstContactBySite_GivesOneRowPerProgramme()
    {
        var a = Programme("site-a", [Person(1, D(2019, 2, 1))], contacts: [InPersonContact(D(2019, 2, 12), 1)]);
        var b = Programme("site-b", [Person(1, D(2019, 2, 1))], contacts: [InPersonContact(D(2019, 2, 20), 1)]);
        var c = Programme("site-c", []);

        var rows = NavOutcomeCalculator.DaysToFirstEmployerContactBySite([a, b, c], Period);

        Assert.Equal(["site-a", "site-b", "site-c"], rows.Select(r => r.Programme.Value));
        Assert.Equal([11d, 19d, null], rows.Select(r => r.Days.MedianDays));
        Assert.All(rows, r => Assert.Equal(Period, r.Period));
    }

    [Fact]
    public void Calculate_OverManyProgrammes_GivesOneReportEach()
    {
        var reports = NavOutcomeCalculator.Calculate([Programme("a", [Person(1, D(2019, 2, 1))]), Programme("b", [])], Period);

        Assert.Equal([1, 0], reports.Select(r => r.ActiveParticipants));
    }
}
