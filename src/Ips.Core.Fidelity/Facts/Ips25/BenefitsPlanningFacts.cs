using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 12, Benefits planning (Bistand eller hjelp til å planlegge arbeidsstøttende stønadsbruk): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record BenefitsPlanningFacts : IItemFactsSource
{
    /// <summary>The item number, 12.</summary>
    public static int ItemNumber => 12;

    /// <summary>How benefits planning is offered (<c>benefitsPlanningPractice</c>).</summary>
    public BenefitsPlanningPractice? BenefitsPlanningPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (BenefitsPlanningPractice is { } benefitsPlanningPracticeValue)
        {
            entries.Add(new FactEntry("benefitsPlanningPractice", FactValue.FromLevel(benefitsPlanningPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.BenefitsPlanningPractice.NotReadilyAvailable => "notReadilyAvailable",
                global::Ips.Core.Fidelity.Facts.Ips25.BenefitsPlanningPractice.PointsToInformation => "pointsToInformation",
                global::Ips.Core.Fidelity.Facts.Ips25.BenefitsPlanningPractice.DiscussesBenefitChanges => "discussesBenefitChanges",
                global::Ips.Core.Fidelity.Facts.Ips25.BenefitsPlanningPractice.TrainedPersonPlansBeforeJob => "trainedPersonPlansBeforeJob",
                global::Ips.Core.Fidelity.Facts.Ips25.BenefitsPlanningPractice.BenefitsSpecialistPlansBeforeJobAndOnChanges => "benefitsSpecialistPlansBeforeJobAndOnChanges",
                _ => benefitsPlanningPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>How benefits planning is offered: the practice observed for item 12, from least to most developed.</summary>
public enum BenefitsPlanningPractice
{
    /// <summary>Benefits planning is not readily available to most (<c>notReadilyAvailable</c>).</summary>
    NotReadilyAvailable = 0,

    /// <summary>The specialist tells participants where to find information (<c>pointsToInformation</c>).</summary>
    PointsToInformation = 1,

    /// <summary>The specialist discusses benefit changes from work with each participant (<c>discussesBenefitChanges</c>).</summary>
    DiscussesBenefitChanges = 2,

    /// <summary>Individual planning by a trained person before a job starts (<c>trainedPersonPlansBeforeJob</c>).</summary>
    TrainedPersonPlansBeforeJob = 3,

    /// <summary>Planning by a benefits specialist before a job and on changes, with help reporting income (<c>benefitsSpecialistPlansBeforeJobAndOnChanges</c>).</summary>
    BenefitsSpecialistPlansBeforeJobAndOnChanges = 4,
}
