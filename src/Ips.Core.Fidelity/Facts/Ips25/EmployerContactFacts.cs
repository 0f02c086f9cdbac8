using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 17, Frequent employer contact (Jobbutvikling: hyppig arbeidsgiverkontakt): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them. The manual rates this item per employment specialist: use <see cref="PerSpecialist"/> for one record per specialist.</remarks>
public sealed record EmployerContactFacts : IItemFactsSource
{
    /// <summary>The item number, 17.</summary>
    public static int ItemNumber => 17;

    /// <summary>In-person employer contacts a week (<c>inPersonEmployerContactsPerWeek</c>).</summary>
    public double? InPersonEmployerContactsPerWeek { get; init; }

    /// <summary>How often the supervisor reviews the contact log (<c>contactLogReview</c>).</summary>
    public ContactLogReview? ContactLogReview { get; init; }

    /// <summary>Participants looking for work (<c>jobSeekers</c>).</summary>
    public long? JobSeekers { get; init; }

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        TypedFacts.AddNumber(entries, "inPersonEmployerContactsPerWeek", InPersonEmployerContactsPerWeek);
        if (ContactLogReview is { } contactLogReviewValue)
        {
            entries.Add(new FactEntry("contactLogReview", FactValue.FromLevel(contactLogReviewValue switch
            {
                global::Ips.Core.Fidelity.Facts.Ips25.ContactLogReview.None => "none",
                global::Ips.Core.Fidelity.Facts.Ips25.ContactLogReview.Monthly => "monthly",
                global::Ips.Core.Fidelity.Facts.Ips25.ContactLogReview.Weekly => "weekly",
                _ => contactLogReviewValue.ToString(),
            })));
        }
        TypedFacts.AddCount(entries, "jobSeekers", JobSeekers);
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());

    /// <summary>Per-specialist facts for item 17 (policy 2): one record per specialist.</summary>
    /// <param name="specialists">Each specialist's opaque label and facts.</param>
    /// <returns>The item facts.</returns>
    public static ItemFacts PerSpecialist(params IEnumerable<(string Label, EmployerContactFacts Facts)> specialists) => ItemFacts.ForSpecialists(specialists);
}

/// <summary>How often the supervisor reviews the contact log: the practice observed for item 17, from least to most developed.</summary>
public enum ContactLogReview
{
    /// <summary>No log, or the log is not reviewed (<c>none</c>).</summary>
    None = 0,

    /// <summary>Reviewed monthly (<c>monthly</c>).</summary>
    Monthly = 1,

    /// <summary>Reviewed weekly (<c>weekly</c>).</summary>
    Weekly = 2,
}
