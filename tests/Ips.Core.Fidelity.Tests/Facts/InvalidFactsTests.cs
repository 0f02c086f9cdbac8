using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Ips25;
using static Ips.Core.Fidelity.Tests.Review;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>Bad facts never throw: the item is invalid, with coded errors naming item, fact, value and rule.</summary>
public sealed partial class InvalidFactsTests
{
    public static TheoryData<int, FactEntry, string, string?, string> BadFacts => new()
    {
        { 1, C("activeParticipants", -3), FactErrorCodes.BelowMinimum, "-3", "at least 0" },
        { 1, NumberFact("fullTimeEquivalents", 0), FactErrorCodes.BelowMinimum, "0", "greater than 0" },
        { 1, NumberFact("fullTimeEquivalents", double.NaN), FactErrorCodes.NotANumber, "NaN", "a finite number" },
        { 1, NumberFact("fullTimeEquivalents", double.PositiveInfinity), FactErrorCodes.NotANumber, "Infinity", "a finite number" },
        { 1, NumberFact("activeParticipants", 2.5), FactErrorCodes.NotAWholeNumber, "2.5", "a whole number" },
        { 2, NumberFact("employmentServicesTimePercent", 101), FactErrorCodes.AboveMaximum, "101", "at least 0 and at most 100" },
        { 2, NumberFact("employmentServicesTimePercent", -0.5), FactErrorCodes.BelowMinimum, "-0.5", "at least 0 and at most 100" },
        { 15, NumberFact("meanDaysToFirstEmployerContact", double.NegativeInfinity), FactErrorCodes.NotANumber, "-Infinity", "a finite number" },
        { 5, E("teamContactPractices", "attendsWeeklyTeamMeeting", "bringsCake"), FactErrorCodes.UnknownElement, "bringsCake", "one of the elements" },
        { 5, E("teamContactPractices", "officeNearTeam", "officeNearTeam"), FactErrorCodes.DuplicateElement, "officeNearTeam", "each element given once" },
        { 9, L("exclusionPractice", "score5"), FactErrorCodes.UnknownLevel, "score5", "one of the levels" },
        { 9, NumberFact("exclusionPractice", 5), FactErrorCodes.WrongKind, "5", "a level value" },
        { 16, L("consistentWithJobSearchPlan", "yes"), FactErrorCodes.WrongKind, "yes", "a flag value" },
        { 2, NumberFact("timeOnIps", 90), FactErrorCodes.UnknownFact, "90", "a fact declared on the item: employmentServicesTimePercent" },
    };

