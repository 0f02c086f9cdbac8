using System.Collections.Immutable;
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
