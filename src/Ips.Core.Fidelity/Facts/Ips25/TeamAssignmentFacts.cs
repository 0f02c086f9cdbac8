using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 4, Integration through team assignment (Integrering av rehabilitering med behandling av psykiske lidelser gjennom teamarbeid): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record TeamAssignmentFacts : IItemFactsSource
{
    /// <summary>The item number, 4.</summary>
    public static int ItemNumber => 4;

    /// <summary>Specialist works in a vocational programme separate from treatment (<c>separateVocationalProgramme</c>).</summary>
    public bool? SeparateVocationalProgramme { get; init; }

    /// <summary>Treatment teams the specialist is assigned to (<c>treatmentTeamsAssigned</c>).</summary>
    public long? TreatmentTeamsAssigned { get; init; }

    /// <summary>Participants' clinicians are organised in teams (<c>cliniciansOrganisedInTeams</c>).</summary>
    public bool? CliniciansOrganisedInTeams { get; init; }

    /// <summary>Share of the caseload from the assigned teams (%) (<c>caseloadFromAssignedTeamsPercent</c>).</summary>
    public double? CaseloadFromAssignedTeamsPercent { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddFlag(entries, "separateVocationalProgramme", SeparateVocationalProgramme);
        TypedFacts.AddCount(entries, "treatmentTeamsAssigned", TreatmentTeamsAssigned);
        TypedFacts.AddFlag(entries, "cliniciansOrganisedInTeams", CliniciansOrganisedInTeams);
        TypedFacts.AddNumber(entries, "caseloadFromAssignedTeamsPercent", CaseloadFromAssignedTeamsPercent);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 4 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, TeamAssignmentFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}
