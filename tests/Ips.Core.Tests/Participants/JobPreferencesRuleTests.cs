using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Participants;

public sealed class JobPreferencesRuleTests
{
    [Fact]
    public void Create_NullOccupations_IsEmpty_DescriptionKept()
    {
        var preferences = JobPreferences.Create(null, "Ute, gjerne med dyr");
        Assert.Empty(preferences.Occupations);
        Assert.Equal("Ute, gjerne med dyr", preferences.Description);
    }

    [Fact]
    public void Create_NullOccupation_IsNamedByIndex()
    {
        var error = JobPreferences.TryCreate([OccupationCode.Create("5223"), null!]).Errors.Single();
        Assert.Equal(ErrorCodes.General.Required, error.Code);
        Assert.Equal("Occupations[1]", error.PropertyName);
    }

    [Fact]
    public void Create_DescriptionRules()
    {
        Assert.Equal(2000, JobPreferences.Create(null, new string('x', 2000)).Description!.Length);
        var tooLong = JobPreferences.TryCreate(null, new string('x', 2001)).Errors.Single();
        Assert.Equal(ErrorCodes.General.TextTooLong, tooLong.Code);
        Assert.Equal("Description has 2001 characters; at most 2000 are allowed.", tooLong.Message);
        var blank = JobPreferences.TryCreate(null, "  ").Errors.Single();
        Assert.Equal(ErrorCodes.General.BlankText, blank.Code);
        Assert.Equal("Description must not be blank.", blank.Message);
        Assert.Throws<DomainException>(() => JobPreferences.Create(null, " "));
    }

    [Fact]
    public void Equality_DependsOnOccupationsInOrderAndDescription()
    {
        var a = OccupationCode.Create("5223");
        var b = OccupationCode.Create("9112");
        Assert.Equal(JobPreferences.Create([a, b], "x"), JobPreferences.Create([a, b], "x"));
        Assert.Equal(JobPreferences.Create([a, b], "x").GetHashCode(), JobPreferences.Create([a, b], "x").GetHashCode());
        Assert.NotEqual(JobPreferences.Create([a, b], "x"), JobPreferences.Create([b, a], "x"));
        Assert.NotEqual(JobPreferences.Create([a], "x"), JobPreferences.Create([a], "X"));
        Assert.NotEqual(JobPreferences.Create([a], "x").GetHashCode(), JobPreferences.Create([b], "x").GetHashCode());
        Assert.False(JobPreferences.Create([a]).Equals(null));
    }
}
