using System.Collections.Immutable;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Tests.Results;

/// <summary>A result's lists are never default: an empty list given or left out reads, compares and hashes the same.</summary>
public sealed class ItemResultTests
{
    private static ItemResult Rated() => new() { Definition = Ips25Scale.Definition.Items[0], Status = ItemStatus.Rated, Score = 4 };

    [Fact]
    public void ListsLeftOut_ReadAsEmpty_NotDefault()
    {
        var result = Rated();

        Assert.False(result.Facts.IsDefault);
        Assert.Empty(result.Facts);
        Assert.Empty(result.Specialists);
        Assert.Empty(result.Modifiers);
        Assert.Empty(result.MissingFacts);
        Assert.Empty(result.DeterminedWithout);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void EmptyListsGiven_EqualListsLeftOut()
    {
        var given = Rated() with
        {
            Facts = [],
            Specialists = ImmutableArray.Create<SpecialistResult>(),
            Modifiers = default,
            MissingFacts = ImmutableArray<string>.Empty,
            DeterminedWithout = [],
            Errors = [],
        };

        Assert.Equal(Rated(), given);
        Assert.Equal(Rated().GetHashCode(), given.GetHashCode());
        Assert.Equal(Rated().ToString(), given.ToString());
    }

    [Fact]
    public void ListsGiven_AreKept_AndCopiedByWith()
    {
        ImmutableArray<FactEntry> facts = [new FactEntry("activeParticipants", FactValue.FromCount(36))];
        var result = Rated() with { Facts = facts, MissingFacts = ["fullTimeEquivalents"] };

        var copy = result with { Score = 3 };

        Assert.Equal(facts, copy.Facts);
        Assert.Equal(["fullTimeEquivalents"], copy.MissingFacts);
        Assert.NotEqual(result, Rated());
        Assert.Empty(Rated().Facts);
    }

    [Fact]
    public void RareParts_SetOnACopy_LeaveTheOriginalUnchanged_AndEachPartKeepsTheOthers()
    {
        var original = Rated() with { Status = ItemStatus.NotRated, Score = null, MissingFacts = ["fullTimeEquivalents"], PossibleScores = new(2, 5) };

        var copy = original with { DeterminedWithout = ["activeParticipants"], NotRatedReason = Ips25Scale.Definition.Items[0].Name, Errors = [AnError()] };

        Assert.Equal(["fullTimeEquivalents"], original.MissingFacts);
        Assert.Equal(new(2, 5), original.PossibleScores);
        Assert.Empty(original.DeterminedWithout);
        Assert.Null(original.NotRatedReason);
        Assert.Empty(original.Errors);
        Assert.Equal(["fullTimeEquivalents"], copy.MissingFacts);
        Assert.Equal(new(2, 5), copy.PossibleScores);
        Assert.Equal(["activeParticipants"], copy.DeterminedWithout);
        Assert.Same(Ips25Scale.Definition.Items[0].Name, copy.NotRatedReason);
        Assert.Single(copy.Errors);
        Assert.NotEqual(original, copy);
    }

    [Fact]
    public void RareParts_ComparedByValue_AndClearedPartsEqualPartsNeverSet()
    {
        ImmutableArray<string> missing = ["fullTimeEquivalents"];
        var a = Rated() with { MissingFacts = missing, PossibleScores = new(1, 3) };
        var b = Rated() with { PossibleScores = new(1, 3), MissingFacts = missing };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { PossibleScores = new(1, 4) });

        var cleared = a with { MissingFacts = [], PossibleScores = null };
        Assert.Equal(Rated(), cleared);
        Assert.Equal(Rated().GetHashCode(), cleared.GetHashCode());
    }

    [Fact]
    public void SpecialistRareParts_SetOnACopy_LeaveTheOriginalUnchanged_AndClearedPartsEqualPartsNeverSet()
    {
        var plain = new SpecialistResult { Label = "ES 1", Status = ItemStatus.NotRated };
        var original = plain with { MissingFacts = ["contactsPerWeek"], PossibleScores = new(1, 3) };

        var copy = original with { DeterminedWithout = ["jobSeekers"] };

        Assert.Equal(["contactsPerWeek"], original.MissingFacts);
        Assert.Empty(original.DeterminedWithout);
        Assert.Equal(["contactsPerWeek"], copy.MissingFacts);
        Assert.Equal(["jobSeekers"], copy.DeterminedWithout);
        Assert.Equal(new ScoreRange(1, 3), copy.PossibleScores);
        Assert.NotEqual(original, copy);
        Assert.Equal(original, plain with { PossibleScores = new(1, 3), MissingFacts = original.MissingFacts });

        var cleared = copy with { MissingFacts = [], DeterminedWithout = default, PossibleScores = null };
        Assert.Equal(plain, cleared);
        Assert.Equal(plain.GetHashCode(), cleared.GetHashCode());
    }

    private static FactError AnError() => new(FactErrorCodes.UnknownFact, 1, "x", null, null, "a declared fact", "Item 1: unknown fact x.");

    [Fact]
    public void Report_ListsLeftOut_ReadAsEmpty()
    {
        var report = new FidelityReport
        {
            Scale = Ips25Scale.Definition,
            EngineVersion = "1",
            ProgrammeLabel = "Team Test",
            Total = new ScoreSummary(),
            Sections = [],
        };

        Assert.False(report.Items.IsDefault);
        Assert.Empty(report.Items);
        Assert.Empty(report.Sections);
        Assert.Empty(report.InputErrors);
        Assert.Empty(report.Warnings);
        Assert.Equal(report, report with { Warnings = [], InputErrors = ImmutableArray<FactError>.Empty });
    }
}
