using System.Globalization;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using NodaTime;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests;

/// <summary>Runs code under a chosen culture and restores the previous one (local to this suite).</summary>
internal sealed class CultureSwitch : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    public CultureSwitch(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        var target = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = target;
        CultureInfo.CurrentUICulture = target;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}

/// <summary>Small builders for review facts used across the suite.</summary>
internal static class Review
{
    public static readonly LocalDate Date = new(2026, 3, 2);

    public static FidelityEngine Engine => Ips25Scale.Engine;

    public static ReviewFactsBuilder Builder() => new("Team Test", Date);

    /// <summary>A number fact. Not <c>N</c>: FluentValidation 12.2 has a namespace <c>N</c>, which hides a <c>using static</c> method of that name.</summary>
    public static FactEntry NumberFact(string id, double value) => new(id, FactValue.FromNumber(value));

    public static FactEntry C(string id, long value) => new(id, FactValue.FromCount(value));

    public static FactEntry L(string id, string level) => new(id, FactValue.FromLevel(level));

    public static FactEntry F(string id, bool value) => new(id, FactValue.FromFlag(value));

    public static FactEntry E(string id, params string[] elements) => new(id, FactValue.FromElements(elements));

    /// <summary>Review facts holding exactly <paramref name="items"/>, unchecked (the builder refuses repeated facts; the engine must judge them).</summary>
    public static ReviewFacts Raw(params ItemFacts[] items) => new() { ProgrammeLabel = "Team Test", ReviewDate = Date, Items = [.. items] };

    /// <summary>Scores one item from programme facts and returns its result.</summary>
    public static ItemResult Item(int item, params FactEntry[] facts)
    {
        // Raw input, as a JSON reader gives it: the engine must judge it (duplicates included), not the builder.
        return Engine.Score(Raw(ItemFacts.ForProgramme(item, facts))).Item(item);
    }

    /// <summary>Scores one item from per-specialist facts and returns its result.</summary>
    public static ItemResult ForSpecialists(int item, params (string Label, FactEntry[] Facts)[] specialists)
    {
        var sets = new List<SpecialistFacts>();
        foreach (var (label, facts) in specialists)
        {
            sets.Add(new SpecialistFacts { Label = label, Facts = [.. facts] });
        }

        return Engine.Score(Raw(ItemFacts.ForSpecialists(item, sets))).Item(item);
    }

    /// <summary>The ids of the first <paramref name="count"/> elements of an elements fact.</summary>
    public static string[] FirstElements(int item, string factId, int count)
    {
        var fact = Ips25Scale.Definition.FindItem(item)!.FindFact(factId)!;
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = fact.Elements[i].Id;
        }

        return ids;
    }
}
