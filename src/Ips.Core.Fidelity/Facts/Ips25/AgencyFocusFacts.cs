using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 10, Agency focus on competitive work (Organisasjonen har fokus på vanlige jobber): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record AgencyFocusFacts : IItemFactsSource
{
    /// <summary>The item number, 10.</summary>
    public static int ItemNumber => 10;

    /// <summary>Strategies for a focus on competitive work (<c>agencyFocusStrategies</c>): the elements present; null when not recorded.</summary>
    public AgencyFocusStrategies? AgencyFocusStrategies { get; init; }

    private static (AgencyFocusStrategies Flag, string Id)[] AgencyFocusStrategiesIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.AgencyFocusStrategies.IntakeAsksAboutWork, "intakeAsksAboutWork"),
        (global::Ips.Core.Fidelity.Facts.Ips25.AgencyFocusStrategies.PlanReviewsAskAboutWork, "planReviewsAskAboutWork"),
        (global::Ips.Core.Fidelity.Facts.Ips25.AgencyFocusStrategies.WrittenMaterialOnWork, "writtenMaterialOnWork"),
        (global::Ips.Core.Fidelity.Facts.Ips25.AgencyFocusStrategies.WorkExperienceSharingTwiceYearly, "workExperienceSharingTwiceYearly"),
        (global::Ips.Core.Fidelity.Facts.Ips25.AgencyFocusStrategies.MeasuresCompetitiveWorkRateQuarterly, "measuresCompetitiveWorkRateQuarterly"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (AgencyFocusStrategies is { } agencyFocusStrategiesValue)
        {
            entries.Add(new FactEntry("agencyFocusStrategies", TypedFacts.Elements(agencyFocusStrategiesValue, AgencyFocusStrategiesIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Strategies for a focus on competitive work: the checklist elements of item 10, combinable as a set.</summary>
[Flags]
public enum AgencyFocusStrategies
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>Intake asks about interest in work (<c>intakeAsksAboutWork</c>).</summary>
    IntakeAsksAboutWork = 1 << 0,

    /// <summary>Every treatment plan review asks about interest in work (<c>planReviewsAskAboutWork</c>).</summary>
    PlanReviewsAskAboutWork = 1 << 1,

    /// <summary>Written material on work and IPS in reception or waiting areas (<c>writtenMaterialOnWork</c>).</summary>
    WrittenMaterialOnWork = 1 << 2,

    /// <summary>At least twice a year participants can share work experiences (<c>workExperienceSharingTwiceYearly</c>).</summary>
    WorkExperienceSharingTwiceYearly = 1 << 3,

    /// <summary>The rate of competitive jobs is measured at least quarterly and shared (<c>measuresCompetitiveWorkRateQuarterly</c>).</summary>
    MeasuresCompetitiveWorkRateQuarterly = 1 << 4,
}
