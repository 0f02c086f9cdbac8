using System.Collections.Immutable;
using NodaTime;

namespace Ips.Core.Fidelity.Facts;

/// <summary>Builds <see cref="ReviewFacts"/> item by item, fluently.</summary>
/// <remarks>
/// <para>
/// An item takes programme-level facts or per-specialist facts, never both. Facts for an item accumulate: a later call
/// for the same item adds facts it does not have yet (from <see cref="Set(int, string, FactValue)"/>,
/// <see cref="SetForSpecialist"/>, the typed records with <see cref="Add{T}(T)"/> and <see cref="AddSpecialist{T}"/>, or
/// <see cref="Add(ItemFacts)"/>), and a fact given twice, or programme facts for an item that already has specialists
/// (or the reverse), throws <see cref="InvalidOperationException"/> naming the item and the fact. Nothing is ever
/// replaced silently: to start an item again, <see cref="Clear"/> it.
/// </para>
/// <para>
/// The builder does not check facts against a scale (the engine and <c>ReviewFactsValidator</c> do). Messages name item
/// numbers and fact ids only, never a specialist label or a value. Not thread-safe; the built <see cref="ReviewFacts"/> is
/// immutable.
/// </para>
/// </remarks>
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

    /// <summary>Starts a review of <paramref name="programmeLabel"/> on <paramref name="reviewDate"/>, given as a BCL <see cref="DateOnly"/>.</summary>
    /// <param name="programmeLabel">An opaque label for the programme.</param>
    /// <param name="reviewDate">The date of the review (the same calendar day as a NodaTime <see cref="LocalDate"/>).</param>
    public ReviewFactsBuilder(string programmeLabel, DateOnly reviewDate)
        : this(programmeLabel, LocalDate.FromDateOnly(reviewDate))
    {
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

    /// <summary>Adds one programme-level fact to <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The item already has this fact, or has per-specialist facts.</exception>
    public ReviewFactsBuilder Set(int item, string factId, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(factId);
        AddTo(ProgrammeOf(item), item, null, new FactEntry(factId, value));
        return this;
    }

    /// <summary>Adds one fact for the specialist labelled <paramref name="specialistLabel"/> on <paramref name="item"/>.</summary>
    /// <param name="item">The item number.</param>
    /// <param name="specialistLabel">The opaque specialist label; facts with the same label go to the same specialist.</param>
    /// <param name="factId">The fact id.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">That specialist already has this fact, or the item has programme facts.</exception>
    public ReviewFactsBuilder SetForSpecialist(int item, string specialistLabel, string factId, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(specialistLabel);
        ArgumentNullException.ThrowIfNull(factId);
        var (facts, index) = SpecialistOf(item, specialistLabel);
        AddTo(facts, item, index, new FactEntry(factId, value));
        return this;
    }

    /// <summary>Adds the programme-level facts of a typed record (the facts it has set) to its item.</summary>
    /// <typeparam name="T">The typed fact record.</typeparam>
    /// <param name="facts">The facts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The item already has one of these facts, or has per-specialist facts.</exception>
    public ReviewFactsBuilder Add<T>(T facts)
        where T : IItemFactsSource
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = ProgrammeOf(T.ItemNumber);
        foreach (var entry in facts.ToFactEntries())
        {
            AddTo(list, T.ItemNumber, null, entry);
        }

        return this;
    }

    /// <summary>Adds a typed record's facts for the specialist labelled <paramref name="specialistLabel"/>.</summary>
    /// <typeparam name="T">The typed fact record.</typeparam>
    /// <param name="specialistLabel">The opaque specialist label.</param>
    /// <param name="facts">The facts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">That specialist already has one of these facts, or the item has programme facts.</exception>
    public ReviewFactsBuilder AddSpecialist<T>(string specialistLabel, T facts)
        where T : IItemFactsSource
    {
        ArgumentNullException.ThrowIfNull(specialistLabel);
        ArgumentNullException.ThrowIfNull(facts);
        var (list, index) = SpecialistOf(T.ItemNumber, specialistLabel);
        foreach (var entry in facts.ToFactEntries())
        {
            AddTo(list, T.ItemNumber, index, entry);
        }

        return this;
    }

    /// <summary>Adds an item's facts (programme-level or per specialist, e.g. from a typed record's <c>PerSpecialist</c>).</summary>
    /// <param name="facts">The item facts.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">
    /// The facts hold both programme and specialist facts, the item already has facts of the other kind, or a fact is given twice.
    /// </exception>
    public ReviewFactsBuilder Add(ItemFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var programme = facts.Programme.IsDefault ? [] : facts.Programme;
        var specialists = facts.Specialists.IsDefault ? [] : facts.Specialists;
        if (!programme.IsEmpty && !specialists.IsEmpty)
        {
            throw Both(facts.Item);
        }

        foreach (var entry in programme)
        {
            AddTo(ProgrammeOf(facts.Item), facts.Item, null, entry);
        }

        foreach (var specialist in specialists)
        {
            ArgumentNullException.ThrowIfNull(specialist, nameof(facts));
            var (list, index) = SpecialistOf(facts.Item, specialist.Label ?? string.Empty);
            foreach (var entry in specialist.Facts.IsDefault ? [] : specialist.Facts)
            {
                AddTo(list, facts.Item, index, entry);
            }
        }

        return this;
    }

    /// <summary>Removes everything given for <paramref name="item"/>, so it can be given again.</summary>
    /// <param name="item">The item number.</param>
    /// <returns>This builder.</returns>
    public ReviewFactsBuilder Clear(int item)
    {
        items.Remove(item);
        return this;
    }

    /// <summary>Builds the review facts (the builder can go on being used; later changes do not affect this result).</summary>
    /// <returns>The facts, items in number order.</returns>
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

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static InvalidOperationException Both(int item) =>
        new("Item " + Int(item) + " takes programme facts or per-specialist facts, not both.");

    /// <summary>Adds <paramref name="entry"/> unless its fact is already there (then throws: never a silent replacement).</summary>
    private static void AddTo(List<FactEntry> list, int item, int? specialist, FactEntry entry)
    {
        foreach (var existing in list)
        {
            if (string.Equals(existing.Id, entry.Id, StringComparison.Ordinal))
            {
                var who = specialist is { } index ? " for specialist #" + Int(index + 1) : string.Empty;
                throw new InvalidOperationException("Item " + Int(item) + " already has the fact '" + entry.Id + "'" + who + "; a fact is given once (Clear the item to give it again).");
            }
        }

        list.Add(entry);
    }

    private List<FactEntry> ProgrammeOf(int item)
    {
        var entry = EntryOf(item);
        if (entry.Specialists.Count > 0)
        {
            throw Both(item);
        }

        return entry.Programme;
    }

    private (List<FactEntry> Facts, int Index) SpecialistOf(int item, string label)
    {
        var entry = EntryOf(item);
        if (entry.Programme.Count > 0)
        {
            throw Both(item);
        }

        for (var i = 0; i < entry.Specialists.Count; i++)
        {
            if (string.Equals(entry.Specialists[i].Label, label, StringComparison.Ordinal))
            {
                return (entry.Specialists[i].Facts, i);
            }
        }

        var list = new List<FactEntry>();
        entry.Specialists.Add((label, list));
        return (list, entry.Specialists.Count - 1);
    }

    private Entry EntryOf(int item)
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
