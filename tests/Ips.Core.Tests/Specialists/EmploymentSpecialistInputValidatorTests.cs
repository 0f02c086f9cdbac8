using Ips.Core.Specialists;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Specialists;

public sealed class EmploymentSpecialistInputValidatorTests
{
    private readonly EmploymentSpecialistInputValidator _validator = new();

    [Fact]
    public void Validate_ValidInput_HasNoErrors()
    {
        Assert.True(_validator.Validate(new EmploymentSpecialistInput { Id = "s-1", Fte = 1m, TeamIds = ["t-1"] }).IsValid);
    }

    [Fact]
    public void Validate_BrokenRules_ReportsEachCode()
    {
        var result = _validator.Validate(new EmploymentSpecialistInput
        {
            Id = "bad id",
            Fte = 1.01m,
            TeamIds = ["ok", "not ok"],
            ScheduledHoursPerWeek = 10m,
            CommunityHoursPerWeek = 12m,
        });
        Assert.Equal(
            [ErrorCodes.Identity.Invalid, ErrorCodes.Identity.Invalid, ErrorCodes.Specialist.FteOutOfRange, ErrorCodes.Specialist.CommunityHoursExceedScheduled],
            result.Errors.Select(e => e.ErrorCode));
        Assert.Equal("TeamIds[1]", result.Errors[1].PropertyName);
    }

    [Fact]
    public void Validate_FteZero_FailsWithFteCode()
    {
        var error = Assert.Single(_validator.Validate(new EmploymentSpecialistInput { Id = "s-1", Fte = 0m }).Errors);
        Assert.Equal(ErrorCodes.Specialist.FteOutOfRange, error.ErrorCode);
    }
}
