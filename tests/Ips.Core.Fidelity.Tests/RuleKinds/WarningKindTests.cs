using System.Text.Json;
using Ips.Core.Fidelity.RuleKinds;

namespace Ips.Core.Fidelity.Tests.RuleKinds;

/// <summary>The plausibility-check kinds: registered once each, named as in JSON, and judging values at their limits as documented.</summary>
public sealed class WarningKindTests
{
    private static WarningDefinition Check(WarningKind kind, double? limit) => new() { Code = "Warning.Test", Kind = kind, Limit = limit };

    [Fact]
    public void EveryWarningKindValue_HasExactlyOneRegisteredKind_NamedAsInJson()
    {
        Assert.All(Enum.GetValues<WarningKind>(), kind => Assert.Single(RuleKindRegistry.WarningKinds, registered => registered.Kind == kind));
        Assert.Equal(Enum.GetValues<WarningKind>().Length, RuleKindRegistry.WarningKinds.Count);
        Assert.All(RuleKindRegistry.WarningKinds, kind => Assert.Equal("\"" + kind.Name + "\"", JsonSerializer.Serialize(kind.Kind)));
    }

    [Theory]
    [InlineData(0.0, false)]
    [InlineData(0.01, true)]
    [InlineData(0.92, true)]
    [InlineData(1.0, true)]
    [InlineData(1.01, false)]
    [InlineData(92.0, false)]
    public void LooksLikeFraction_WarnsAboveZeroUpToOne(double value, bool warns)
    {
        var kind = LooksLikeFractionWarningKind.Instance;
        Assert.Equal(warns, kind.Warns(value, kind.LimitFor(Check(WarningKind.LooksLikeFraction, null), 0)));
    }

    [Theory]
    [InlineData(40.0, false)]
    [InlineData(40.000001, true)]
    public void AboveLimit_WarnsOnlyAboveTheLimit(double value, bool warns)
    {
        var kind = AboveLimitWarningKind.Instance;
        Assert.Equal(warns, kind.Warns(value, kind.LimitFor(Check(WarningKind.AboveLimit, 40), 0)));
    }

    [Fact]
    public void AboveReviewPeriod_TakesThePeriodsLength_AndDoesNotApplyWithoutOne()
    {
        var kind = AboveReviewPeriodWarningKind.Instance;
        var check = Check(WarningKind.AboveReviewPeriod, null);

        Assert.Equal(184, kind.LimitFor(check, 184));
        Assert.True(double.IsNaN(kind.LimitFor(check, 0)));
        Assert.True(kind.Warns(185, 184));
        Assert.False(kind.Warns(184, 184));
    }

    [Theory]
    [InlineData("Weekly", "weekly")]
    [InlineData("WEEKLY", "weekly")]
    [InlineData("weekyl", "weekly")]
    [InlineData("wekly", "weekly")]
    [InlineData("monthy", "monthly")]
    [InlineData("fortnightly", null)]
    [InlineData("", null)]
    [InlineData("x", null)]
    public void NearMiss_SuggestsTheCloseId_OnlyWhenClose(string given, string? expected)
    {
        Assert.Equal(expected, NearMiss.Find(given, ["none", "monthly", "weekly"]));
    }

    [Fact]
    public void NearMiss_IgnoresInputLongerThanAnyId()
    {
        Assert.Null(NearMiss.Find(new string('w', 10_000), ["weekly"]));
    }
}
