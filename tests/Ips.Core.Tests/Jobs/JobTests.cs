using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Jobs;

public sealed class JobTests
{
    private static readonly CompetitiveJobPolicy Policy = CompetitiveJobPolicy.Default;

    [Fact]
    public void IsCompetitive_OrdinaryPermanentJob_IsPermanentCompetitive()
    {
        var job = Fixtures.Job();
        Assert.True(job.IsCompetitive(Policy));
        Assert.True(job.IsPermanentCompetitive(Policy));
    }

    [Fact]
    public void IsCompetitive_BelowOrdinaryWage_IsNot() => Assert.False(Fixtures.Job(ordinaryWage: false).IsCompetitive(Policy));

    [Fact]
    public void IsCompetitive_ReservedForPeopleWithDisabilities_IsNot() => Assert.False(Fixtures.Job(reserved: true).IsCompetitive(Policy));

    [Fact]
    public void IsCompetitive_ProgrammeOwnedTimeLimited_IsNot() =>
        Assert.False(Fixtures.Job(form: EmploymentForm.ProgrammeOwnedTimeLimited).IsCompetitive(Policy));

    [Theory]
    [InlineData(EmploymentForm.Seasonal)]
    [InlineData(EmploymentForm.TempAgency)]
    [InlineData(EmploymentForm.Permanent)]
    public void IsPermanentCompetitive_SeasonalAndTempAgency_Count(EmploymentForm form)
    {
        Assert.True(Fixtures.Job(form: form).IsPermanentCompetitive(Policy));
    }

    [Fact]
    public void IsPermanentCompetitive_OrdinaryFixedTermJob_IsCompetitiveButNotPermanent()
    {
        var job = Fixtures.Job(form: EmploymentForm.Temporary);
        Assert.True(job.IsCompetitive(Policy));
        Assert.False(job.IsPermanentCompetitive(Policy));
    }

    [Theory]
    [InlineData(WageSubsidyPolicy.CountAsCompetitive, NavWageSubsidy.None, true)]
    [InlineData(WageSubsidyPolicy.CountAsCompetitive, NavWageSubsidy.TimeLimited, true)]
    [InlineData(WageSubsidyPolicy.CountAsCompetitive, NavWageSubsidy.Permanent, true)]
    [InlineData(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, NavWageSubsidy.None, true)]
    [InlineData(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, NavWageSubsidy.TimeLimited, true)]
    [InlineData(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, NavWageSubsidy.Permanent, false)]
    [InlineData(WageSubsidyPolicy.NeverCompetitive, NavWageSubsidy.None, true)]
    [InlineData(WageSubsidyPolicy.NeverCompetitive, NavWageSubsidy.TimeLimited, false)]
    [InlineData(WageSubsidyPolicy.NeverCompetitive, NavWageSubsidy.Permanent, false)]
    public void IsCompetitive_WageSubsidy_FollowsPolicySetting(WageSubsidyPolicy setting, NavWageSubsidy subsidy, bool expected)
    {
        var job = Fixtures.Job(subsidy: subsidy);
        Assert.Equal(expected, job.IsCompetitive(CompetitiveJobPolicy.Create(setting)));
        Assert.Equal(expected, job.IsPermanentCompetitive(CompetitiveJobPolicy.Create(setting)));
    }

    [Fact]
    public void DefaultPolicy_IsTimeLimitedCountsPermanentDoesNot()
    {
        Assert.Equal(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, CompetitiveJobPolicy.Default.WageSubsidy);
    }

    [Fact]
    public void Create_EndBeforeStart_Fails()
    {
        var ex = Assert.Throws<DomainException>(() => Fixtures.Job(end: Fixtures.Day.PlusDays(-1)));
        Assert.Equal(ErrorCodes.Job.EndBeforeStart, ex.Code);
    }

    [Fact]
    public void Create_EndReasonWithoutEnd_Fails()
    {
        var result = Job.TryCreate(JobId.Create("j"), Fixtures.P(1), Fixtures.E(), Fixtures.Cashier, Fixtures.Day, PositionSize.OnCall, true, EmploymentForm.Permanent, endReason: JobEndReason.Quit);
        Assert.Equal(ErrorCodes.Job.EndReasonWithoutEnd, result.Errors.Single().Code);
    }

    [Fact]
    public void EndOn_SetsEndAndReason_OriginalStillOngoing()
    {
        var job = Fixtures.Job();
        var ended = job.EndOn(Fixtures.Day.PlusDays(90), JobEndReason.LaidOffOrPositionEnded);
        Assert.Null(job.End);
        Assert.Equal(new DateInterval(Fixtures.Day, Fixtures.Day.PlusDays(90)), ended.Period);
        Assert.Equal(JobEndReason.LaidOffOrPositionEnded, ended.EndReason);
    }

    [Fact]
    public void IsActiveOn_StartAndEndInclusive()
    {
        var job = Fixtures.Job(end: Fixtures.Day.PlusDays(10));
        Assert.False(job.IsActiveOn(Fixtures.Day.PlusDays(-1)));
        Assert.True(job.IsActiveOn(Fixtures.Day));
        Assert.True(job.IsActiveOn(Fixtures.Day.PlusDays(10)));
        Assert.False(job.IsActiveOn(Fixtures.Day.PlusDays(11)));
    }

    [Fact]
    public void IsCurrent_UsesTheInjectedClock()
    {
        var job = Fixtures.Job(end: Fixtures.Day.PlusDays(10));
        var clock = new FakeClock(Instant.FromUtc(2024, 3, 5, 12, 0));
        Assert.True(job.IsCurrent(clock));
        clock.AdvanceDays(30);
        Assert.False(job.IsCurrent(clock));
    }
}
