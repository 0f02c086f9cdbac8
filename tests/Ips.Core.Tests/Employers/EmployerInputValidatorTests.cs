using Ips.Core.Employers;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Employers;

public sealed class EmployerInputValidatorTests
{
    private readonly EmployerInputValidator _validator = new();

    [Theory]
    [InlineData("974760673")]
    [InlineData("923609016")]
    [InlineData(null)]
    public void Validate_ValidOrMissingOrganisationNumber_HasNoErrors(string? number)
    {
        Assert.True(_validator.Validate(new EmployerInput { Id = "e-1", OrganisationNumber = number, Name = "Kiwi Grünerløkka" }).IsValid);
    }

    [Theory]
    [InlineData("974760674", ErrorCodes.OrganisationNumber.CheckDigit)]
    [InlineData("97476067", ErrorCodes.OrganisationNumber.Format)]
    [InlineData("97476067X", ErrorCodes.OrganisationNumber.Format)]
    public void Validate_BadOrganisationNumber_FailsWithCodeAndNoAttemptedValue(string number, string code)
    {
        var error = Assert.Single(_validator.Validate(new EmployerInput { Id = "e-1", OrganisationNumber = number }).Errors);
        Assert.Equal(code, error.ErrorCode);
        Assert.Null(error.AttemptedValue);
    }

    [Fact]
    public void Validate_BlankAndLongTexts_FailWithCodes()
    {
        var result = _validator.Validate(new EmployerInput { Id = "e-1", Name = "  ", Industry = new string('x', 201) });
        Assert.Equal([ErrorCodes.General.BlankText, ErrorCodes.General.TextTooLong], result.Errors.Select(e => e.ErrorCode));
    }
}
