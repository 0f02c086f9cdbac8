using Ips.Core.Employers;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Employers;

public sealed class EmployerContactInputValidatorTests
{
    private readonly EmployerContactInputValidator _validator = new(new FakeClock(Instant.FromUtc(2024, 6, 1, 10, 0)));

    private static EmployerContactInput Valid => new()
    {
        Date = new LocalDate(2024, 5, 30),
        SpecialistId = "s-1",
        EmployerId = "e-1",
        InPerson = true,
        Purpose = ContactPurpose.JobDevelopment,
        ParticipantIds = ["p-1"],
        ParticipantPresent = false,
        FollowedPreferences = true,
    };

    [Fact]
    public void Validate_ValidInput_HasNoErrors() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Validate_FutureDate_FailsWithDateInFuture()
    {
        Assert.Equal([ErrorCodes.General.DateInFuture], _validator.Validate(Valid with { Date = new LocalDate(2024, 6, 2) }).Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_GeneralContactRules_ReportCodes()
    {
        var result = _validator.Validate(Valid with { ParticipantIds = [] });
        Assert.Equal([ErrorCodes.EmployerContact.PresenceOnGeneralContact, ErrorCodes.EmployerContact.PreferencesOnGeneralContact], result.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Validate_DuplicateParticipantAndMissingSpecialist_ReportCodes()
    {
        var result = _validator.Validate(Valid with { ParticipantIds = ["p-1", "p-1"], SpecialistId = null });
        Assert.Equal([ErrorCodes.EmployerContact.SpecialistMissing, ErrorCodes.EmployerContact.DuplicateParticipant], result.Errors.Select(e => e.ErrorCode));
        Assert.All(result.Errors, e => Assert.Null(e.AttemptedValue));
    }
}
