using Ips.Core.Outcomes;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Outcomes;

public sealed class AgeBandsTests
{
    [Fact]
    public void Default_IsNavsStatisticsBands_WithABoundaryAt30()
    {
        Assert.Equal(["0-19", "20-24", "25-29", "30-39", "40-49", "50-59", "60+"], AgeBands.Default.Bands.Select(b => b.Code));
        Assert.Contains(30, AgeBands.Default.LowerBounds);
    }

    [Theory]
    [InlineData(0, "0-19")]
    [InlineData(19, "0-19")]
    [InlineData(20, "20-24")]
    [InlineData(24, "20-24")]
    [InlineData(29, "25-29")]
    [InlineData(30, "30-39")]
    [InlineData(59, "50-59")]
    [InlineData(60, "60+")]
    [InlineData(120, "60+")]
    public void BandOf_PutsEachAgeInExactlyOneBand_LowerBoundInclusive(int years, string code)
    {
        Assert.Equal(code, AgeBands.Default.BandOf(years).Code);
        Assert.Single(AgeBands.Default.Bands, b => b.Contains(years));
    }

    [Fact]
    public void Create_FromLowerBounds_GivesTheCallersBands()
    {
        var bands = AgeBands.Create(18, 25, 30, 40, 50);
        Assert.Equal(["0-17", "18-24", "25-29", "30-39", "40-49", "50+"], bands.Bands.Select(b => b.Code));
        Assert.Equal("18-24", bands.BandOf(18).Code);
        Assert.Equal("AgeBands(0-17, 18-24, 25-29, 30-39, 40-49, 50+)", bands.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => bands.BandOf(-1));
    }

    public static TheoryData<int[]> BadBounds() => new()
    {
        Array.Empty<int>(),
        new[] { 0 },
        new[] { 30, 20 },
        new[] { 20, 20 },
        new[] { 121 },
        Enumerable.Range(1, 21).ToArray(),
    };

    [Theory]
    [MemberData(nameof(BadBounds))]
    public void Create_BadBounds_FailWithCode(int[] bounds)
    {
        Assert.Equal(ErrorCodes.Outcomes.AgeBandsInvalid, Assert.Single(AgeBands.TryCreate(bounds).Errors).Code);
        Assert.Throws<DomainException>(() => AgeBands.Create(bounds));
    }

    [Fact]
    public void Create_NullBounds_FailWithCode() =>
        Assert.Equal(ErrorCodes.Outcomes.AgeBandsInvalid, Assert.Single(AgeBands.TryCreate(null!).Errors).Code);

    [Fact]
    public void Create_TheExtremeBounds_AreAllowed_Age1_Age120_AndTheMostBounds()
    {
        Assert.Equal(["0-0", "1+"], AgeBands.Create(1).Bands.Select(b => b.Code));
        Assert.Equal(["0-119", "120+"], AgeBands.Create(120).Bands.Select(b => b.Code));
        Assert.Equal(AgeBands.MaxBounds + 1, AgeBands.Create([.. Enumerable.Range(1, AgeBands.MaxBounds)]).Bands.Length);
    }
}
