using Ips.Core.Benefits;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Programmes;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Tests.Outcomes.OutcomeFixtures;

namespace Ips.Core.Tests.Programmes;

public sealed class ExitConsistencyTests
{
    private static readonly LocalDate ExitDate = D(2019, 6, 30);

    private static IpsProgramme.Builder Builder(ParticipantExit exit, params Job[] jobs)
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-exit")).Add(Fixtures.Specialist()).Add(Fixtures.Employer())
            .Add(Person(1, D(2019, 1, 7), exit));
        foreach (var job in jobs)
        {
            builder.Add(job);
        }

        return builder;
    }

    private static DomainResult<IpsProgramme> Build(ParticipantExit exit, params Job[] jobs) => Builder(exit, jobs).TryBuild();

    private static ParticipantExit Exit(NavEndReason reason, ExitStatus status = ExitStatus.Working) => ExitOn(ExitDate, reason, status);

    [Theory]
    [InlineData(NavEndReason.WorkWithoutWageSubsidy)]
    [InlineData(NavEndReason.WorkCombinedWithOtherNavBenefits)]
    [InlineData(NavEndReason.WorkWithGradedDisabilityPension)]
    [InlineData(NavEndReason.WorkWithWageSubsidy)]
    public void WorkReason_WithoutAJobOnTheExitDate_IsRefused(NavEndReason reason)
    {
        var result = Build(Exit(reason));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Programme.ExitWorkWithoutJob, error.Code);
        Assert.Equal("Participants[0].ExitRecord", error.PropertyName);
        Assert.Contains("2019-06-30", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkReason_JobEndingTheDayBeforeOrStartingTheDayAfterExit_IsNotCurrent()
    {
        Assert.Equal(ErrorCodes.Programme.ExitWorkWithoutJob, Assert.Single(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1), ExitDate.PlusDays(-1))).Errors).Code);
        Assert.Equal(ErrorCodes.Programme.ExitWorkWithoutJob, Assert.Single(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, ExitDate.PlusDays(1))).Errors).Code);
    }

    [Fact]
    public void WorkReason_WithAJobCurrentOnTheExitDate_IsAccepted()
    {
        Assert.True(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1))).IsSuccess);
        Assert.True(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1), ExitDate)).IsSuccess);
        Assert.True(Build(Exit(NavEndReason.WorkCombinedWithOtherNavBenefits), Work(1, 1, ExitDate)).IsSuccess);
    }

    [Fact]
    public void WageSubsidyReason_NeedsASubsidisedJob()
    {
        var refused = Build(Exit(NavEndReason.WorkWithWageSubsidy), Work(1, 1, D(2019, 3, 1)));
        Assert.Equal(ErrorCodes.Programme.ExitSubsidyWithoutSubsidisedJob, Assert.Single(refused.Errors).Code);

        Assert.True(Build(Exit(NavEndReason.WorkWithWageSubsidy), Work(1, 1, D(2019, 3, 1), subsidy: NavWageSubsidy.TimeLimited)).IsSuccess);
        Assert.True(Build(Exit(NavEndReason.WorkWithWageSubsidy), Work(1, 1, D(2019, 3, 1)), Work(2, 1, D(2019, 4, 1), subsidy: NavWageSubsidy.Permanent)).IsSuccess);
    }

    [Fact]
    public void ReasonWithoutSubsidy_WhenEveryCurrentJobCarriesOne_IsRefused()
    {
        var refused = Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1), subsidy: NavWageSubsidy.Permanent));
        Assert.Equal(ErrorCodes.Programme.ExitSubsidisedJobWithoutSubsidyReason, Assert.Single(refused.Errors).Code);

        // One unsubsidised job beside a subsidised one is enough; an ended subsidised job does not count.
        Assert.True(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1), subsidy: NavWageSubsidy.Permanent), Work(2, 1, D(2019, 4, 1))).IsSuccess);
        Assert.True(Build(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 2, 1), D(2019, 2, 28), subsidy: NavWageSubsidy.Permanent), Work(2, 1, D(2019, 4, 1))).IsSuccess);
    }

    [Theory]
    [InlineData(NavEndReason.OtherActivity)]
    [InlineData(NavEndReason.Other)]
    [InlineData(NavEndReason.MovedToAnotherNavMeasure)]
    public void Studying_WithoutAnEducationReason_IsRefused(NavEndReason reason)
    {
        var error = Assert.Single(Build(Exit(reason, ExitStatus.Studying)).Errors);
        Assert.Equal(ErrorCodes.Programme.ExitStudyingWithoutEducation, error.Code);
        Assert.Contains(reason.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NavEndReason.EducationSelfFunded)]
    [InlineData(NavEndReason.EducationFundedByNav)]
    public void Studying_WithAnEducationReason_IsAccepted(NavEndReason reason) =>
        Assert.True(Build(Exit(reason, ExitStatus.Studying)).IsSuccess);

    [Fact]
    public void NonWorkReasons_NeedNoJob_AndMayHaveOne()
    {
        Assert.True(Build(Exit(NavEndReason.OtherActivity, ExitStatus.Unresolved)).IsSuccess);
        Assert.True(Build(Exit(NavEndReason.StoppedDueToIllness, ExitStatus.Unresolved), Work(1, 1, D(2019, 3, 1))).IsSuccess);
    }

    [Fact]
    public void Report_KeepsEveryInconsistentExit_AndListsOneFindingEach()
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-exit")).Add(Fixtures.Specialist()).Add(Fixtures.Employer())
            .Add(Person(1, D(2019, 1, 7), Exit(NavEndReason.WorkWithoutWageSubsidy)))
            .Add(Person(2, D(2019, 1, 7), Exit(NavEndReason.OtherActivity, ExitStatus.Studying)))
            .Add(Person(3, D(2019, 1, 7), Exit(NavEndReason.WorkWithWageSubsidy)))
            .Add(Work(1, 3, D(2019, 3, 1)));
        Assert.Equal(3, builder.TryBuild().Errors.Length);

        builder.ExitConsistency = ExitConsistency.Report;
        var programme = builder.Build();

        Assert.Equal(3, programme.Participants.Length);
        (string Code, string Property)[] expected =
            [(ErrorCodes.Programme.ExitWorkWithoutJob, "Participants[0].ExitRecord"), (ErrorCodes.Programme.ExitStudyingWithoutEducation, "Participants[1].ExitRecord"), (ErrorCodes.Programme.ExitSubsidyWithoutSubsidisedJob, "Participants[2].ExitRecord")];
        Assert.Equal(expected, programme.Findings.Select(f => (f.Code, f.PropertyName)).ToArray());
        Assert.All(programme.Findings, f => Assert.DoesNotContain("p-", f.Message, StringComparison.Ordinal));

        // Rebuilding keeps them: nothing recorded is lost.
        Assert.Equal(3, programme.ToBuilder().Build().Findings.Length);
    }

    [Fact]
    public void Report_ConsistentExits_HaveNoFindings() =>
        Assert.Empty(Builder(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1))).TryBuild().Value!.Findings);

    [Fact]
    public void UndefinedPolicy_IsACodedError()
    {
        var builder = Builder(Exit(NavEndReason.OtherActivity, ExitStatus.Unresolved));
        builder.ExitConsistency = (ExitConsistency)7;

        var error = Assert.Single(builder.TryBuild().Errors);
        Assert.Equal(ErrorCodes.General.UndefinedValue, error.Code);
        Assert.Equal(nameof(IpsProgramme.Builder.ExitConsistency), error.PropertyName);
    }

    private static ParticipantExit ExitWith(NavEndReason reason, NavBenefits? benefits) => ParticipantExit.Create(ExitDate, reason, ExitStatus.Working, benefits);

    [Fact]
    public void CombinedWithBenefits_WithBenefitsAtExitRecordedAsNone_IsRefused()
    {
        var error = Assert.Single(Build(ExitWith(NavEndReason.WorkCombinedWithOtherNavBenefits, NavBenefits.None), Work(1, 1, D(2019, 3, 1))).Errors);

        Assert.Equal(ErrorCodes.Programme.ExitBenefitsReasonWithoutBenefits, error.Code);
        Assert.Equal("Participants[0].ExitRecord", error.PropertyName);
        Assert.Contains("2019-06-30", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NavBenefits.Aap)]
    [InlineData(NavBenefits.SocialAssistance | NavBenefits.Other)]
    [InlineData(null)]
    public void CombinedWithBenefits_WithSomeOrUnrecordedBenefitsAtExit_IsAccepted(NavBenefits? benefits) =>
        Assert.True(Build(ExitWith(NavEndReason.WorkCombinedWithOtherNavBenefits, benefits), Work(1, 1, D(2019, 3, 1))).IsSuccess);

    [Theory]
    [InlineData(NavBenefits.None)]
    [InlineData(NavBenefits.Aap)]
    [InlineData(NavBenefits.DisabilityBenefitFull)]
    public void GradedPension_WithRecordedBenefitsAtExitWithoutAGradedDisabilityBenefit_IsRefused(NavBenefits benefits)
    {
        var error = Assert.Single(Build(ExitWith(NavEndReason.WorkWithGradedDisabilityPension, benefits), Work(1, 1, D(2019, 3, 1))).Errors);

        Assert.Equal(ErrorCodes.Programme.ExitGradedPensionWithoutGradedBenefit, error.Code);
        Assert.Contains(benefits.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NavBenefits.DisabilityBenefitGraded)]
    [InlineData(NavBenefits.DisabilityBenefitGraded | NavBenefits.Aap)]
    [InlineData(null)]
    public void GradedPension_WithAGradedDisabilityBenefitOrUnrecordedBenefitsAtExit_IsAccepted(NavBenefits? benefits) =>
        Assert.True(Build(ExitWith(NavEndReason.WorkWithGradedDisabilityPension, benefits), Work(1, 1, D(2019, 3, 1))).IsSuccess);

    [Fact]
    public void OtherReasons_WithBenefitsAtExitRecordedAsNone_AreAccepted() =>
        Assert.True(Build(ExitWith(NavEndReason.WorkWithoutWageSubsidy, NavBenefits.None), Work(1, 1, D(2019, 3, 1))).IsSuccess);

    [Fact]
    public void Report_KeepsExitsWhoseBenefitsDisagreeWithTheReason_AsFindings()
    {
        var builder = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-exit")).Add(Fixtures.Specialist()).Add(Fixtures.Employer())
            .Add(Person(1, D(2019, 1, 7), ExitWith(NavEndReason.WorkCombinedWithOtherNavBenefits, NavBenefits.None)))
            .Add(Person(2, D(2019, 1, 7), ExitWith(NavEndReason.WorkWithGradedDisabilityPension, NavBenefits.Aap)))
            .Add(Work(1, 1, D(2019, 3, 1))).Add(Work(2, 2, D(2019, 3, 1)));
        builder.ExitConsistency = ExitConsistency.Report;

        var programme = builder.Build();

        Assert.Equal(2, programme.Participants.Length);
        (string Code, string Property)[] expected =
            [(ErrorCodes.Programme.ExitBenefitsReasonWithoutBenefits, "Participants[0].ExitRecord"), (ErrorCodes.Programme.ExitGradedPensionWithoutGradedBenefit, "Participants[1].ExitRecord")];
        Assert.Equal(expected, programme.Findings.Select(f => (f.Code, f.PropertyName)).ToArray());
        Assert.All(programme.Findings, f => Assert.DoesNotContain("p-", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ToBuilder_OfAProgrammeWithoutExitFindings_RefusesAnInconsistentExitAddedLater()
    {
        var consistent = Builder(Exit(NavEndReason.WorkWithoutWageSubsidy), Work(1, 1, D(2019, 3, 1))).Build();

        var builder = consistent.ToBuilder();

        Assert.Equal(ExitConsistency.Refuse, builder.ExitConsistency);
        builder.Add(Person(2, D(2019, 1, 7), Exit(NavEndReason.WorkWithoutWageSubsidy)));
        Assert.Equal(ErrorCodes.Programme.ExitWorkWithoutJob, Assert.Single(builder.TryBuild().Errors).Code);
    }

    [Fact]
    public void ToBuilder_OfAProgrammeThatKeptExitFindings_KeepsReporting()
    {
        var builder = Builder(Exit(NavEndReason.WorkWithoutWageSubsidy));
        builder.ExitConsistency = ExitConsistency.Report;

        Assert.Equal(ExitConsistency.Report, builder.Build().ToBuilder().ExitConsistency);
    }
}
