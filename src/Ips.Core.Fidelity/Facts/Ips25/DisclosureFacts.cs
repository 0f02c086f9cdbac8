using System.Collections.Immutable;

namespace Ips.Core.Fidelity.Facts.Ips25;

/// <summary>Item 13, Disclosure (Åpenhet om egne vansker): what the reviewer recorded.</summary>
/// <remarks>All properties are optional; unset ones are left out, and the engine names them if the item needs them.</remarks>
public sealed record DisclosureFacts : IItemFactsSource
{
    /// <summary>The item number, 13.</summary>
    public static int ItemNumber => 13;

    /// <summary>Elements of disclosure work (<c>disclosurePractices</c>): the elements present; null when not recorded.</summary>
    public DisclosurePractices? DisclosurePractices { get; init; }

    private static (DisclosurePractices Flag, string Id)[] DisclosurePracticesIds =>
    [
        (global::Ips.Core.Fidelity.Facts.Ips25.DisclosurePractices.DisclosureNotRequired, "disclosureNotRequired"),
        (global::Ips.Core.Fidelity.Facts.Ips25.DisclosurePractices.DiscussesProsAndCons, "discussesProsAndCons"),
        (global::Ips.Core.Fidelity.Facts.Ips25.DisclosurePractices.DiscussesWhatToSay, "discussesWhatToSay"),
        (global::Ips.Core.Fidelity.Facts.Ips25.DisclosurePractices.DiscussedMoreThanOnce, "discussedMoreThanOnce"),
    ];

    /// <inheritdoc/>
    public ImmutableArray<FactEntry> ToFactEntries()
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        if (DisclosurePractices is { } disclosurePracticesValue)
        {
            entries.Add(new FactEntry("disclosurePractices", TypedFacts.Elements(disclosurePracticesValue, DisclosurePracticesIds)));
        }
        return entries.ToImmutable();
    }

    /// <inheritdoc/>
    public ItemFacts ToItemFacts() => ItemFacts.ForProgramme(ItemNumber, ToFactEntries());
}

/// <summary>Elements of disclosure work: the checklist elements of item 13, combinable as a set.</summary>
[Flags]
public enum DisclosurePractices
{
    /// <summary>No element present.</summary>
    None = 0,

    /// <summary>Participants need not disclose to receive the service (<c>disclosureNotRequired</c>).</summary>
    DisclosureNotRequired = 1 << 0,

    /// <summary>Pros and cons are discussed before a participant discloses (<c>discussesProsAndCons</c>).</summary>
    DiscussesProsAndCons = 1 << 1,

    /// <summary>What specifically could be said is discussed, with examples (<c>discussesWhatToSay</c>).</summary>
    DiscussesWhatToSay = 1 << 2,

    /// <summary>Disclosure is discussed more than once (<c>discussedMoreThanOnce</c>).</summary>
    DiscussedMoreThanOnce = 1 << 3,
}
