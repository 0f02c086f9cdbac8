using Ips.Core.FollowAlong;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.FollowAlong;

public sealed class FollowAlongContactInputValidatorTests
{
    private readonly FollowAlongContactInputValidator _validator = new(new FakeClock(Instant.FromUtc(2024, 6, 1, 10, 0)));

    [Fact]
    public void Validate_ValidInput_HasNoErrors()
    {
        Assert.True(_validator.Validate(new FollowAlongContactInput { Date = new LocalDate(2024, 5, 1), ParticipantId = "p-1", JobId = "j-1", InPerson = true, By = FollowAlongProvider.Specialist }).IsValid);
    }

    [Fact]
    public void Validate_EveryBrokenField_IsReportedWithItsCode()
    {
        var result = _validator.Validate(new FollowAlongContactInput { Date = new LocalDate(2024, 7, 1), ParticipantId = "bad id", JobId = null, By = (FollowAlongProvider)77 });
        Assert.Equal(
            [
                ("Date", ErrorCodes.General.DateInFuture),
                ("ParticipantId", ErrorCodes.Identity.Invalid),
                ("JobId", ErrorCodes.Identity.Missing),
                ("By", ErrorCodes.General.UndefinedValue),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.All(result.Errors.Skip(1).Take(2), e => Assert.Null(e.AttemptedValue));
    }

    [Fact]
    public void Constructor_NullClock_Throws() => Assert.Throws<ArgumentNullException>(() => new FollowAlongContactInputValidator(null!));

    [Fact]
    public void Contact_KeepsItsFields_AndRejectsBrokenOnes()
    {
        var contact = FollowAlongContact.Create(Fixtures.Day, Fixtures.P(1), JobId.Create("j-1"), true, FollowAlongProvider.Specialist);
        Assert.Equal(Fixtures.Day, contact.Date);
        Assert.Equal(Fixtures.P(1), contact.Participant);
        Assert.Equal("j-1", contact.Job.Value);
        Assert.True(contact.InPerson);
        Assert.Equal(FollowAlongProvider.Specialist, contact.By);

        var result = FollowAlongContact.TryCreate(Fixtures.Day, default, default, false, (FollowAlongProvider)9);
        Assert.Equal(["Participant", "Job", "By"], result.Errors.Select(e => e.PropertyName));
        Assert.Throws<DomainException>(() => FollowAlongContact.Create(Fixtures.Day, default, JobId.Create("j"), false, FollowAlongProvider.Specialist));
    }
}
