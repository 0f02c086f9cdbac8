using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 11, Executive team support (Støtte til IPS fra ledergruppen): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record ExecutiveSupportFacts : IItemFactsSource
{
    /// <summary>The item number, 11.</summary>
    public static int ItemNumber => 11;

    /// <summary>Elements of executive support (<c>executiveSupportElements</c>): the elements present; null when not recorded.</summary>
    public ExecutiveSupportElements? ExecutiveSupportElements { get; init; }

    private static (ExecutiveSupportElements Flag, string Id)[] ExecutiveSupportElementsIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.ExecutiveSupportElements.LeadersKnowIpsPrinciples, "leadersKnowIpsPrinciples"),
        (global::Ips.Core.Fidelity.Facts.Ips25.ExecutiveSupportElements.QualityAssuranceUsesFidelityReviews, "qualityAssuranceUsesFidelityReviews"),
        (global::Ips.Core.Fidelity.Facts.Ips25.ExecutiveSupportElements.ExecutiveOnSteeringGroup, "executiveOnSteeringGroup"),
        (global::Ips.Core.Fidelity.Facts.Ips25.ExecutiveSupportElements.ChiefExecutiveCommunicatesGoals, "chiefExecutiveCommunicatesGoals"),
        (global::Ips.Core.Fidelity.Facts.Ips25.ExecutiveSupportElements.ProgrammeLeaderReportsBarriers, "programmeLeaderReportsBarriers"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (ExecutiveSupportElements is { } executiveSupportElementsValue)
        {
            entries.Add(new FactEntry("executiveSupportElements", TypedFacts.Elements(executiveSupportElementsValue, ExecutiveSupportElementsIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Elements of executive support: the checklist elements of item 11, combinable as a set.</summary>
[Flags]
public enum ExecutiveSupportElements
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>The chief executive and clinical director know the IPS principles (<c>leadersKnowIpsPrinciples</c>).</summary>
    LeadersKnowIpsPrinciples = 1 << 0,

    /// <summary>Quality assurance uses the fidelity scale regularly and acts on the results (<c>qualityAssuranceUsesFidelityReviews</c>).</summary>
    QualityAssuranceUsesFidelityReviews = 1 << 1,

    /// <summary>At least one executive takes part in the IPS steering group (<c>executiveOnSteeringGroup</c>).</summary>
    ExecutiveOnSteeringGroup = 1 << 2,

    /// <summary>The chief executive personally tells all staff the goals for IPS (<c>chiefExecutiveCommunicatesGoals</c>).</summary>
    ChiefExecutiveCommunicatesGoals = 1 << 3,

    /// <summary>The IPS leader reports barriers to the executive team at least twice a year (<c>programmeLeaderReportsBarriers</c>).</summary>
    ProgrammeLeaderReportsBarriers = 1 << 4,
}
