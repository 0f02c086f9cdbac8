using System.Collections.Immutable;

namespace Ips.Core.Specialists;

/// <summary>Raw values for an employment specialist (e.g. an import row), checked by <see cref="EmploymentSpecialistInputValidator"/> before <see cref="EmploymentSpecialist.Create"/>.</summary>
/// <remarks><see cref="ToString"/> never prints identifiers.</remarks>
public sealed record EmploymentSpecialistInput
{
    /// <summary>The specialist's identifier.</summary>
    public string? Id { get; init; }

    /// <summary>FTE devoted to IPS.</summary>
    public decimal Fte { get; init; }

    /// <summary>Assigned treatment team identifiers.</summary>
    public ImmutableArray<string?> TeamIds { get; init; } = [];

    /// <summary>The supervisor's identifier, when known.</summary>
    public string? SupervisorId { get; init; }

    /// <summary>Scheduled hours per week, when known.</summary>
    public decimal? ScheduledHoursPerWeek { get; init; }

    /// <summary>Community hours per week, when known.</summary>
    public decimal? CommunityHoursPerWeek { get; init; }

    /// <summary>Returns a text without identifiers.</summary>
    /// <returns>A non-identifying description.</returns>
    public override string ToString() => "EmploymentSpecialistInput(***)";
}
