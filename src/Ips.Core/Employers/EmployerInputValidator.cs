using FluentValidation;
using Ips.Core.Identity;
using Ips.Core.Validation;

namespace Ips.Core.Employers;

/// <summary>Validates <see cref="EmployerInput"/>: identifier, organisation number (mod 11), name and industry.</summary>
/// <remarks>Stateless and thread-safe; register once (see <c>AddIpsCore</c>).</remarks>
public sealed class EmployerInputValidator : AbstractValidator<EmployerInput>
{
    /// <summary>Creates the validator.</summary>
    public EmployerInputValidator()
    {
        RuleFor(x => x.Id).MustBeIdentifier();
        RuleFor(x => x.OrganisationNumber).MustBeOrganisationNumber();
        RuleFor(x => x.Name).OptionalText(Employer.MaxTextLength);
        RuleFor(x => x.Industry).OptionalText(Employer.MaxTextLength);
    }
}
