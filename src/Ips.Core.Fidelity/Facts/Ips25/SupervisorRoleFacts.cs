using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 8, Role of the supervisor (IPS enhetsleder/veileders rolle): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record SupervisorRoleFacts : IItemFactsSource
{
    /// <summary>The item number, 8.</summary>
    public static int ItemNumber => 8;

    /// <summary>Roles the supervisor fulfils (<c>supervisorRoles</c>): the elements present; null when not recorded.</summary>
    public SupervisorRoles? SupervisorRoles { get; init; }

    private static (SupervisorRoles Flag, string Id)[] SupervisorRolesIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.SupervisorRoles.FullTimeSupervisorForTenOrFewer, "fullTimeSupervisorForTenOrFewer"),
        (global::Ips.Core.Fidelity.Facts.Ips25.SupervisorRoles.WeeklyClientBasedSupervision, "weeklyClientBasedSupervision"),
        (global::Ips.Core.Fidelity.Facts.Ips25.SupervisorRoles.MeetsTreatmentTeamLeaders, "meetsTreatmentTeamLeaders"),
        (global::Ips.Core.Fidelity.Facts.Ips25.SupervisorRoles.FieldMentoringMonthly, "fieldMentoringMonthly"),
        (global::Ips.Core.Fidelity.Facts.Ips25.SupervisorRoles.ReviewsOutcomesQuarterly, "reviewsOutcomesQuarterly"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (SupervisorRoles is { } supervisorRolesValue)
        {
            entries.Add(new FactEntry("supervisorRoles", TypedFacts.Elements(supervisorRolesValue, SupervisorRolesIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Roles the supervisor fulfils: the checklist elements of item 8, combinable as a set.</summary>
[Flags]
public enum SupervisorRoles
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>One full-time supervisor for at most 10 specialists, no other supervisory duties (<c>fullTimeSupervisorForTenOrFewer</c>).</summary>
    FullTimeSupervisorForTenOrFewer = 1 << 0,

    /// <summary>Weekly client-based supervision finding new strategies (<c>weeklyClientBasedSupervision</c>).</summary>
    WeeklyClientBasedSupervision = 1 << 1,

    /// <summary>Works with treatment team leaders and meets each team at least quarterly (<c>meetsTreatmentTeamLeaders</c>).</summary>
    MeetsTreatmentTeamLeaders = 1 << 2,

    /// <summary>Accompanies new or struggling specialists in the field monthly (<c>fieldMentoringMonthly</c>).</summary>
    FieldMentoringMonthly = 1 << 3,

    /// <summary>Reviews outcomes with the specialists and sets goals at least quarterly (<c>reviewsOutcomesQuarterly</c>).</summary>
    ReviewsOutcomesQuarterly = 1 << 4,
}
