using Ips.Core.Benefits;
using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Participants.ParticipantInputs;

namespace Ips.Core.Tests.Participants;

public sealed class ParticipantInputValidatorCharacteristicsTests
{
    private readonly ParticipantInputValidator _validator = new(ParticipantInputs.Clock);

    private static ParticipantInput Exited => Valid with { Phase = ParticipantPhase.Exited, ExitDate = new LocalDate(2024, 5, 30), ExitReason = NavEndReason.WorkWithoutWageSubsidy, ExitStatus = ExitStatus.Working };

    private string[] Codes(ParticipantInput input) => [.. _validator.Validate(input).Errors.Select(e => e.ErrorCode)];

    [Fact]
    public void AllCharacteristicsGiven_AreValid()
    {
        var input = Exited with
        {
            NavMeasureCode = "IPSUNG",
            YearOfBirth = 2001,
            ReferringUnitId = "unit-7",
            ReferringUnitLabel = "Rusklinikken",
            GroupingTags = ["rus", "ung"],
            BenefitsAtEntry = NavBenefits.Aap | NavBenefits.SocialAssistance,
            BenefitsAtExit = NavBenefits.None,
        };
        Assert.Empty(Codes(input));
        Assert.Empty(Codes(Valid with { AgeAtEnrolment = 45 }));
    }

    public static TheoryData<string, string> Broken() => new()
    {
        { "measure", ErrorCodes.Participant.UnknownNavMeasure },
        { "age-negative", ErrorCodes.Participant.AgeOutOfRange },
        { "age-121", ErrorCodes.Participant.AgeOutOfRange },
        { "year-after-enrolment", ErrorCodes.Participant.AgeOutOfRange },
        { "age-and-year", ErrorCodes.Participant.AgeGivenTwice },
        { "unit-id", ErrorCodes.Identity.Invalid },
        { "label-without-id", ErrorCodes.Participant.ReferringUnitLabelWithoutId },
        { "label-blank", ErrorCodes.General.BlankText },
        { "label-long", ErrorCodes.General.TextTooLong },
        { "tags-11", ErrorCodes.Participant.TooManyGroupingTags },
        { "tag-bad", ErrorCodes.Participant.GroupingTagInvalid },
        { "tag-null", ErrorCodes.Participant.GroupingTagInvalid },
        { "tag-repeat", ErrorCodes.Participant.DuplicateGroupingTag },
        { "entry-full-graded", ErrorCodes.Participant.BenefitsFullAndGradedDisability },
        { "entry-undefined", ErrorCodes.General.UndefinedValue },
        { "exit-full-graded", ErrorCodes.Participant.BenefitsFullAndGradedDisability },
        { "exit-without-exit", ErrorCodes.Participant.BenefitsAtExitWithoutExit },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void EachRule_FailsWithItsCode_WithoutEchoingTheValue(string rule, string code)
    {
        const NavBenefits both = NavBenefits.DisabilityBenefitFull | NavBenefits.DisabilityBenefitGraded;
        var input = rule switch
        {
            "measure" => Valid with { NavMeasureCode = "SECRET-ID-123" },
            "age-negative" => Valid with { AgeAtEnrolment = -1 },
            "age-121" => Valid with { AgeAtEnrolment = 121 },
            "year-after-enrolment" => Valid with { YearOfBirth = 2025 },
            "age-and-year" => Valid with { AgeAtEnrolment = 23, YearOfBirth = 2001 },
            "unit-id" => Valid with { ReferringUnitId = "SECRET ID 123" },
            "label-without-id" => Valid with { ReferringUnitLabel = "SECRET TEXT" },
            "label-blank" => Valid with { ReferringUnitId = "u-1", ReferringUnitLabel = " " },
            "label-long" => Valid with { ReferringUnitId = "u-1", ReferringUnitLabel = "SECRET" + new string('x', 100) },
            "tags-11" => Valid with { GroupingTags = [.. Enumerable.Range(0, 11).Select(i => $"t{i}")] },
            "tag-bad" => Valid with { GroupingTags = ["ok", "SECRET TEXT"] },
            "tag-null" => Valid with { GroupingTags = [null] },
            "tag-repeat" => Valid with { GroupingTags = ["rus", "rus"] },
            "entry-full-graded" => Valid with { BenefitsAtEntry = both },
            "entry-undefined" => Valid with { BenefitsAtEntry = (NavBenefits)128 },
            "exit-full-graded" => Exited with { BenefitsAtExit = both },
            "exit-without-exit" => Valid with { BenefitsAtExit = NavBenefits.Aap },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        var errors = _validator.Validate(input).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.DoesNotContain("SECRET", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TagErrors_NameTheTagsPosition()
    {
        var error = Assert.Single(_validator.Validate(Valid with { GroupingTags = ["a", "b", "a"] }).Errors);
        Assert.Equal("GroupingTags[2]", error.PropertyName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(AgeAtEnrolment.MaxYears)]
    public void AgeAtEnrolment_AtEitherBound_IsValid(int age) => Assert.Empty(Codes(Valid with { AgeAtEnrolment = age }));

    [Fact]
    public void LabelWithoutUnitId_IsRefused_SayingALabelNamesAUnit()
    {
        var error = Assert.Single(_validator.Validate(Valid with { ReferringUnitLabel = "SECRET TEXT" }).Errors);

        Assert.Equal(("ReferringUnitLabel", "ReferringUnitLabel is given without a ReferringUnitId; a label names a unit."), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void TenTags_AreValid_AndElevenAreTheOnlyTagError_EvenWithBadOnes()
    {
        var ten = Enumerable.Range(0, EntryCharacteristics.MaxTags).Select(i => (string?)$"t{i}").ToList();

        Assert.Empty(Codes(Valid with { GroupingTags = ten }));
        var error = Assert.Single(_validator.Validate(Valid with { GroupingTags = [.. ten, "t0", null, "SECRET TEXT"] }).Errors);
        Assert.Equal((ErrorCodes.Participant.TooManyGroupingTags, "GroupingTags"), (error.ErrorCode, error.PropertyName));
    }
}
