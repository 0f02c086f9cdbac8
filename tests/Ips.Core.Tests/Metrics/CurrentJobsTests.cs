using Ips.Core.Jobs;
using Ips.Core.Metrics;
using static Ips.Core.Tests.Metrics.MetricRecords;

namespace Ips.Core.Tests.Metrics;

public sealed class CurrentJobsTests
{
    private static readonly CompetitiveJobPolicy CountAll = CompetitiveJobPolicy.Create(WageSubsidyPolicy.CountAsCompetitive);

    private static readonly CompetitiveJobPolicy Never = CompetitiveJobPolicy.Create(WageSubsidyPolicy.NeverCompetitive);

    [Fact]
    public void JobEndingOnTheDate_IsCurrent_AndNotTheDayAfter()
    {
        var job = WorkFor(1, D(2026, 1, 1), end: D(2026, 3, 31));

        Assert.Equal(JobStanding.PermanentCompetitive, CurrentJobs.StandingOn(job, D(2026, 3, 31)));
        Assert.Equal(JobStanding.NotHeld, CurrentJobs.StandingOn(job, D(2026, 4, 1)));
    }

    [Fact]
    public void JobStartingOnTheDate_IsCurrent_AndNotTheDayBefore()
    {
        var job = WorkFor(1, D(2026, 3, 31));

        Assert.Equal(JobStanding.PermanentCompetitive, CurrentJobs.StandingOn(job, D(2026, 3, 31)));
        Assert.Equal(JobStanding.NotHeld, CurrentJobs.StandingOn(job, D(2026, 3, 30)));
    }

    [Theory]
    [InlineData(NavWageSubsidy.TimeLimited, WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, JobStanding.PermanentCompetitive)]
    [InlineData(NavWageSubsidy.Permanent, WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, JobStanding.Held)]
    [InlineData(NavWageSubsidy.TimeLimited, WageSubsidyPolicy.NeverCompetitive, JobStanding.Held)]
    [InlineData(NavWageSubsidy.Permanent, WageSubsidyPolicy.NeverCompetitive, JobStanding.Held)]
    [InlineData(NavWageSubsidy.Permanent, WageSubsidyPolicy.CountAsCompetitive, JobStanding.PermanentCompetitive)]
    [InlineData(NavWageSubsidy.None, WageSubsidyPolicy.NeverCompetitive, JobStanding.PermanentCompetitive)]
    public void WageSubsidyPolicy_DecidesWhetherASubsidisedJobIsCompetitive(NavWageSubsidy subsidy, WageSubsidyPolicy policy, JobStanding expected)
    {
        var job = WorkFor(1, D(2026, 1, 1), subsidy: subsidy);

        Assert.Equal(expected, CurrentJobs.StandingOn(job, D(2026, 2, 1), CompetitiveJobPolicy.Create(policy)));
    }

    [Fact]
    public void DefaultPolicy_IsUsedWhenNoneIsGiven()
    {
        var job = WorkFor(1, D(2026, 1, 1), subsidy: NavWageSubsidy.Permanent);

        Assert.Equal(JobStanding.Held, CurrentJobs.StandingOn(job, D(2026, 2, 1)));
        Assert.Equal(CurrentJobs.StandingOn(job, D(2026, 2, 1), CompetitiveJobPolicy.Default), CurrentJobs.StandingOn(job, D(2026, 2, 1), null));
    }

    [Theory]
    [InlineData(EmploymentForm.Permanent, JobStanding.PermanentCompetitive)]
    [InlineData(EmploymentForm.Seasonal, JobStanding.PermanentCompetitive)]
    [InlineData(EmploymentForm.TempAgency, JobStanding.PermanentCompetitive)]
    [InlineData(EmploymentForm.Temporary, JobStanding.Competitive)]
    [InlineData(EmploymentForm.ProgrammeOwnedTimeLimited, JobStanding.Held)]
    public void EmploymentForm_FollowsTheJobsPermanentCompetitiveRule(EmploymentForm form, JobStanding expected)
    {
        Assert.Equal(expected, CurrentJobs.StandingOn(WorkFor(1, D(2026, 1, 1), form: form), D(2026, 2, 1)));
    }

    [Fact]
    public void BelowOrdinaryWage_OrReservedJobs_AreHeldButNotCompetitive()
    {
        Assert.Equal(JobStanding.Held, CurrentJobs.StandingOn(WorkFor(1, D(2026, 1, 1), ordinaryWage: false), D(2026, 2, 1), CountAll));
        Assert.Equal(JobStanding.Held, CurrentJobs.StandingOn(WorkFor(2, D(2026, 1, 1), reserved: true), D(2026, 2, 1), CountAll));
    }

    [Fact]
    public void CountOn_CountsCurrentCompetitiveAndPermanentCompetitiveJobs()
    {
        Job[] jobs =
        [
            WorkFor(1, D(2026, 1, 1)),                                              // permanent-competitive
            WorkFor(2, D(2026, 1, 1), form: EmploymentForm.Temporary),              // competitive only
            WorkFor(3, D(2026, 1, 1), subsidy: NavWageSubsidy.Permanent),           // held only, by default
            WorkFor(4, D(2026, 1, 1), end: D(2026, 1, 31)),                         // ended before the date
            WorkFor(5, D(2026, 2, 2)),                                              // starts after the date
        ];

        Assert.Equal(new CurrentJobCounts(3, 2, 1), CurrentJobs.CountOn(jobs, D(2026, 2, 1)));
        Assert.Equal(new CurrentJobCounts(3, 3, 2), CurrentJobs.CountOn(jobs, D(2026, 2, 1), CountAll));
        Assert.Equal(new CurrentJobCounts(3, 2, 1), CurrentJobs.CountOn(jobs, D(2026, 2, 1), Never));
        Assert.Equal(new CurrentJobCounts(0, 0, 0), CurrentJobs.CountOn([], D(2026, 2, 1)));
    }

    [Fact]
    public void StandingOn_AgreesWithTheJobsOwnRules()
    {
        var job = WorkFor(1, D(2026, 1, 1), form: EmploymentForm.Temporary, subsidy: NavWageSubsidy.TimeLimited);
        var standing = CurrentJobs.StandingOn(job, D(2026, 2, 1), Never);

        Assert.Equal(job.IsActiveOn(D(2026, 2, 1)), standing >= JobStanding.Held);
        Assert.Equal(job.IsCompetitive(Never), standing >= JobStanding.Competitive);
        Assert.Equal(job.IsPermanentCompetitive(Never), standing == JobStanding.PermanentCompetitive);
    }

    [Fact]
    public void NullJob_IsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => CurrentJobs.StandingOn(null!, D(2026, 2, 1)));
    }
}
