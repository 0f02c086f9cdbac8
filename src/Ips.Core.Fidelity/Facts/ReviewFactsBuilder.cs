using System.Collections.Immutable;
using NodaTime;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Facts;

/// <summary>Builds <see cref="ReviewFacts"/> item by item, fluently.</summary>
/// <remarks>
/// <para>
/// Setting an item again replaces what was set for it before. Facts can be added one by one
/// (<see cref="Set(int, string, FactValue)"/>, <see cref="SetForSpecialist"/>) or from the typed records in
/// <c>Ips.Core.Fidelity.Ips25</c> (<see cref="Add{T}"/>, <see cref="AddSpecialist{T}"/>).
/// The builder does not validate: the engine reports bad facts per item.
/// </para>
/// <para>Not thread-safe; the <see cref="ReviewFacts"/> it builds is immutable.</para>
/// </remarks>
/// <example>
/// <code>
/// var facts = new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 3, 1))
///     .Add(new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 0.5 })
///     .Set(2, "employmentServicesTimePercent", FactValue.FromNumber(92))
///     .Build();
/// </code>
/// </example>
public sealed class ReviewFactsBuilder
{
    private readonly SortedDictionary<int, Entry> items = [];
    private string programmeLabel;
    private LocalDate reviewDate;
    private DateInterval? reviewPeriod;

    /// <summary>Starts a review of <paramref name="programmeLabel"/> on <paramref name="reviewDate"/>.</summary>
    /// <param name="programmeLabel">An opaque label for the programme.</param>
    /// <param name="reviewDate">The date of the review.</param>
    public ReviewFactsBuilder(string programmeLabel, LocalDate reviewDate)
    {
        ArgumentNullException.ThrowIfNull(programmeLabel);
        this.programmeLabel = programmeLabel;
        this.reviewDate = reviewDate;
    }

    /// <summary>Sets the period the facts describe.</summary>
    /// <param name="period">The review period (inclusive), or null for none.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder WithPeriod(DateInterval? period)
    {
        reviewPeriod = period;
        return this;
    }

    /// <summary>Changes the programme label.</summary>
    /// <param name="label">The opaque label.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder WithProgrammeLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        programmeLabel = label;
        return this;
    }

    /// <summary>Changes the review date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder WithReviewDate(LocalDate date)
    {
        reviewDate = date;
        return this;
    }

    /// <summary>Sets one programme-level fact of <paramref name="item"/>, replacing a fact with the same id.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder Set(int item, string factId, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(factId);
        Upsert(GetEntry(item).Programme, factId, value);
        return this;
    }

    /// <summary>Sets one fact for the specialist labelled <paramref name="specialistLabel"/> on <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="specialistLabel">The opaque specialist label; facts with the same label go to the same specialist.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder SetForSpecialist(int item, string specialistLabel, string factId, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(specialistLabel);
        ArgumentNullException.ThrowIfNull(factId);
        Upsert(GetSpecialist(GetEntry(item), specialistLabel), factId, value);
        return this;
    }

    /// <summary>Sets the programme-level facts of an item from a typed record, replacing what was set for the item.</summary>
    /// <typeparam name="T">The typed fact record.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder Add<T>(T facts)
        where T : IItemFactsSource
    {
        ArgumentNullException.ThrowIfNull(facts);
        var entry = new Entry();
        entry.Programme.AddRange(facts.ToFactEntries());
        items[T.ItemNumber] = entry;
        return this;
    }

    /// <summary>Adds (or replaces) one specialist's facts for an item from a typed record.</summary>
    /// <typeparam name="T">The typed fact record.</typeparam>
    /// <param name="specialistLabel">The opaque specialist label.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder AddSpecialist<T>(string specialistLabel, T facts)
        where T : IItemFactsSource
    {
        ArgumentNullException.ThrowIfNull(specialistLabel);
        ArgumentNullException.ThrowIfNull(facts);
        var list = GetSpecialist(GetEntry(T.ItemNumber), specialistLabel);
        list.Clear();
        list.AddRange(facts.ToFactEntries());
        return this;
    }

    /// <summary>Sets an item's facts as given, replacing what was set for the item.</summary>
    /// <param name="facts">The item facts.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder Add(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var entry = new Entry();
        if (!facts.Programme.IsDefault)
        {
            entry.Programme.AddRange(facts.Programme);
        }

        if (!facts.Specialists.IsDefault)
        {
            foreach (var specialist in facts.Specialists)
            {
                var list = new List<FactEntry>();
                if (!specialist.Facts.IsDefault)
                {
                    list.AddRange(specialist.Facts);
                }

                entry.Specialists.Add((specialist.Label, list));
            }
        }

        items[facts.Item] = entry;
        return this;
    }

    /// <summary>Removes everything set for <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder Clear(int item)
    {
        items.Remove(item);
        return this;
    }

    /// <summary>Builds the immutable review facts, items in number order.</summary>
    /// <returns>The review facts.</returns>
    public ReviewFacts Build()
    {
        var result = ImmutableArray.CreateBuilder<ItemFacts>(items.Count);
        foreach (var (number, entry) in items)
        {
            var specialists = ImmutableArray.CreateBuilder<SpecialistFacts>(entry.Specialists.Count);
            foreach (var (label, facts) in entry.Specialists)
            {
                specialists.Add(new SpecialistFacts { Label = label, Facts = [.. facts] });
            }

            result.Add(new ItemFacts
            {
                Item = number,
                Programme = [.. entry.Programme],
                Specialists = specialists.MoveToImmutable(),
            });
        }

        return new ReviewFacts
        {
            ProgrammeLabel = programmeLabel,
            ReviewDate = reviewDate,
            ReviewPeriod = reviewPeriod,
            Items = result.MoveToImmutable(),
        };
    }

    private static void Upsert(List<FactEntry> list, string factId, FactValue value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i].Id, factId, StringComparison.Ordinal))
            {
                list[i] = new FactEntry(factId, value);
                return;
            }
        }

        list.Add(new FactEntry(factId, value));
    }

    private static List<FactEntry> GetSpecialist(Entry entry, string label)
    {
        foreach (var (existing, facts) in entry.Specialists)
        {
            if (string.Equals(existing, label, StringComparison.Ordinal))
            {
                return facts;
            }
        }

        var list = new List<FactEntry>();
        entry.Specialists.Add((label, list));
        return list;
    }

    private Entry GetEntry(int item)
    {
        if (!items.TryGetValue(item, out var entry))
        {
            entry = new Entry();
            items[item] = entry;
        }

        return entry;
    }

    private sealed class Entry
    {
        public List<FactEntry> Programme { get; } = [];

        public List<(string Label, List<FactEntry> Facts)> Specialists { get; } = [];
    }
}
