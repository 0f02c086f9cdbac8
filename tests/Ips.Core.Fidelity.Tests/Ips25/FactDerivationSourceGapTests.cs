using FluentValidation;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using Ips.TestSupport;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Ips25;

/// <summary>The derivation on a Jobbsporet export (examples/data/jobbsporet): items the source cannot give are named with the remedy, never derived from what is missing.</summary>
public sealed class FactDerivationSourceGapTests
{
    private static readonly DateInterval Period = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

    private static JobbsporetReadResult Export() =>
        JobbsporetExport.TryRead(Path.Combine(RepositoryPaths.Root, "examples", "data", "jobbsporet"));

    [Fact]
    public void ItemsTheExportLacks_AreNotDerived_AndListedWithTheFactAndTheRemedy()
    {
        var read = Export();
        var team = read.Teams[0];

        var derived = FactDerivation.Derive(read.Programmes[0], DerivationOptions.For(Period) with { SourceGaps = team.SourceGaps });

        Assert.Equal([4, 12, 13, 14, 16, 25], derived.NotDerived.Select(n => n.Item));
        var item4 = derived.NotDerived.Single(n => n.Item == 4);
        Assert.Equal(SourceFact.TreatmentTeamAssignment, item4.Missing);
        Assert.Contains("Behandlingsteam", item4.Remedy, StringComparison.Ordinal);
        Assert.DoesNotContain(derived.Facts, f => f.Item is 4 or 16);
        // What the export (with its supplements) does hold is derived.
        Assert.Equal(1.0, derived.Find(1, "fullTimeEquivalents", "ES 1")!.Value.Number);
        Assert.NotNull(derived.Find(15, "meanDaysToFirstEmployerContact"));
        Assert.NotNull(derived.Find(21, "currentJobs"));
        Assert.NotNull(derived.Find(24, "communityHoursPercent"));
    }

    [Fact]
    public void WithoutTheGaps_Item4WouldReadTheMissingTeamsAsASeparateProgramme()
    {
        var read = Export();

        var derived = FactDerivation.Derive(read.Programmes[0], DerivationOptions.For(Period));

        Assert.Empty(derived.NotDerived);
        Assert.True(derived.Find(4, "separateVocationalProgramme", "ES 1")!.Value.Flag);
    }

    [Fact]
    public void SpecialistsWithoutFte_TakeTheItemsThatCountSpecialistsWork()
    {
        var read = Export();

        var derived = FactDerivation.Derive(read.Programmes[1], DerivationOptions.For(Period) with { SourceGaps = read.Teams[1].SourceGaps });

        var fte = derived.NotDerived.Where(n => n.Missing == SourceFact.SpecialistFte).ToList();
        Assert.Equal([1, 15, 16, 17, 24], fte.Select(n => n.Item));
        Assert.All(fte, n => Assert.Equal(1, n.Records));
        Assert.Contains(derived.NotDerived, n => n is { Item: 19, Missing: SourceFact.OccupationCodes });
        Assert.Contains(derived.NotDerived, n => n is { Item: 21, Missing: SourceFact.JobTerms });
        Assert.DoesNotContain(derived.Facts, f => f.Item is 1 or 15 or 17 or 19 or 20 or 21 or 24);
    }

    [Fact]
    public void DerivedFacts_Score_AndTheOutcomeFigures_ShowTheJobbsporetExits()
    {
        var read = Export();
        var programme = read.Programmes[0];

        var derived = FactDerivation.Derive(programme, DerivationOptions.For(Period) with { SourceGaps = read.Teams[0].SourceGaps });
        var report = Ips25Scale.Engine.Score(derived.ToReviewFacts());
        var outcomes = NavOutcomeCalculator.Calculate(programme, Period);

        Assert.Contains(report.Items, i => i.Item == 1 && i.Score is not null);
        Assert.Equal(15, outcomes.Exits.Total);
        Assert.Equal(1, outcomes.Exits.ByReason.Single(r => r.Reason == NavEndReason.OldAgePension).Exits.Count);
        Assert.Equal(NavEndReasonCategory.Other, NavEndReasons.CategoryOf(NavEndReason.OldAgePension));
        // The four work details; the Work cause with the Illness detail (status Working) counts by its reason.
        Assert.Equal(4, outcomes.Exits.ToWork.Count);
    }

    [Fact]
    public void SourceGaps_MustBeSetAndDefined()
    {
        var options = DerivationOptions.For(Period) with { SourceGaps = [null!, new SourceGap((SourceFact)99, 0, "x")] };

        var result = DerivationOptionsValidator.Instance.Validate(options);

        Assert.Equal(2, result.Errors.Count(e => e.ErrorCode == "Derivation.SourceGapInvalid"));
        Assert.Throws<ValidationException>(() => FactDerivation.Derive(Export().Programmes[0], options));
    }
}
