using Ips.Core.Identity;
using Ips.Core.Validation;
using static Ips.Core.Identity.IdPreconditions;
using static Ips.Core.Validation.Preconditions;

namespace Ips.Core.Employers;

/// <summary>An employer: identifier, optional organisation number, name and industry.</summary>
/// <remarks>
/// Businesses are not sensitive, so name and industry may be printed. Item 20 counts distinct employers, in Norway
/// by organisation number where one is known. Immutable and thread-safe.
/// </remarks>
public sealed record Employer
{
    /// <summary>The longest name or industry allowed.</summary>
    public const int MaxTextLength = 200;

    private Employer(EmployerId id, OrganisationNumber? organisationNumber, string? name, string? industry)
    {
        Id = id;
        OrganisationNumber = organisationNumber;
        Name = name;
        Industry = industry;
    }

    /// <summary>The employer's identifier.</summary>
    public EmployerId Id { get; }

    /// <summary>The organisation number, when known.</summary>
    public OrganisationNumber? OrganisationNumber { get; }

    /// <summary>The name of the business, when recorded.</summary>
    public string? Name { get; }

    /// <summary>The industry, when recorded (free text, e.g. "Retail").</summary>
    public string? Industry { get; }

    /// <summary>Creates an employer.</summary>
    /// <param name="id">The employer's identifier.</param>
    /// <param name="organisationNumber">The organisation number, when known.</param>
    /// <param name="name">The name: not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <param name="industry">The industry: not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <returns>The employer.</returns>
    /// <exception cref="DomainException">A rule is broken.</exception>
    public static Employer Create(EmployerId id, OrganisationNumber? organisationNumber = null, string? name = null, string? industry = null) =>
        TryCreate(id, organisationNumber, name, industry).GetValueOrThrow();

    /// <summary>Creates an employer without throwing.</summary>
    /// <param name="id">The employer's identifier.</param>
    /// <param name="organisationNumber">The organisation number, when known.</param>
    /// <param name="name">The name: not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <param name="industry">The industry: not blank, at most <see cref="MaxTextLength"/> characters.</param>
    /// <returns>The employer or the broken rules.</returns>
    public static DomainResult<Employer> TryCreate(EmployerId id, OrganisationNumber? organisationNumber = null, string? name = null, string? industry = null)
    {
        List<DomainError>? errors = null;
        RequireId(ref errors, id, nameof(Id));
        OptionalText(ref errors, name, MaxTextLength, nameof(Name));
        OptionalText(ref errors, industry, MaxTextLength, nameof(Industry));
        return errors is null ? new DomainResult<Employer>(new Employer(id, organisationNumber, name, industry)) : DomainResult<Employer>.Fail(errors);
    }
}
