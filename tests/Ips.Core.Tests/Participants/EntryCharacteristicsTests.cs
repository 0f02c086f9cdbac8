using Ips.Core.Benefits;
using Ips.Core.Identity;
using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Fixtures;

namespace Ips.Core.Tests.Participants;

public sealed class EntryCharacteristicsTests
{
    [Fact]
    public void NavMeasure_HasNavsTwoIpsMeasures_ByExactCode()
    {
        Assert.Same(NavMeasure.Ips, NavMeasure.FromCode("INDJOBSTOT"));
        Assert.Same(NavMeasure.IpsUng, NavMeasure.FromCode("IPSUNG"));
        Assert.Equal("Individuell jobbstøtte (IPS)", NavMeasure.Ips.NorwegianName);
        Assert.Equal("Individuell karrierestøtte (IPS Ung)", NavMeasure.IpsUng.NorwegianName);
        Assert.Equal("IPSUNG", NavMeasure.IpsUng.ToString());
        Assert.Equal([NavMeasure.Ips, NavMeasure.IpsUng], NavMeasure.All);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ipsung")]
    [InlineData("IPS")]
    [InlineData("SECRET-ID-123")]
    public void NavMeasure_UnknownCode_FailsWithCode_WithoutEchoingIt(string? code)
    {
        var error = Assert.Single(NavMeasure.TryFromCode(code).Errors);
        Assert.Equal(ErrorCodes.Participant.UnknownNavMeasure, error.Code);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => NavMeasure.FromCode(code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(120)]
    public void AgeAtEnrolment_FromAge_AcceptsZeroTo120(int years)
    {
        var age = AgeAtEnrolment.FromAge(years);
        Assert.Equal(years, age.Years);
        Assert.Equal(AgeBasis.GivenAge, age.Basis);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    [InlineData(int.MinValue)]
    public void AgeAtEnrolment_OutOfRange_FailsWithCode(int years) =>
        Assert.Equal(ErrorCodes.Participant.AgeOutOfRange, Assert.Single(AgeAtEnrolment.TryFromAge(years).Errors).Code);

    [Fact]
    public void AgeAtEnrolment_FromYearOfBirth_IsTheEnrolmentYearMinusTheYearOfBirth()
    {
        // Born some day in 2000, enrolled in January 2024: 24 years is the age reached during 2024.
        var age = AgeAtEnrolment.FromYearOfBirth(2000, new LocalDate(2024, 1, 15));
        Assert.Equal(24, age.Years);
        Assert.Equal(AgeBasis.YearOfBirth, age.Basis);
        Assert.Equal(0, AgeAtEnrolment.FromYearOfBirth(2024, new LocalDate(2024, 12, 31)).Years);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(1903)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void AgeAtEnrolment_ImpossibleYearOfBirth_FailsWithCode(int year) =>
        Assert.Equal(ErrorCodes.Participant.AgeOutOfRange, Assert.Single(AgeAtEnrolment.TryFromYearOfBirth(year, new LocalDate(2024, 1, 15)).Errors).Code);

    [Fact]
    public void AgeAtEnrolment_UndefinedBasis_FailsWithCode() =>
        Assert.Equal(ErrorCodes.General.UndefinedValue, Assert.Single(AgeAtEnrolment.TryCreate(30, (AgeBasis)9).Errors).Code);

    [Fact]
    public void ReferringUnit_NeverPrintsItsIdOrLabel()
    {
        var unit = ReferringUnit.Create(ReferringUnitId.Create("SECRET-ID-123"), "SECRET TEXT Rusklinikken");
        Assert.Equal("ReferringUnit(***)", unit.ToString());
        Assert.Equal("ReferringUnitId(***)", unit.Id.ToString());
        Assert.Equal("SECRET TEXT Rusklinikken", unit.Label);
        Assert.DoesNotContain("SECRET", EntryCharacteristics.Create(referringUnit: unit).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReferringUnit_BadIdOrLabel_FailsWithCodes_WithoutEchoingThem()
    {
        Assert.Equal(ErrorCodes.Identity.Invalid, Assert.Single(ReferringUnitId.TryCreate("SECRET ID").Errors).Code);
        Assert.Equal(ErrorCodes.Identity.Missing, Assert.Single(ReferringUnit.TryCreate(default).Errors).Code);
        var blank = Assert.Single(ReferringUnit.TryCreate(ReferringUnitId.Create("u-1"), "  ").Errors);
        Assert.Equal(ErrorCodes.General.BlankText, blank.Code);
        var tooLong = Assert.Single(ReferringUnit.TryCreate(ReferringUnitId.Create("u-1"), "SECRET" + new string('x', 95)).Errors);
        Assert.Equal(ErrorCodes.General.TextTooLong, tooLong.Code);
        Assert.DoesNotContain("SECRET", tooLong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rus")]
    [InlineData("pilot-2019")]
    [InlineData("A.b_c-9")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void GroupingTag_AcceptsUpTo32OfTheCharset(string value) => Assert.Equal(value, GroupingTag.Create(value).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("rus|ung")]
    [InlineData("ung voksne")]
    [InlineData("særskilt")]
    [InlineData("a,b")]
    public void GroupingTag_Malformed_FailsWithCode_WithoutEchoingIt(string? value)
    {
        var error = Assert.Single(GroupingTag.TryCreate(value).Errors);
        Assert.Equal(ErrorCodes.Participant.GroupingTagInvalid, error.Code);
        if (!string.IsNullOrEmpty(value))
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EntryCharacteristics_Tags_AreBoundedDistinctAndNotDefault()
    {
        var ten = Enumerable.Range(0, 10).Select(i => GroupingTag.Create($"t{i}")).ToList();
        Assert.Equal(10, EntryCharacteristics.Create(tags: ten).Tags.Length);
        Assert.Equal(ErrorCodes.Participant.TooManyGroupingTags, Assert.Single(EntryCharacteristics.TryCreate(tags: [.. ten, GroupingTag.Create("t10")]).Errors).Code);
        var duplicate = Assert.Single(EntryCharacteristics.TryCreate(tags: [GroupingTag.Create("rus"), GroupingTag.Create("ung"), GroupingTag.Create("rus")]).Errors);
        Assert.Equal((ErrorCodes.Participant.DuplicateGroupingTag, "Tags[2]"), (duplicate.Code, duplicate.PropertyName));
        Assert.Equal(ErrorCodes.Participant.GroupingTagInvalid, Assert.Single(EntryCharacteristics.TryCreate(tags: [default(GroupingTag)]).Errors).Code);
        // Tags compare ordinally: case differs, so two tags.
        Assert.Equal(2, EntryCharacteristics.Create(tags: [GroupingTag.Create("Rus"), GroupingTag.Create("rus")]).Tags.Length);
    }

    [Theory]
    [InlineData(NavBenefits.None)]
    [InlineData(NavBenefits.Aap | NavBenefits.SocialAssistance)]
    [InlineData(NavBenefits.DisabilityBenefitGraded | NavBenefits.Other)]
    [InlineData(NavBenefits.QualificationProgramme)]
    public void Benefits_AnyCombinationButFullWithGraded_IsAccepted(NavBenefits benefits)
    {
        Assert.Equal(benefits, EntryCharacteristics.Create(benefitsAtEntry: benefits).BenefitsAtEntry);
        Assert.Equal(benefits, ParticipantExit.Create(Day, NavEndReason.Other, ExitStatus.Unresolved, benefits).BenefitsAtExit);
    }

    [Fact]
    public void Benefits_FullAndGradedDisability_OrUndefinedFlags_FailWithCodes()
    {
        const NavBenefits both = NavBenefits.DisabilityBenefitFull | NavBenefits.DisabilityBenefitGraded;
        Assert.Equal(ErrorCodes.Participant.BenefitsFullAndGradedDisability, Assert.Single(EntryCharacteristics.TryCreate(benefitsAtEntry: both).Errors).Code);
        var exit = Assert.Single(ParticipantExit.TryCreate(Day, NavEndReason.Other, ExitStatus.Unresolved, both).Errors);
        Assert.Equal((ErrorCodes.Participant.BenefitsFullAndGradedDisability, "BenefitsAtExit"), (exit.Code, exit.PropertyName));
        Assert.Equal(ErrorCodes.General.UndefinedValue, Assert.Single(EntryCharacteristics.TryCreate(benefitsAtEntry: (NavBenefits)64).Errors).Code);
    }

    [Fact]
    public void ParticipantExit_WithoutBenefits_HasThemNotRecorded()
    {
        Assert.Null(ParticipantExit.Create(Day, NavEndReason.Other, ExitStatus.Unresolved).BenefitsAtExit);
        Assert.NotEqual(ParticipantExit.Create(Day, NavEndReason.Other, ExitStatus.Unresolved), ParticipantExit.Create(Day, NavEndReason.Other, ExitStatus.Unresolved, NavBenefits.None));
    }

    [Fact]
    public void Participant_HasNoCharacteristicsUnlessSet_AndWithCharacteristicsKeepsTheRest()
    {
        var participant = Participant(1);
        Assert.Same(EntryCharacteristics.None, participant.Characteristics);
        Assert.True(participant.Characteristics.IsEmpty);

        var characteristics = EntryCharacteristics.Create(NavMeasure.IpsUng, AgeAtEnrolment.FromAge(22), ReferringUnit.Create(ReferringUnitId.Create("u-1"), "Rusklinikken"), [GroupingTag.Create("rus")], NavBenefits.Aap);
        var exited = participant.Exit(ParticipantExit.Create(Day.PlusDays(30), NavEndReason.WorkWithoutWageSubsidy, ExitStatus.Working, NavBenefits.None));
        var tagged = exited.WithCharacteristics(characteristics);

        Assert.Same(characteristics, tagged.Characteristics);
        Assert.Same(exited.ExitRecord, tagged.ExitRecord);
        Assert.Equal((exited.Id, exited.Phase, exited.EnrolmentDate), (tagged.Id, tagged.Phase, tagged.EnrolmentDate));
        Assert.Same(EntryCharacteristics.None, exited.Characteristics);
        // Later transitions keep the characteristics.
        Assert.Same(characteristics, participant.WithCharacteristics(characteristics).ChangePhase(ParticipantPhase.Working).Characteristics);
        Assert.Throws<ArgumentNullException>(() => participant.WithCharacteristics(null!));
    }

    [Fact]
    public void EntryCharacteristics_EqualByValue_TagsInOrder()
    {
        EntryCharacteristics Make(params string[] tags) => EntryCharacteristics.Create(NavMeasure.Ips, AgeAtEnrolment.FromAge(30), tags: tags.Select(GroupingTag.Create));
        Assert.Equal(Make("a", "b"), Make("a", "b"));
        Assert.Equal(Make("a", "b").GetHashCode(), Make("a", "b").GetHashCode());
        Assert.NotEqual(Make("a", "b"), Make("b", "a"));
        Assert.NotEqual(Make("a"), EntryCharacteristics.Create(NavMeasure.IpsUng, AgeAtEnrolment.FromAge(30), tags: [GroupingTag.Create("a")]));
    }

    [Fact]
    public void EntryCharacteristics_ToString_ShowsWhatIsRecorded_WithoutTheUnitOrTags()
    {
        var full = EntryCharacteristics.Create(
            NavMeasure.IpsUng,
            AgeAtEnrolment.FromAge(24),
            ReferringUnit.Create(ReferringUnitId.Create("SECRET-ID-123"), "SECRET TEXT"),
            [GroupingTag.Create("rus"), GroupingTag.Create("pilot")],
            NavBenefits.Aap);

        Assert.Equal("EntryCharacteristics(IPSUNG, age 24, referring unit ***, 2 tags, benefits Aap)", full.ToString());
        Assert.Equal("EntryCharacteristics(no measure, no age, no referring unit, 0 tags, benefits not recorded)", EntryCharacteristics.None.ToString());
        Assert.Equal("EntryCharacteristics(INDJOBSTOT, no age, no referring unit, 0 tags, benefits None)", EntryCharacteristics.Create(NavMeasure.Ips, benefitsAtEntry: NavBenefits.None).ToString());
    }

    [Fact]
    public void EntryCharacteristics_TooManyTags_IsTheOnlyTagError_EvenWithRepeats()
    {
        var eleven = Enumerable.Range(0, 10).Select(i => GroupingTag.Create($"t{i}")).Append(GroupingTag.Create("t0"));

        var error = Assert.Single(EntryCharacteristics.TryCreate(tags: eleven).Errors);

        Assert.Equal((ErrorCodes.Participant.TooManyGroupingTags, "Tags", "Tags has more than 10 grouping tags; at most 10 are allowed."), (error.Code, error.PropertyName, error.Message));
    }
}
