using Ips.Core.Identity;
using Ips.Core.Specialists;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Specialists;

public sealed class EmploymentSpecialistTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("1.01")]
    [InlineData("-0.5")]
    public void Create_FteOutOfRange_FailsWithFteCode(string fte)
    {
        var result = EmploymentSpecialist.TryCreate(Fixtures.S(), decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ErrorCodes.Specialist.FteOutOfRange, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_FteOne_Succeeds()
    {
        Assert.Equal(1m, EmploymentSpecialist.Create(Fixtures.S(), 1m).Fte);
    }

    [Fact]
    public void Create_FteMessage_UsesInvariantDecimalPointUnderNorwegianCulture()
    {
        var message = EmploymentSpecialist.TryCreate(Fixtures.S(), 1.01m).Errors.Single().Message;
        Assert.Contains("1.01", message, StringComparison.Ordinal);
        Assert.Contains("Fte", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CommunityHoursAboveScheduled_Fails()
    {
        var result = EmploymentSpecialist.TryCreate(Fixtures.S(), 1m, scheduledHoursPerWeek: 30m, communityHoursPerWeek: 31m);
        Assert.Equal(ErrorCodes.Specialist.CommunityHoursExceedScheduled, result.Errors.Single().Code);
    }

    [Fact]
    public void Create_NegativeHours_Fails()
    {
        var result = EmploymentSpecialist.TryCreate(Fixtures.S(), 1m, scheduledHoursPerWeek: -1m, communityHoursPerWeek: -2m);
        Assert.Equal([ErrorCodes.Specialist.ScheduledHoursOutOfRange, ErrorCodes.Specialist.CommunityHoursOutOfRange], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Create_DuplicateTeams_KeepsEachOnceInOrder()
    {
        var specialist = EmploymentSpecialist.Create(Fixtures.S(), 0.5m, [TeamId.Create("b"), TeamId.Create("a"), TeamId.Create("b")], SupervisorId.Create("sup-1"), 37.5m, 20m);
        Assert.Equal(["b", "a"], specialist.Teams.Select(t => t.Value));
        Assert.Equal(20m, specialist.CommunityHoursPerWeek);
    }

    [Fact]
    public void ToString_PrintsNoIdentifier()
    {
        Assert.Equal("EmploymentSpecialist(***, FTE 0.5, 1 teams)", Fixtures.Specialist(0.5m).ToString());
    }
}
