using Ips.Core.Identity;
using Ips.Core.Specialists;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Specialists;

public sealed class EmploymentSpecialistBoundaryTests
{
    [Fact]
    public void Create_HoursAtZeroAndAtTheWeeklyMaximum_AreValid()
    {
        var specialist = EmploymentSpecialist.Create(Fixtures.S(), 1m, scheduledHoursPerWeek: 168m, communityHoursPerWeek: 0m);
        Assert.Equal(168m, specialist.ScheduledHoursPerWeek);
        Assert.Equal(0m, specialist.CommunityHoursPerWeek);
    }

    [Fact]
    public void Create_HoursAboveTheWeeklyMaximum_FailWithMessage()
    {
        var result = EmploymentSpecialist.TryCreate(Fixtures.S(), 1m, scheduledHoursPerWeek: 168.5m);
        var error = result.Errors.Single();
        Assert.Equal(ErrorCodes.Specialist.ScheduledHoursOutOfRange, error.Code);
        Assert.Equal("ScheduledHoursPerWeek", error.PropertyName);
        Assert.Equal("ScheduledHoursPerWeek 168.5 is out of range; hours per week must be between 0 and 168.", error.Message);

        var community = EmploymentSpecialist.TryCreate(Fixtures.S(), 1m, communityHoursPerWeek: 169m).Errors.Single();
        Assert.Equal(ErrorCodes.Specialist.CommunityHoursOutOfRange, community.Code);
        Assert.Equal("CommunityHoursPerWeek", community.PropertyName);
    }

    [Fact]
    public void Create_CommunityEqualToScheduled_IsValid()
    {
        Assert.Equal(30m, EmploymentSpecialist.Create(Fixtures.S(), 1m, scheduledHoursPerWeek: 30m, communityHoursPerWeek: 30m).CommunityHoursPerWeek);
    }

    [Fact]
    public void Create_CommunityWithoutScheduled_OrScheduledWithoutCommunity_IsValid()
    {
        Assert.Equal(10m, EmploymentSpecialist.Create(Fixtures.S(), 1m, communityHoursPerWeek: 10m).CommunityHoursPerWeek);
        Assert.Null(EmploymentSpecialist.Create(Fixtures.S(), 1m, scheduledHoursPerWeek: 10m).CommunityHoursPerWeek);
    }

    [Fact]
    public void Create_CommunityAboveScheduled_MessageGivesBothFigures()
    {
        var error = EmploymentSpecialist.TryCreate(Fixtures.S(), 1m, scheduledHoursPerWeek: 30m, communityHoursPerWeek: 30.5m).Errors.Single();
        Assert.Equal("CommunityHoursPerWeek", error.PropertyName);
        Assert.Equal("CommunityHoursPerWeek 30.5 exceeds ScheduledHoursPerWeek 30; community hours are part of scheduled hours.", error.Message);
    }

    [Fact]
    public void Create_SmallFte_IsValid_AndFteMessageIsExact()
    {
        Assert.Equal(0.01m, EmploymentSpecialist.Create(Fixtures.S(), 0.01m).Fte);
        var error = EmploymentSpecialist.TryCreate(Fixtures.S(), 0m).Errors.Single();
        Assert.Equal("Fte", error.PropertyName);
        Assert.Equal("Fte 0 is out of range; FTE devoted to IPS must be greater than 0 and at most 1.", error.Message);
    }

    [Fact]
    public void Create_DefaultIds_AreReportedPerProperty()
    {
        var result = EmploymentSpecialist.TryCreate(default, 1m, [TeamId.Create("t"), default], default(SupervisorId));
        Assert.Equal(["Id", "Teams[1]", "Supervisor"], result.Errors.Select(e => e.PropertyName));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.Identity.Missing, e.Code));
    }

    [Fact]
    public void Create_KeepsSupervisorAndNoTeamsWhenNoneGiven()
    {
        var specialist = EmploymentSpecialist.Create(Fixtures.S(), 1m, supervisor: SupervisorId.Create("sup"));
        Assert.Equal("sup", specialist.Supervisor!.Value.Value);
        Assert.Empty(specialist.Teams);
        Assert.Equal(Fixtures.S(), specialist.Id);
    }
}
