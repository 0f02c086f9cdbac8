using FluentValidation.Results;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Facts;

/// <summary>
/// <see cref="ReviewFactsValidator"/>: one failure per problem, with the engine's code and rule, at a path that says
/// where in the review it is, and it rejects what the engine rejects. Most tests build it fresh (not the shared
/// <see cref="Ips25Scale.Validator"/>), so that building it is part of what they check.
/// </summary>
public sealed class ReviewFactsValidatorTests
{
    private static ValidationResult Validate(ReviewFacts facts) => new ReviewFactsValidator(Ips25Scale.LoadDefinition()).Validate(facts);

    private static ReviewFacts With(params ItemFacts[] items) =>
        new() { ProgrammeLabel = "Team Test", ReviewDate = Review.Date, Items = [.. items] };

    private static (ValidationFailure Failure, FactError Error) Single(ReviewFacts facts)
    {
        var result = Validate(facts);
        Assert.False(result.IsValid);
        var failure = Assert.Single(result.Errors);
        return (failure, Assert.IsType<FactError>(failure.CustomState));
    }

    [Fact]
    public void Constructor_RejectsANullScale() =>
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new ReviewFactsValidator(null!)).ParamName);

    [Fact]
    public void ValidFacts_Pass()
    {
        var facts = Review.Raw(ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 80)));
        Assert.True(Validate(facts).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingOrBlankProgrammeLabel_IsReported(string? label)
    {
        var result = Validate(new ReviewFacts { ProgrammeLabel = label!, ReviewDate = Review.Date });
        var failure = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.MissingProgrammeLabel, failure.ErrorCode);
        Assert.Equal("The programme label is missing or blank.", failure.ErrorMessage);
    }

    [Fact]
    public void BadProgrammeFact_IsReportedAtItsPath()
    {
        var (failure, error) = Single(With(ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 101))));
        Assert.Equal("items[0].facts.employmentServicesTimePercent", failure.PropertyName);
        Assert.Equal(FactErrorCodes.AboveMaximum, failure.ErrorCode);
        Assert.Equal(error.Message, failure.ErrorMessage);
    }

    [Fact]
    public void NullItemEntry_IsOneUnknownItemFailure()
    {
        var (failure, error) = Single(With([null!]));
        Assert.Equal("items[0]", failure.PropertyName);
        Assert.Equal(FactErrorCodes.UnknownItem, failure.ErrorCode);
        Assert.Equal(-1, error.Item);
        Assert.Equal("an item entry, not null", error.Rule);
    }

    [Fact]
    public void ItemNumberOutsideTheScale_IsOneFailureNamingTheNumber()
    {
        var (failure, error) = Single(With(ItemFacts.ForProgramme(26, Review.NumberFact("anything", 1))));
        Assert.Equal("items[0].item", failure.PropertyName);
        Assert.Equal(FactErrorCodes.UnknownItem, failure.ErrorCode);
        Assert.Equal("26", error.Value);
        Assert.Equal("an item number of the scale", error.Rule);
    }

    [Fact]
    public void ItemGivenTwice_IsOneFailureOnTheSecondEntry_WhoseFactsAreNotChecked()
    {
        var (failure, error) = Single(With(
            ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 80)),
            ItemFacts.ForProgramme(2, Review.NumberFact("employmentServicesTimePercent", 900))));
        Assert.Equal("items[1].item", failure.PropertyName);
        Assert.Equal(FactErrorCodes.DuplicateItem, failure.ErrorCode);
        Assert.Equal(2, error.Item);
        Assert.Equal("each item given once", error.Rule);
    }

    [Fact]
    public void ProgrammeAndSpecialistFacts_IsOneFailureOnTheItem_WhoseFactsAreNotChecked()
    {
        var item = new ItemFacts
        {
            Item = 2,
            Programme = [Review.NumberFact("employmentServicesTimePercent", 900)],
            Specialists = [new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", -5)] }],
        };
        var (failure, error) = Single(With(item));
        Assert.Equal("items[0]", failure.PropertyName);
        Assert.Equal(FactErrorCodes.BothProgrammeAndSpecialists, failure.ErrorCode);
        Assert.Equal("give programme facts or per-specialist facts, not both", error.Rule);
    }

    [Fact]
    public void SpecialistFactsOnAProgrammeItem_IsOneFailure_WhoseFactsAreNotChecked()
    {
        var item = ItemFacts.ForSpecialists(3, new SpecialistFacts { Label = "ES 1", Facts = [Review.L("referralPractice", "notALevel")] });
        var (failure, error) = Single(With(item));
        Assert.Equal("items[0].specialists", failure.PropertyName);
        Assert.Equal(FactErrorCodes.NotPerSpecialist, failure.ErrorCode);
        Assert.Equal("this item is rated for the programme as a whole; give programme facts", error.Rule);
    }

    [Fact]
    public void BadSpecialistFact_IsReportedUnderThatSpecialistsIndex()
    {
        var item = ItemFacts.ForSpecialists(
            2,
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] },
            new SpecialistFacts { Label = "ES 2", Facts = [Review.NumberFact("employmentServicesTimePercent", -5)] });
        var (failure, error) = Single(With(item));
        Assert.Equal("items[0].specialists[1].facts.employmentServicesTimePercent", failure.PropertyName);
        Assert.Equal(FactErrorCodes.BelowMinimum, failure.ErrorCode);
        Assert.Equal("ES 2", error.Specialist);
    }

    [Fact]
    public void FailuresWithoutAFact_NameTheProgrammeOrTheSpecialistsLabel()
    {
        // A broken constraint names no single fact.
        var (constraint, _) = Single(With(ItemFacts.ForProgramme(19, Review.C("jobsHeld", 3), Review.C("distinctJobTypes", 5))));
        Assert.Equal("items[0].facts", constraint.PropertyName);
        Assert.Equal("Ratio.DistinctJobTypesExceedJobsHeld", constraint.ErrorCode);

        // A specialist without a label is named by its index.
        var (label, _) = Single(With(ItemFacts.ForSpecialists(2, new SpecialistFacts { Label = "", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] })));
        Assert.Equal("items[0].specialists[0].label", label.PropertyName);
        Assert.Equal(FactErrorCodes.BadSpecialistLabel, label.ErrorCode);
    }

    [Fact]
    public void LabellessSpecialist_IsOneFailure_WhoseFactsAreNotChecked()
    {
        var (failure, error) = Single(With(ItemFacts.ForSpecialists(2, new SpecialistFacts { Label = "", Facts = [Review.NumberFact("employmentServicesTimePercent", -5)] })));

        Assert.Equal("items[0].specialists[0].label", failure.PropertyName);
        Assert.Equal("every specialist has a non-empty label", error.Rule);
    }

    [Fact]
    public void RepeatedLabel_IsOneFailurePerRepeat()
    {
        var facts = With(ItemFacts.ForSpecialists(
            2,
            new SpecialistFacts { Label = "ES", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] },
            new SpecialistFacts { Label = "ES", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] },
            new SpecialistFacts { Label = "ES", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] }));

        Assert.Equal(["items[0].specialists[1].label", "items[0].specialists[2].label"], Validate(facts).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void BadFactsOfTwoSpecialists_AreEachReportedOnce_UnderTheirOwnIndex()
    {
        var facts = With(ItemFacts.ForSpecialists(
            2,
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", -5)] },
            new SpecialistFacts { Label = "ES 2", Facts = [Review.NumberFact("employmentServicesTimePercent", 105)] }));

        Assert.Equal(
            ["items[0].specialists[0].facts.employmentServicesTimePercent", "items[0].specialists[1].facts.employmentServicesTimePercent"],
            Validate(facts).Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void FactOfAKindTheEngineDoesNotKnow_AcceptsNoValue()
    {
        // Only a definition built in code can declare such a fact; the validator then rejects every value for it.
        var scale = Ips25Scale.LoadDefinition();
        var index = scale.Items.IndexOf(scale.FindItem(4)!);
        var item = scale.Items[index];
        var facts = item.Facts.Select(f => f.Id == "cliniciansOrganisedInTeams" ? f with { Kind = (FactKind)99 } : f);
        var odd = scale with { Items = scale.Items.SetItem(index, item with { Facts = [.. facts] }) };

        var result = new ReviewFactsValidator(odd).Validate(Review.Raw(ItemFacts.ForProgramme(4, Review.F("cliniciansOrganisedInTeams", true))));
        var failure = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.WrongKind, failure.ErrorCode);
        Assert.Equal("a known kind", Assert.IsType<FactError>(failure.CustomState).Rule);
    }

    [Fact]
    public void Validator_DuplicateSpecialistLabel_IsNamedAtTheSecondSpecialist()
    {
        var item = ItemFacts.ForSpecialists(
            2,
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 80)] },
            new SpecialistFacts { Label = "ES 1", Facts = [Review.NumberFact("employmentServicesTimePercent", 90)] });

        var result = Ips25Scale.Validator.Validate(Review.Builder().Build() with { Items = [item] });

        var failure = Assert.Single(result.Errors);
        Assert.Equal("items[0].specialists[1].label", failure.PropertyName);
        Assert.Equal(FactErrorCodes.BadSpecialistLabel, failure.ErrorCode);
        Assert.Equal("specialist labels are unique within an item", ((FactError)failure.CustomState).Rule);
    }

    // Regression (found by the reliability suite's validator-agreement property): the validator skipped a null Items entry the engine reports as Item.UnknownItem.
    [Fact]
    public void NullItemEntry_IsRejectedByTheValidator_AsTheEngineReportsIt()
    {
        var facts = new ReviewFacts
        {
            ProgrammeLabel = "Team Nord",
            ReviewDate = new LocalDate(2026, 10, 1),
            Items = [ItemFacts.ForProgramme(2, new FactEntry("employmentServicesTimePercent", FactValue.FromNumber(80))), null!],
        };

        var result = Ips25Scale.Validator.Validate(facts);
        var report = Ips25Scale.Engine.Score(facts);

        Assert.Contains(report.InputErrors, e => e.Code == FactErrorCodes.UnknownItem);
        var failure = Assert.Single(result.Errors);
        Assert.Equal(FactErrorCodes.UnknownItem, failure.ErrorCode);
        Assert.Equal("items[1]", failure.PropertyName);
    }

    public static TheoryData<string?, string?> BadLabels => new()
    {
        { string.Empty, "ES-2" },
        { null, "ES-2" },
        { "ES-1", "ES-1" },
    };

    // Regression (found by the reliability suite's validator-agreement property): the validator accepted empty, null and duplicate specialist labels the engine rejects.
    [Theory]
    [MemberData(nameof(BadLabels))]
    public void BadSpecialistLabel_IsRejectedByTheValidator_AsByTheEngine(string? first, string? second)
    {
        SpecialistFacts Specialist(string? label) => new()
        {
            Label = label!,
            Facts = [new FactEntry("employmentServicesTimePercent", FactValue.FromNumber(80))],
        };
        var facts = new ReviewFacts
        {
            ProgrammeLabel = "Team Nord",
            ReviewDate = new LocalDate(2026, 10, 1),
            Items = [ItemFacts.ForSpecialists(2, Specialist(first), Specialist(second))],
        };

        var item = Ips25Scale.Engine.Score(facts).Item(2);
        var result = Ips25Scale.Validator.Validate(facts);

        Assert.Equal(ItemStatus.Invalid, item.Status);
        Assert.Contains(item.Errors, e => e.Code == FactErrorCodes.BadSpecialistLabel);
        Assert.Contains(result.Errors, f => f.ErrorCode == FactErrorCodes.BadSpecialistLabel);
    }
}