    [Theory]
    [MemberData(nameof(BadFacts))]
    public void BadFact_GivesACodedErrorNamingItemFactValueAndRule(int item, FactEntry fact, string code, string? value, string rule)
    {
        var result = Item(item, fact);

        Assert.Equal(ItemStatus.Invalid, result.Status);
        Assert.Null(result.Score);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(item, error.Item);
        Assert.Equal(fact.Id, error.FactId);
        Assert.Equal(value, error.Value);
        Assert.Contains(rule, error.Rule, StringComparison.Ordinal);
        Assert.Contains("Item " + item.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + fact.Id + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralBadFacts_AreAllReported()
    {
        var result = Item(1, C("activeParticipants", -1), NumberFact("fullTimeEquivalents", 0));

        Assert.Equal([FactErrorCodes.BelowMinimum, FactErrorCodes.BelowMinimum], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void NegativeCount_ForASpecialist_NamesTheSpecialist()
    {
        var result = ForSpecialists(1, ("ES 7", [C("activeParticipants", -1), NumberFact("fullTimeEquivalents", 1)]));

        var error = Assert.Single(result.Errors);
        Assert.Equal("ES 7", error.Specialist);
        Assert.Contains("specialist 'ES 7'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(19, "distinctJobTypes", "Ratio.DistinctJobTypesExceedJobsHeld")]
    [InlineData(20, "distinctEmployers", "Ratio.DistinctEmployersExceedJobsHeld")]
    public void DistinctMoreThanJobs_IsAConsistencyError(int item, string distinct, string code)
    {
        var result = Item(item, C("jobsHeld", 10), C(distinct, 11));

        Assert.Equal(ItemStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Contains("jobsHeld=10", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void PermanentJobsMoreThanCurrentJobs_IsAConsistencyError()
    {
        var result = Item(21, C("currentJobs", 12), C("permanentCompetitiveJobs", 13));

        Assert.Equal("Ratio.PermanentJobsExceedCurrentJobs", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void DuplicateFactInOneSet_IsInvalid()
    {
        var result = Item(2, NumberFact("employmentServicesTimePercent", 90), NumberFact("employmentServicesTimePercent", 80));

        Assert.Equal(FactErrorCodes.DuplicateFact, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void BothProgrammeAndSpecialists_IsInvalid()
    {
        var facts = new ItemFacts
        {
            Item = 2,
            Programme = [NumberFact("employmentServicesTimePercent", 90)],
            Specialists = [new SpecialistFacts { Label = "ES 1", Facts = [NumberFact("employmentServicesTimePercent", 90)] }],
        };

        var result = Engine.Score(Raw(facts)).Item(2);

        Assert.Equal(ItemStatus.Invalid, result.Status);
        Assert.Equal(FactErrorCodes.BothProgrammeAndSpecialists, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void UnknownItemNumber_IsAnInputError_AndOtherItemsStillScore()
    {
        var review = Builder().Set(2, "employmentServicesTimePercent", FactValue.FromNumber(96)).Build() with { };
        review = review with { Items = review.Items.Add(ItemFacts.ForProgramme(26, NumberFact("x", 1))) };

        var report = Engine.Score(review);

        Assert.Equal(FactErrorCodes.UnknownItem, Assert.Single(report.InputErrors).Code);
        Assert.Equal(5, report.Item(2).Score);
    }

    [Fact]
    public void SameItemTwice_IsInvalid()
    {
        var review = Builder().Build() with { Items = [ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 96)), ItemFacts.ForProgramme(2, NumberFact("employmentServicesTimePercent", 50))] };

        var result = Engine.Score(review).Item(2);

        Assert.Equal(FactErrorCodes.DuplicateItem, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void NullReview_DoesNotThrow()
    {
        var report = Engine.Score(null!);

        Assert.Equal(FactErrorCodes.MissingReview, Assert.Single(report.InputErrors).Code);
        Assert.Equal(25, report.Items.Length);
    }

    [Fact]
    public void DefaultArraysAndNullEntries_DoNotThrow()
    {
        var review = Builder().Build() with
        {
            Items =
            [
                new ItemFacts { Item = 1, Programme = default, Specialists = default },
                new ItemFacts { Item = 2, Programme = [new FactEntry(null!, default)] },
                new ItemFacts { Item = 5, Programme = [new FactEntry("teamContactPractices", new FactValue { Kind = FactKind.Elements, Elements = [null!] })] },
                new ItemFacts { Item = 17, Specialists = [new SpecialistFacts { Label = "ES", Facts = default }] },
                new ItemFacts { Item = 16, Programme = [new FactEntry("contactsFollowingPreferencesPercent", new FactValue { Kind = FactKind.Number })] },
            ],
        };

        var report = Engine.Score(review);

        Assert.Equal(ItemStatus.NotRated, report.Item(1).Status);
        Assert.Equal(ItemStatus.Invalid, report.Item(2).Status);
        Assert.Equal(ItemStatus.Invalid, report.Item(5).Status);
        Assert.Equal(ItemStatus.NotRated, report.Item(17).Status);
        Assert.Equal(FactErrorCodes.WrongKind, Assert.Single(report.Item(16).Errors).Code);
    }

    [Fact]
    public void ExtremeNumbers_DoNotThrow()
    {
        var values = new[] { double.MaxValue, double.MinValue, double.Epsilon, 1e308, -0.0, long.MaxValue, 4.5e15 };
        foreach (var value in values)
        {
            for (var item = 1; item <= 25; item++)
            {
                foreach (var fact in Ips25Scale.Definition.FindItem(item)!.Facts)
                {
                    var result = Item(item, NumberFact(fact.Id, value));
                    Assert.NotNull(result);
                }
            }
        }

        // 10 participants on the smallest positive FTE overflows to infinity: not rated, with the reason, never a throw.
        var overflow = Item(1, C("activeParticipants", 10), NumberFact("fullTimeEquivalents", double.Epsilon));
        Assert.Equal(ItemStatus.NotRated, overflow.Status);
        Assert.NotNull(overflow.NotRatedReason);
    }
}
