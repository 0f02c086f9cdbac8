using Ips.Core.Employers;
using Ips.Core.Identity;
using Ips.Core.Jobs;
using Ips.Core.Participants;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Validation;

/// <summary>Every TryCreate returns errors, not a value, when its input breaks a rule.</summary>
public sealed class FactoryRejectionTests
{
    [Fact]
    public void Identifiers_InvalidValue_FailForEveryIdType()
    {
        Assert.False(JobId.TryCreate("a b").IsSuccess);
        Assert.False(ProgrammeId.TryCreate("a b").IsSuccess);
        Assert.False(TeamId.TryCreate("a b").IsSuccess);
        Assert.False(EmployerId.TryCreate(null).IsSuccess);
        Assert.False(SupervisorId.TryCreate("").IsSuccess);
        Assert.Equal("JobId must be 1-64 characters of [A-Za-z0-9._:-]; the value given is not shown because it is an identity value.", JobId.TryCreate("a b").Errors.Single().Message);
    }

    [Fact]
    public void Identifiers_DefaultValue_IsEmptyString()
    {
        Assert.Equal(string.Empty, default(JobId).Value);
        Assert.Equal(string.Empty, default(EmployerId).Value);
        Assert.Equal(string.Empty, default(ProgrammeId).Value);
        Assert.Equal(string.Empty, default(TeamId).Value);
        Assert.Equal(string.Empty, default(SpecialistId).Value);
        Assert.Equal(string.Empty, default(SupervisorId).Value);
    }

