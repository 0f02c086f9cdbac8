using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 2, Employment services staff (Rendyrking av IPS-tjenester): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record EmploymentServicesStaffFacts : IItemFactsSource
{
    /// <summary>The item number, 2.</summary>
    public static int ItemNumber => 2;

    /// <summary>Share of time spent on employment services (%) (<c>employmentServicesTimePercent</c>).</summary>
    public double? EmploymentServicesTimePercent { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddNumber(entries, "employmentServicesTimePercent", EmploymentServicesTimePercent);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 2 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, EmploymentServicesStaffFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}
