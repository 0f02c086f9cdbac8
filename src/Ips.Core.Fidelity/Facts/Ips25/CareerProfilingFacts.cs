using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 14, Ongoing, work-based career profiling (Fortløpende karriereveiledning): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record CareerProfilingFacts : IItemFactsSource
{
    /// <summary>The item number, 14.</summary>
    public static int ItemNumber => 14;

    /// <summary>How career profiling is done (<c>careerProfilingPractice</c>).</summary>
    public CareerProfilingPractice? CareerProfilingPractice { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (CareerProfilingPractice is { } careerProfilingPracticeValue)
        {
            entries.Add(new FactEntry("careerProfilingPractice", FactValue.FromLevel(careerProfilingPracticeValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.CareerProfilingPractice.OfficeBasedTesting => "officeBasedTesting",
                global::Ips.Core.Fidelity.Facts.Ips25.CareerProfilingPractice.StepwiseAssessment => "stepwiseAssessment",
                global::Ips.Core.Fidelity.Facts.Ips25.CareerProfilingPractice.DirectPlacementWithoutProfile => "directPlacementWithoutProfile",
                global::Ips.Core.Fidelity.Facts.Ips25.CareerProfilingPractice.ProfileNotDocumentedOrUpdated => "profileNotDocumentedOrUpdated",
                global::Ips.Core.Fidelity.Facts.Ips25.CareerProfilingPractice.DocumentedProfileUpdatedAfterEachJob => "documentedProfileUpdatedAfterEachJob",
                _ => careerProfilingPracticeValue.ToString(),
            })));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>How career profiling is done: the practice observed for item 14, from least to most developed.</summary>
public enum CareerProfilingPractice
{
    /// <summary>Assessment before placement by tests and work samples (<c>officeBasedTesting</c>).</summary>
    OfficeBasedTesting = 0,

    /// <summary>Stepwise assessment through work trials, volunteer or sheltered work (<c>stepwiseAssessment</c>).</summary>
    StepwiseAssessment = 1,

    /// <summary>Straight to ordinary jobs without systematic profiling or learning from job losses (<c>directPlacementWithoutProfile</c>).</summary>
    DirectPlacementWithoutProfile = 2,

    /// <summary>Profile over 2–3 meetings and learning from each job, but not written down or updated (<c>profileNotDocumentedOrUpdated</c>).</summary>
    ProfileNotDocumentedOrUpdated = 3,

    /// <summary>Documented profile over 2–3 meetings, used to choose jobs and updated after every job (<c>documentedProfileUpdatedAfterEachJob</c>).</summary>
    DocumentedProfileUpdatedAfterEachJob = 4,
}