    [Fact]
    public void CompetitiveJobPolicy_UndefinedSetting_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => CompetitiveJobPolicy.Create((WageSubsidyPolicy)7));
        Assert.Equal(ErrorCodes.General.UndefinedValue, ex.Code);
        Assert.Equal("WageSubsidy", ex.Errors.Single().PropertyName);
        Assert.Equal(WageSubsidyPolicy.NeverCompetitive, CompetitiveJobPolicy.Create(WageSubsidyPolicy.NeverCompetitive).WageSubsidy);
    }

    [Fact]
    public void JobType_NullCodeOrBadTitle_Fails_AndValidKeepsBoth()
    {
        Assert.Equal(["Code", "Title"], JobType.TryCreate(null!, null!).Errors.Select(e => e.PropertyName));
        Assert.Equal(ErrorCodes.General.BlankText, JobType.TryCreate(OccupationCode.Create("5223"), " ").Errors.Single().Code);
        Assert.Equal(200, JobType.Create(OccupationCode.Create("5223"), new string('t', 200)).Title.Length);
        var tooLong = JobType.TryCreate(OccupationCode.Create("5223"), new string('t', 201)).Errors.Single();
        Assert.Equal(ErrorCodes.General.TextTooLong, tooLong.Code);
        Assert.Equal("Title has 201 characters; at most 200 are allowed.", tooLong.Message);
        var type = JobType.Create(OccupationCode.Create("5223"), "Butikkmedarbeider");
        Assert.Equal("5223", type.Code.Value);
        Assert.Equal("Butikkmedarbeider", type.Title);
        Assert.Throws<DomainException>(() => JobType.Create(OccupationCode.Create("5223"), ""));
    }

    [Fact]
    public void CareerProfileEntryAndExit_UndefinedEnums_Fail()
    {
        Assert.Equal("Kind", CareerProfileEntry.TryCreate(Fixtures.Day, (CareerProfileEntryKind)5).Errors.Single().PropertyName);
        Assert.Throws<DomainException>(() => CareerProfileEntry.Create(Fixtures.Day, (CareerProfileEntryKind)5));
        var entry = CareerProfileEntry.Create(Fixtures.Day, CareerProfileEntryKind.Update);
        Assert.Equal((Fixtures.Day, CareerProfileEntryKind.Update), (entry.Date, entry.Kind));

        Assert.Equal(["Reason", "Status"], ParticipantExit.TryCreate(Fixtures.Day, (NavEndReason)50, (ExitStatus)50).Errors.Select(e => e.PropertyName));
        Assert.Throws<DomainException>(() => ParticipantExit.Create(Fixtures.Day, (NavEndReason)50, ExitStatus.Working));
        var exit = ParticipantExit.Create(Fixtures.Day, NavEndReason.DisabilityPension, ExitStatus.Unresolved);
        Assert.Equal((Fixtures.Day, NavEndReason.DisabilityPension, ExitStatus.Unresolved), (exit.Date, exit.Reason, exit.Status));
    }

    [Fact]
    public void Employer_BadTextsOrDefaultId_Fail_AndValidKeepsFields()
    {
        var result = Employer.TryCreate(default, null, " ", new string('i', 201));
        Assert.Equal([("Id", ErrorCodes.Identity.Missing), ("Name", ErrorCodes.General.BlankText), ("Industry", ErrorCodes.General.TextTooLong)], result.Errors.Select(e => (e.PropertyName, e.Code)));
        Assert.Throws<DomainException>(() => Employer.Create(default));
        var employer = Employer.Create(Fixtures.E(), OrganisationNumber.Create("974760673"), new string('n', 200), "Dagligvare");
        Assert.Equal(200, employer.Name!.Length);
        Assert.Equal("Dagligvare", employer.Industry);
        Assert.Equal("974760673", employer.OrganisationNumber!.Value);
        Assert.Null(Employer.Create(Fixtures.E()).Name);
    }

    [Fact]
    public void Job_EveryBrokenField_IsReported()
    {
        var result = Job.TryCreate(default, default, default, null!, Fixtures.Day, null!, true, (EmploymentForm)9, wageSubsidy: (NavWageSubsidy)9, end: Fixtures.Day, endReason: (JobEndReason)9);
        Assert.Equal(["Id", "Participant", "Employer", "Occupation", "PositionSize", "Form", "WageSubsidy", "EndReason"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Job_EndOnInvalid_Throws_AndKeepsEveryOtherField()
    {
        var job = Job.Create(JobId.Create("j-9"), Fixtures.P(2), Fixtures.E(3), Fixtures.Cashier, Fixtures.Day, PositionSize.FromPercent(80m), false, EmploymentForm.Seasonal, true, NavWageSubsidy.TimeLimited);
        var ex = Assert.Throws<DomainException>(() => job.EndOn(Fixtures.Day.PlusDays(-1)));
        Assert.Equal(ErrorCodes.Job.EndBeforeStart, ex.Code);
        Assert.Equal("End 2024-02-29 lies before the start 2024-03-01; the end must be on or after the start.", ex.Errors.Single().Message);
        Assert.Equal(ErrorCodes.General.UndefinedValue, Assert.Throws<DomainException>(() => job.EndOn(Fixtures.Day, (JobEndReason)9)).Code);

        var ended = job.EndOn(Fixtures.Day);
        Assert.Equal((JobId.Create("j-9"), Fixtures.P(2), Fixtures.E(3)), (ended.Id, ended.Participant, ended.Employer));
        Assert.Equal((Fixtures.Cashier, Fixtures.Day, PositionSize.FromPercent(80m)), (ended.Occupation, ended.Start, ended.PositionSize));
        Assert.Equal((false, EmploymentForm.Seasonal, true, NavWageSubsidy.TimeLimited), (ended.OrdinaryWage, ended.Form, ended.ReservedForPeopleWithDisabilities, ended.WageSubsidy));
        Assert.Null(ended.EndReason);
        Assert.Equal(Fixtures.Day, ended.End);
        Assert.Null(job.Period);
    }

    [Fact]
    public void Participant_WithPreferencesAfterExit_KeepsTheExit()
    {
        var exited = Fixtures.Participant(1).Exit(ParticipantExit.Create(Fixtures.Day.PlusDays(10), NavEndReason.Other, ExitStatus.Working));
        var updated = exited.WithPreferences(JobPreferences.Create(null, "Kontor"));
        Assert.True(updated.HasExited);
        Assert.Equal(ParticipantPhase.Exited, updated.Phase);
        Assert.Equal("Kontor", updated.Preferences.Description);
    }
}
