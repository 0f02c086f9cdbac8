using Ips.Core.Employers;
using Ips.Core.Jobs;
using Ips.Core.Specialists;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Validation;

/// <summary>Each field an input validator owns is checked: a broken value in it alone is reported against it.</summary>
public sealed class InputValidatorFieldTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 10, 0));

    private static EmployerContactInput Contact => new()
    {
        Date = new LocalDate(2024, 5, 30),
        SpecialistId = "s-1",
        EmployerId = "e-1",
        InPerson = true,
        Purpose = ContactPurpose.JobDevelopment,
        ParticipantIds = ["p-1"],
        ParticipantPresent = true,
        FollowedPreferences = true,
    };

    private static List<(string, string)> Codes<T>(FluentValidation.IValidator<T> validator, T input) =>
        [.. validator.Validate(input).Errors.Select(e => (e.PropertyName, e.ErrorCode))];

    [Fact]
    public void EmployerContact_EachIdentifierAndThePurpose_AreChecked()
    {
        var validator = new EmployerContactInputValidator(Clock);
        Assert.Equal([("SpecialistId", ErrorCodes.Identity.Invalid)], Codes(validator, Contact with { SpecialistId = "s 1" }));
        Assert.Equal([("EmployerId", ErrorCodes.Identity.Missing)], Codes(validator, Contact with { EmployerId = null }));
        Assert.Equal([("Purpose", ErrorCodes.General.UndefinedValue)], Codes(validator, Contact with { Purpose = (ContactPurpose)40 }));
        Assert.Equal([("ParticipantIds[0]", ErrorCodes.Identity.Invalid)], Codes(validator, Contact with { ParticipantIds = ["p 1"] }));
        Assert.Throws<ArgumentNullException>(() => new EmployerContactInputValidator(null!));
    }

    [Fact]
    public void EmployerContact_OwnContactWithParticipantPresent_NeedsNoSpecialist()
    {
        var validator = new EmployerContactInputValidator(Clock);
        Assert.Empty(Codes(validator, Contact with { SpecialistId = null }));
        Assert.Equal([("SpecialistId", ErrorCodes.EmployerContact.SpecialistMissing)], Codes(validator, Contact with { SpecialistId = null, ParticipantPresent = false }));
    }

    [Fact]
    public void EmployerContact_ParticipantSpecificWithoutPresence_IsReported()
    {
        var validator = new EmployerContactInputValidator(Clock);
        var error = validator.Validate(Contact with { ParticipantPresent = null }).Errors.Single();
        Assert.Equal(("ParticipantPresent", ErrorCodes.EmployerContact.PresenceMissing), (error.PropertyName, error.ErrorCode));
        Assert.Equal("ParticipantPresent is required for a participant-specific contact.", error.ErrorMessage);
    }

    [Fact]
    public void EmployerContact_DuplicateParticipant_MessageHidesTheId()
    {
        var error = new EmployerContactInputValidator(Clock).Validate(Contact with { ParticipantIds = ["p-1", "p-1"] }).Errors.Single();
        Assert.Equal(ErrorCodes.EmployerContact.DuplicateParticipant, error.ErrorCode);
        Assert.Equal("ParticipantIds lists an identifier (not shown) more than once.", error.ErrorMessage);
        Assert.Null(error.AttemptedValue);
    }

    [Fact]
    public void Job_EmployerAndParticipantIds_AreChecked()
    {
        var valid = new JobInput { Id = "j-1", ParticipantId = "p-1", EmployerId = "e-1", OccupationCode = "5223", Title = "Butikk", Start = new LocalDate(2024, 1, 1), PositionPercent = 50m };
        var validator = new JobInputValidator();
        Assert.Empty(Codes(validator, valid));
        Assert.Equal([("EmployerId", ErrorCodes.Identity.Missing)], Codes(validator, valid with { EmployerId = null }));
        Assert.Equal([("ParticipantId", ErrorCodes.Identity.Invalid)], Codes(validator, valid with { ParticipantId = "p/1" }));
        var title = validator.Validate(valid with { Title = null }).Errors.Single();
        Assert.Equal(("Title", ErrorCodes.General.Required, "Title is required."), (title.PropertyName, title.ErrorCode, title.ErrorMessage));
        var longTitle = validator.Validate(valid with { Title = new string('t', 201) }).Errors.Single();
        Assert.Equal(ErrorCodes.General.TextTooLong, longTitle.ErrorCode);
        Assert.Empty(Codes(validator, valid with { Title = new string('t', 200) }));
    }

    [Fact]
    public void Specialist_IdAndSupervisor_AreChecked()
    {
        var validator = new EmploymentSpecialistInputValidator();
        var valid = new EmploymentSpecialistInput { Id = "s-1", Fte = 1m, SupervisorId = "sup-1" };
        Assert.Empty(Codes(validator, valid));
        Assert.Empty(Codes(validator, valid with { SupervisorId = null }));
        Assert.Equal([("Id", ErrorCodes.Identity.Missing)], Codes(validator, valid with { Id = null }));
        Assert.Equal([("SupervisorId", ErrorCodes.Identity.Invalid)], Codes(validator, valid with { SupervisorId = "sup 1" }));
        var scheduled = validator.Validate(valid with { ScheduledHoursPerWeek = 169m }).Errors.Single();
        Assert.Equal(("ScheduledHoursPerWeek", ErrorCodes.Specialist.ScheduledHoursOutOfRange), (scheduled.PropertyName, scheduled.ErrorCode));
        Assert.Equal("ScheduledHoursPerWeek 169 is out of range; hours per week must be between 0 and 168.", scheduled.ErrorMessage);
    }

    [Fact]
    public void Employer_IdIsChecked_AndNamesUpToTheLimitPass()
    {
        var validator = new EmployerInputValidator();
        Assert.Equal([("Id", ErrorCodes.Identity.Missing)], Codes(validator, new EmployerInput { Id = null }));
        Assert.Empty(Codes(validator, new EmployerInput { Id = "e-1", Name = new string('n', 200) }));
    }

    [Fact]
    public void NotInFuture_TodayIsAllowed_ForOptionalDatesToo()
    {
        var validator = new Core.Participants.ParticipantInputValidator(Clock);
        var exitedToday = new Core.Participants.ParticipantInput
        {
            Id = "p-1",
            ReferralDate = new LocalDate(2024, 5, 1),
            EnrolmentDate = new LocalDate(2024, 5, 1),
            ReferralSource = Core.Participants.ReferralSourceKind.Self,
            Phase = Core.Participants.ParticipantPhase.Exited,
            ExitDate = new LocalDate(2024, 6, 1),
            ExitReason = Core.Participants.NavEndReason.Other,
            ExitStatus = Core.Participants.ExitStatus.Working,
        };
        Assert.Empty(Codes(validator, exitedToday));
    }
}
