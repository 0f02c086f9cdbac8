using Ips.Core.Outreach;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Outreach;

public sealed class OutreachAttemptInputValidatorTests
{
    private readonly OutreachAttemptInputValidator _validator = new(new FakeClock(Instant.FromUtc(2024, 6, 1, 10, 0)));

    private static OutreachAttemptInput Valid => new() { Date = new LocalDate(2024, 5, 1), ParticipantId = "p-1", Method = OutreachMethod.HomeVisit, By = OutreachActor.Specialist, CoordinatedVisit = true };

    [Fact]
    public void Validate_CoordinatedVisitOrUncoordinatedCall_HasNoErrors()
    {
        Assert.True(_validator.Validate(Valid).IsValid);
        Assert.True(_validator.Validate(Valid with { Method = OutreachMethod.CommunityVisit }).IsValid);
        Assert.True(_validator.Validate(Valid with { Method = OutreachMethod.Phone, CoordinatedVisit = false }).IsValid);
    }

    [Fact]
    public void Validate_EveryBrokenField_IsReportedWithItsCode()
    {
        var result = _validator.Validate(new OutreachAttemptInput { Date = new LocalDate(2024, 6, 5), ParticipantId = null, Method = (OutreachMethod)30, By = (OutreachActor)30 });
        Assert.Equal(
            [("Date", ErrorCodes.General.DateInFuture), ("ParticipantId", ErrorCodes.Identity.Missing), ("Method", ErrorCodes.General.UndefinedValue), ("By", ErrorCodes.General.UndefinedValue)],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
    }

    [Fact]
    public void Validate_CoordinatedPhoneCall_Fails()
    {
        var error = _validator.Validate(Valid with { Method = OutreachMethod.Phone }).Errors.Single();
        Assert.Equal(ErrorCodes.Outreach.CoordinatedRequiresVisit, error.ErrorCode);
        Assert.Equal("CoordinatedVisit is true but Method is Phone; only a home or community visit can be a coordinated visit.", error.ErrorMessage);
    }

    [Fact]
    public void Constructor_NullClock_Throws() => Assert.Throws<ArgumentNullException>(() => new OutreachAttemptInputValidator(null!));
}
