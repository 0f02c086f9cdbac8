using Ips.Core.Benefits;
using Ips.Core.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Ips.Core.Tests.Benefits;

public sealed class BenefitsPlanningSessionInputValidatorTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2024, 6, 1, 10, 0));
    private readonly BenefitsPlanningSessionInputValidator _validator = new(Clock);

    private static BenefitsPlanningSessionInput Valid => new()
    {
        Date = new LocalDate(2024, 6, 1),
        ParticipantId = "p-1",
        By = BenefitsPlanner.Specialist,
        Occasion = BenefitsPlanningOccasion.BeforeJobStart,
        HelpWithIncomeReporting = true,
    };

    [Fact]
    public void Validate_ValidInputDatedToday_HasNoErrors() => Assert.True(_validator.Validate(Valid).IsValid);

    [Fact]
    public void Validate_EveryBrokenField_IsReportedWithItsCode()
    {
        var result = _validator.Validate(new BenefitsPlanningSessionInput
        {
            Date = new LocalDate(2024, 6, 2),
            ParticipantId = null,
            By = (BenefitsPlanner)40,
            Occasion = (BenefitsPlanningOccasion)40,
        });
        Assert.Equal(
            [
                ("Date", ErrorCodes.General.DateInFuture),
                ("ParticipantId", ErrorCodes.Identity.Missing),
                ("By", ErrorCodes.General.UndefinedValue),
                ("Occasion", ErrorCodes.General.UndefinedValue),
            ],
            result.Errors.Select(e => (e.PropertyName, e.ErrorCode)));
        Assert.Equal("Date 2024-06-02 lies after today (2024-06-01); records describe what has happened.", result.Errors[0].ErrorMessage);
        Assert.Equal("By has the value 40, which is not a defined BenefitsPlanner.", result.Errors[2].ErrorMessage);
    }

    [Fact]
    public void Constructor_NullClock_Throws() => Assert.Throws<ArgumentNullException>(() => new BenefitsPlanningSessionInputValidator(null!));

    [Fact]
    public void Session_KeepsItsFields_AndRejectsBrokenOnes()
    {
        var session = BenefitsPlanningSession.Create(Fixtures.Day, Fixtures.P(1), BenefitsPlanner.Specialist, BenefitsPlanningOccasion.BeforeJobStart, true);
        Assert.Equal(Fixtures.Day, session.Date);
        Assert.Equal(Fixtures.P(1), session.Participant);
        Assert.Equal(BenefitsPlanner.Specialist, session.By);
        Assert.Equal(BenefitsPlanningOccasion.BeforeJobStart, session.Occasion);
        Assert.True(session.HelpWithIncomeReporting);

        var result = BenefitsPlanningSession.TryCreate(Fixtures.Day, default, (BenefitsPlanner)9, (BenefitsPlanningOccasion)9, false);
        Assert.Equal(["Participant", "By", "Occasion"], result.Errors.Select(e => e.PropertyName));
        Assert.Throws<DomainException>(() => BenefitsPlanningSession.Create(Fixtures.Day, default, BenefitsPlanner.Specialist, BenefitsPlanningOccasion.BeforeJobStart, false));
    }
}
