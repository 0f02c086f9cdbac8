namespace Ips.Core.Employers;

/// <summary>Raw values for an employer, checked by <see cref="EmployerInputValidator"/> before <see cref="Employer.Create"/>.</summary>
public sealed record EmployerInput
{
    /// <summary>The employer's identifier.</summary>
    public string? Id { get; init; }

    /// <summary>The organisation number, when known.</summary>
    public string? OrganisationNumber { get; init; }

    /// <summary>The name of the business, when recorded.</summary>
    public string? Name { get; init; }

    /// <summary>The industry, when recorded.</summary>
    public string? Industry { get; init; }

    /// <summary>Returns a text without identifiers; the name may be printed (businesses are not sensitive).</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"EmployerInput({Name ?? "unnamed"})";
}
