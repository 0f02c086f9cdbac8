using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 25, Assertive engagement and outreach (Aktivt engasjement og oppsøkende arbeid fra integrert behandlingsteam): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record EngagementOutreachFacts : IItemFactsSource
{
    /// <summary>The item number, 25.</summary>
    public static int ItemNumber => 25;

    /// <summary>Engagement and outreach strategies (<c>engagementStrategies</c>): the elements present; null when not recorded.</summary>
    public EngagementStrategies? EngagementStrategies { get; init; }

    private static (EngagementStrategies Flag, string Id)[] EngagementStrategiesIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.NotEndedForMissedAppointments, "notEndedForMissedAppointments"),
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.OutreachDocumented, "outreachDocumented"),
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.TeamMembersDoOutreach, "teamMembersDoOutreach"),
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.HomeAndCommunityVisits, "homeAndCommunityVisits"),
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.CoordinatedVisits, "coordinatedVisits"),
        (global::Ips.Core.Fidelity.Facts.Ips25.EngagementStrategies.FamilyContact, "familyContact"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (EngagementStrategies is { } engagementStrategiesValue)
        {
            entries.Add(new FactEntry("engagementStrategies", TypedFacts.Elements(engagementStrategiesValue, EngagementStrategiesIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Engagement and outreach strategies: the checklist elements of item 25, combinable as a set.</summary>
[Flags]
public enum EngagementStrategies
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>Services are not ended for missed appointments or time limits (<c>notEndedForMissedAppointments</c>).</summary>
    NotEndedForMissedAppointments = 1 << 0,

    /// <summary>Outreach attempts are documented systematically (<c>outreachDocumented</c>).</summary>
    OutreachDocumented = 1 << 1,

    /// <summary>Integrated team members take part in outreach (<c>teamMembersDoOutreach</c>).</summary>
    TeamMembersDoOutreach = 1 << 2,

    /// <summary>Several home or community visits (<c>homeAndCommunityVisits</c>).</summary>
    HomeAndCommunityVisits = 1 << 3,

    /// <summary>Visits coordinated between specialist and team member (<c>coordinatedVisits</c>).</summary>
    CoordinatedVisits = 1 << 4,

    /// <summary>Contact with family when appropriate (<c>familyContact</c>).</summary>
    FamilyContact = 1 << 5,
}
