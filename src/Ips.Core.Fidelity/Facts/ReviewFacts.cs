using System.Collections.Immutable;
using NodaTime;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>Everything recorded in one fidelity review: who, when, and the facts per item.</summary>
/// <remarks>
/// <para>
/// Every item is optional: an item without facts is reported as not rated (policy 4), never imputed.
/// <see cref="Items"/> is keyed by <see cref="ItemFacts.Item"/>; a number given twice makes that item invalid
/// (<c>Item.Duplicate</c>). <see cref="ProgrammeLabel"/> is opaque and only echoed.
/// </para>
/// <para>Immutable; build one with <see cref="ReviewFactsBuilder"/> or an object initializer.</para>
/// </remarks>
public sealed record ReviewFacts
{
    /// <summary>An opaque label for the programme reviewed (echoed in the report).</summary>
    public required string ProgrammeLabel { get; init; }

    /// <summary>The date of the review.</summary>
    public required LocalDate ReviewDate { get; init; }

    /// <summary>The period the facts describe (both ends inclusive), if one was set.</summary>
    public DateInterval? ReviewPeriod { get; init; }

    /// <summary>The facts per item, one entry per item number.</summary>
    public ImmutableArray<ItemFacts> Items { get => items; init => items = value.IsDefault ? [] : value; }

    private readonly ImmutableArray<ItemFacts> items = [];

    /// <summary>The facts given for <paramref name="item"/>, or null.</summary>
    /// <param name="item">The item number.</param>
    /// <returns>The first entry for the item, or null.</returns>
    public ItemFacts? Find(int item)
    {
        foreach (var facts in Items)
        {
            if (facts is not null && facts.Item == item)
            {
                return facts;
            }
        }

        return null;
    }
}
