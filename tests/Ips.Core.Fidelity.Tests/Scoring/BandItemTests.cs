using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>
/// Items scored by numeric bands (the spec's thresholds, shared/spec/ips-fidelity-scale.md): both sides of every
/// boundary, with rounding where the scale has gaps.
/// </summary>
public sealed class BandItemTests
{
    /// <summary>
    /// Scores one item with an engine loaded and compiled inside the test, not the process-wide
    /// <see cref="Ips25Scale.Engine"/>: loading, validating and compiling the scale are part of what each case pins
    /// (a mutation-testing run switches its mutant on after <see cref="Ips25Scale.Engine"/> was compiled).
    /// </summary>
    private static ItemResult Item(int item, params FactEntry[] facts) => new FidelityEngine(Ips25Scale.LoadDefinition()).Score(item, facts);

    [Theory]
    [InlineData(20, 1.0, 5)]
    [InlineData(21, 1.0, 4)]
    [InlineData(25, 1.0, 4)]
    [InlineData(26, 1.0, 3)]
    [InlineData(30, 1.0, 3)]
    [InlineData(31, 1.0, 2)]
    [InlineData(40, 1.0, 2)]
    [InlineData(41, 1.0, 1)]
    [InlineData(10, 0.5, 5)]
    [InlineData(0, 1.0, 5)]
    [InlineData(41, 2.0, 4)]
    [InlineData(40, 2.0, 5)]
    [InlineData(41, 0.5, 1)]
    [InlineData(205, 10.0, 4)]
    [InlineData(204, 10.0, 5)]
    [InlineData(410, 10.0, 1)]
    [InlineData(405, 10.0, 1)] // 40.5 rounds half away from zero to 41
    [InlineData(404, 10.0, 2)]
    [InlineData(310, 10.0, 2)]
    [InlineData(300, 10.0, 3)]
    [InlineData(260, 10.0, 3)]
    [InlineData(250, 10.0, 4)]
    [InlineData(210, 10.0, 4)]
    [InlineData(200, 10.0, 5)]
    [InlineData(0, 10.0, 5)]
    public void CaseloadSize_ParticipantsPerFullTimeSpecialist(long participants, double fte, int expected)
    {
        var result = Item(1, C("activeParticipants", participants), NumberFact("fullTimeEquivalents", fte));

        Assert.Equal(ItemStatus.Rated, result.Status);
        Assert.Equal(expected, result.Score);
        Assert.Equal(participants / fte, result.MeasuredValue);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(59, 1)]
    [InlineData(59.4, 1)]
    [InlineData(59.5, 2)]
    [InlineData(60, 2)]
    [InlineData(74, 2)]
    [InlineData(75, 3)]
    [InlineData(89, 3)]
    [InlineData(90, 4)]
    [InlineData(95, 4)]
    [InlineData(95.4, 4)]
    [InlineData(95.5, 5)]
    [InlineData(96, 5)]
    [InlineData(100, 5)]
    public void EmploymentServicesStaff_TimeOnIps(double percent, int expected) =>
        Assert.Equal(expected, Item(2, NumberFact("employmentServicesTimePercent", percent)).Score);

    // Policy 1's tolerance: before rounding to a whole number a value is rounded to 9 decimals, so binary noise just
    // under a half (74.4999999996 %, 10 decimals) rounds up like the half it stands for, while a value that is
    // under the half at 9 decimals (74.499999999 %) still rounds down.
    [Theory]
    [InlineData(74.4999999996, 3)]
    [InlineData(74.499999999, 2)]
    [InlineData(95.4999999996, 5)]
    [InlineData(95.499999999, 4)]
    public void RoundingTolerance_NineDecimals_DecideBothSidesOfTheHalf(double percent, int expected) =>
        Assert.Equal(expected, Item(2, NumberFact("employmentServicesTimePercent", percent)).Score);

    [Fact]
    public void RoundingTolerance_IsStatedInPolicyOne_InEveryLanguage()
    {
        var policy = Ips25Scale.Definition.Policies.Single(p => p.Id == "roundingToAnchors");

        Assert.Contains("9 desimaler", policy.Text.Get(Ips25Scale.Norwegian), StringComparison.Ordinal);
        Assert.Contains("9 decimal places", policy.Text.Get(Ips25Scale.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(30, 5)]
    [InlineData(30.4, 5)]
    [InlineData(30.5, 4)]
    [InlineData(31, 4)]
    [InlineData(60, 4)]
    [InlineData(61, 3)]
    [InlineData(150, 3)]
    [InlineData(151, 2)]
    [InlineData(270, 2)]
    [InlineData(271, 1)]
    [InlineData(1000, 1)]
    public void RapidJobSearch_DaysToFirstEmployerContact_WhenTracked(double days, int expected) =>
        Assert.Equal(expected, Item(15, NumberFact("meanDaysToFirstEmployerContact", days), F("employerContactsTracked", true)).Score);

    [Theory]
    [InlineData(30, 4, true)]
    [InlineData(31, 4, false)]
    [InlineData(200, 2, false)]
    public void RapidJobSearch_WithoutTracking_IsCappedAt4(double days, int expected, bool capApplied)
    {
        var result = Item(15, NumberFact("meanDaysToFirstEmployerContact", days), F("employerContactsTracked", false));

        Assert.Equal(expected, result.Score);
        Assert.Equal(capApplied, !result.Modifiers.IsEmpty);
        if (capApplied)
        {
            var cap = Assert.Single(result.Modifiers);
            Assert.Equal((5, 4), (cap.ScoreBefore, cap.ScoreAfter));
            Assert.Contains("not tracked", cap.Reason.Get(Ips25Scale.English), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, true, 1)]
    [InlineData(24, true, 1)]
    [InlineData(24.4, true, 1)]
    [InlineData(24.5, true, 2)]
    [InlineData(25, true, 2)]
    [InlineData(49, true, 2)]
    [InlineData(50, true, 3)]
    [InlineData(74, true, 3)]
    [InlineData(75, true, 4)]
    [InlineData(89, true, 4)]
    [InlineData(90, true, 5)]
    [InlineData(100, true, 5)]
    [InlineData(90, false, 3)]
    [InlineData(75, false, 3)]
    [InlineData(50, false, 3)]
    [InlineData(49, false, 2)]
    public void IndividualisedJobSearch_PreferencesAndPlan(double percent, bool plan, int expected) =>
        Assert.Equal(expected, Item(16, NumberFact("contactsFollowingPreferencesPercent", percent), F("consistentWithJobSearchPlan", plan)).Score);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(30, 1)]
    [InlineData(30.4, 1)]
    [InlineData(30.5, 2)]
    [InlineData(31, 2)]
    [InlineData(39, 2)]
    [InlineData(40, 3)]
    [InlineData(49, 3)]
    [InlineData(50, 4)]
    [InlineData(64, 4)]
    [InlineData(64.5, 5)]
    [InlineData(65, 5)]
    [InlineData(100, 5)]
    public void CommunityBasedServices_ShareOfHoursInTheCommunity(double percent, int expected) =>
        Assert.Equal(expected, Item(24, NumberFact("communityHoursPercent", percent)).Score);
}
