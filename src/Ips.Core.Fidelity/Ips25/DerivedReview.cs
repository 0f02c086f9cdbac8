using System.Collections.Immutable;
using Ips.Core.Fidelity.Facts;
using NodaTime;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>The facts derived from one programme's records, with provenance and the evidence behind them.</summary>
/// <remarks>
/// <para>
/// <see cref="ToReviewFacts"/> feeds the facts to the engine as they are; <see cref="MergeWith"/> lets a reviewer
/// override any of them (supplied beats derived). Every derived entry is marked <see cref="FactOrigin.Derived"/>, and
/// the engine's results carry entries as given, so a report shows for each fact whether it was derived or supplied.
/// </para>
/// <para>
/// Specialists are labelled <c>ES 1</c>, <c>ES 2</c> … in the order of <c>IpsProgramme.Specialists</c>;
/// <see cref="SpecialistLabels"/> lists them, so a reviewer can supply facts for the same labels. Identifiers of
/// people never appear. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record DerivedReview
{
    /// <summary>The programme's identifier, used as the programme label.</summary>
    public required string ProgrammeLabel { get; init; }

    /// <summary>The options the facts were derived with.</summary>
    public required DerivationOptions Options { get; init; }

    /// <summary>The review date.</summary>
    public LocalDate ReviewDate => Options.ReviewDate;

    /// <summary>The review period.</summary>
    public DateInterval Period => Options.Period;

    /// <summary>The specialists' labels, in programme order.</summary>
    public ImmutableArray<string> SpecialistLabels { get; init; } = [];

    /// <summary>The derived facts, by item, then specialist, then the item's fact order.</summary>
    public ImmutableArray<DerivedFact> Facts { get; init; } = [];

    /// <summary>Specialists left out of per-specialist items, and why.</summary>
    public ImmutableArray<OmittedSpecialist> Omitted { get; init; } = [];

    /// <summary>Items not derived because the source lacks a fact they need (<see cref="DerivationOptions.SourceGaps"/>), by item, with the remedy; empty when no gap was given.</summary>
    public ImmutableArray<OmittedItem> NotDerived { get; init; } = [];

    /// <summary>Item 1 for the programme as a whole.</summary>
    public required CaseloadEvidence Caseload { get; init; }

    /// <summary>Item 15: mean and median days to first employer contact.</summary>
    public required RapidJobSearchEvidence RapidJobSearch { get; init; }

    /// <summary>Item 23: the follow-along pattern.</summary>
    public required FollowAlongEvidence FollowAlong { get; init; }

    /// <summary>Item 13: what disclosure discussions evidence.</summary>
    public required DisclosureEvidence Disclosure { get; init; }

    /// <summary>The derived fact for <paramref name="item"/>, <paramref name="factId"/> and specialist, or null.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="specialist">The specialist label, or null for a programme fact.</param>
    /// <returns>The fact, or null when not derived.</returns>
    public DerivedFact? Find(int item, string factId, string? specialist = null)
    {
        foreach (var fact in Facts)
        {
            if (fact.Item == item && string.Equals(fact.FactId, factId, StringComparison.Ordinal) && string.Equals(fact.Specialist, specialist, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }

    /// <summary>The derived facts as review facts for the engine (every entry marked <see cref="FactOrigin.Derived"/>).</summary>
    /// <param name="programmeLabel">The label for the review; <see cref="ProgrammeLabel"/> when null.</param>
    /// <returns>The review facts, items in number order.</returns>
    public ReviewFacts ToReviewFacts(string? programmeLabel = null)
    {
        var items = ImmutableArray.CreateBuilder<ItemFacts>();
        var i = 0;
        while (i < Facts.Length)
        {
            var item = Facts[i].Item;
            var programme = ImmutableArray.CreateBuilder<FactEntry>();
            var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>();
            while (i < Facts.Length && Facts[i].Item == item)
            {
                var label = Facts[i].Specialist;
                if (label is null)
                {
                    programme.Add(Facts[i].Entry);
                    i++;
                    continue;
                }

                var entries = ImmutableArray.CreateBuilder<FactEntry>();
                while (i < Facts.Length && Facts[i].Item == item && string.Equals(Facts[i].Specialist, label, StringComparison.Ordinal))
                {
                    entries.Add(Facts[i].Entry);
                    i++;
                }

                specialists.Add(new SpecialistFacts { Label = label, Facts = entries.ToImmutable() });
            }

            items.Add(new ItemFacts { Item = item, Programme = programme.ToImmutable(), Specialists = specialists.ToImmutable() });
        }

        return new ReviewFacts
        {
            ProgrammeLabel = programmeLabel ?? ProgrammeLabel,
            ReviewDate = ReviewDate,
            ReviewPeriod = Period,
            Items = items.ToImmutable(),
        };
    }

    /// <summary>Merges a reviewer's facts over the derived ones: supplied beats derived.</summary>
    /// <remarks>
    /// <para>
    /// Per item: an item only one side has is taken from that side. When both have it on the same path (programme,
    /// or per specialist), facts are merged by id (per specialist label): a supplied fact replaces the derived fact
    /// with the same id, and derived facts the reviewer did not supply are kept — so a reviewer can add a fact that
    /// records cannot show (e.g. <c>contactLogReview</c> on item 17) and keep the derived counts. When the paths
    /// differ (programme facts against per-specialist facts), the supplied item replaces the derived one whole,
    /// since the engine takes one path per item.
    /// </para>
    /// <para>The label, review date and period are the supplied ones (the period falls back to the derived one).</para>
    /// </remarks>
    /// <param name="supplied">The reviewer's facts.</param>
    /// <returns>The merged review facts, items in number order, every entry marked with its origin.</returns>
    public ReviewFacts MergeWith(ReviewFacts supplied)
    {
        ArgumentNullException.ThrowIfNull(supplied);
        var derived = ToReviewFacts();
        var given = supplied.Items.IsDefault ? [] : supplied.Items;
        var numbers = new SortedSet<int>();
        foreach (var item in derived.Items)
        {
            numbers.Add(item.Item);
        }

        foreach (var item in given)
        {
            if (item is not null)
            {
                numbers.Add(item.Item);
            }
        }

        var merged = ImmutableArray.CreateBuilder<ItemFacts>(numbers.Count);
        foreach (var number in numbers)
        {
            var ours = derived.Find(number);
            var theirs = supplied.Find(number);
            merged.Add(ours is null ? theirs! : theirs is null ? ours : Merge(ours, theirs));
        }

        return new ReviewFacts
        {
            ProgrammeLabel = supplied.ProgrammeLabel,
            ReviewDate = supplied.ReviewDate,
            ReviewPeriod = supplied.ReviewPeriod ?? Period,
            Items = merged.MoveToImmutable(),
        };
    }

    private static ItemFacts Merge(ItemFacts derived, ItemFacts supplied)
    {
        var derivedPerSpecialist = !derived.Specialists.IsEmpty;
        var suppliedPerSpecialist = !supplied.Specialists.IsEmpty;
        var suppliedProgramme = !supplied.Programme.IsEmpty;
        if (!suppliedPerSpecialist && !suppliedProgramme)
        {
            return derived;
        }

        if (suppliedPerSpecialist && suppliedProgramme)
        {
            // Invalid as given; pass it on so the engine reports it.
            return supplied;
        }

        if (derivedPerSpecialist != suppliedPerSpecialist)
        {
            return supplied;
        }

        if (!suppliedPerSpecialist)
        {
            return supplied with { Programme = MergeEntries(derived.Programme, supplied.Programme) };
        }

        var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>();
        foreach (var ours in derived.Specialists)
        {
            var theirs = FindLabel(supplied.Specialists, ours.Label);
            specialists.Add(theirs is null ? ours : theirs with { Facts = MergeEntries(ours.Facts, theirs.Facts) });
        }

        foreach (var theirs in supplied.Specialists)
        {
            if (theirs is null || FindLabel(derived.Specialists, theirs.Label) is null)
            {
                specialists.Add(theirs!);
            }
        }

        return supplied with { Specialists = specialists.ToImmutable() };
    }

    private static SpecialistFacts? FindLabel(ImmutableArray<SpecialistFacts> specialists, string label)
    {
        foreach (var specialist in specialists)
        {
            if (specialist is not null && string.Equals(specialist.Label, label, StringComparison.Ordinal))
            {
                return specialist;
            }
        }

        return null;
    }

    private static ImmutableArray<FactEntry> MergeEntries(ImmutableArray<FactEntry> derived, ImmutableArray<FactEntry> supplied)
    {
        var result = ImmutableArray.CreateBuilder<FactEntry>(derived.Length + supplied.Length);
        foreach (var entry in derived)
        {
            var replaced = false;
            foreach (var given in supplied)
            {
                if (string.Equals(given.Id, entry.Id, StringComparison.Ordinal))
                {
                    replaced = true;
                    break;
                }
            }

            if (!replaced)
            {
                result.Add(entry);
            }
        }

        result.AddRange(supplied);
        return result.ToImmutable();
    }
}
