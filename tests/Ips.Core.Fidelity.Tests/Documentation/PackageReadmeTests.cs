using Ips.Core.Caseloads;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Identity;
using Ips.Core.Programmes;
using Ips.Core.Specialists;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ips.Core.Fidelity.Tests.Documentation;

/// <summary>The "Rendering, JSON, DI, records" block of <c>src/Ips.Core.Fidelity/README.md</c> compiles and does what its comments say.</summary>
public sealed class PackageReadmeTests
{
    [Fact]
    public void RenderingJsonDiRecordsBlock_Works()
    {
        // Givens the README block takes for granted.
        var report = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(RepositoryFiles.PathOf("examples/reviews/fair.json"))));
        var json = FidelityJson.WriteFacts(new ReviewFactsBuilder("Team Nord", new LocalDate(2026, 10, 1)).Build());
        var services = new ServiceCollection();
        var specialist = EmploymentSpecialist.Create(SpecialistId.Create("es-1"), fte: 1.0m, teams: [TeamId.Create("fact-1")]);
        var programme = IpsProgramme.CreateBuilder(ProgrammeId.Create("prog-1")).Add(specialist).Add(Caseload.Create(specialist)).Build();
        var period = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30));
        var reviewerFacts = new ReviewFactsBuilder("Team Nord", period.End)
            .SetForSpecialist(17, "ES 1", "contactLogReview", FactValue.FromLevel("weekly"))
            .Build();

        // The README block.
        string text = report.ToText();                                  // plain text in the scale's default language (nb)
        string markdown = report.ToMarkdown(Ips25Scale.English);    // or Markdown, in another of its languages

        ReviewFacts fromFile = FidelityJson.ReadFacts(json);            // {"schemaVersion": 1, "programme": …, "items": [...]}
        string reportJson = FidelityJson.WriteReport(report);           // stamps, totals, items, texts (nb); exact round trip

        services.AddIpsFidelity();   // ScaleDefinition, FidelityEngine/IFidelityEngine, ReviewFactsValidator (singletons, TryAdd)

        DerivedReview derived = FactDerivation.Derive(programme, DerivationOptions.For(period));   // items 1, 4, 13, 15–17, 19–21, 23, 24
        ReviewFacts merged = derived.MergeWith(reviewerFacts);          // the reviewer's facts win; origins kept

        Assert.Contains("Totalskår: 83", text, StringComparison.Ordinal);
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Equal("Team Nord", fromFile.ProgrammeLabel);
        Assert.Equal(reportJson, FidelityJson.WriteReport(FidelityJson.ReadReport(reportJson, report.Scale)));
        using var provider = services.BuildServiceProvider();
        Assert.Same(Ips25Scale.Engine, provider.GetRequiredService<IFidelityEngine>());
        Assert.NotNull(merged.Find(17));
    }
}
