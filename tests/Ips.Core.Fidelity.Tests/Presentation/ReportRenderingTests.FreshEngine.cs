using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Tests.Examples;
using Ips.Core.Fidelity.Tests.Documentation;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Presentation;

/// <summary>
/// An engine compiled from a freshly loaded definition renders exactly the pinned reports. (The shared
/// <see cref="Ips25Scale.Engine"/> is compiled once per process, before a mutation-testing run switches a mutant on.)
/// </summary>
public sealed partial class ReportRenderingTests
{
    [Fact]
    public void FreshEngine_RendersEveryPinnedExampleReport()
    {
        var engine = new FidelityEngine(Ips25Scale.LoadDefinition());
        foreach (var name in ExampleReviews.Names)
        {
            foreach (var (code, language) in new[] { ("nb", Ips25Scale.Norwegian), ("en", Ips25Scale.English) })
            {
                var report = engine.Score(ExampleReviews.Facts(name)) with { EngineVersion = ExampleReviews.ScrubbedEngineVersion };
                foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown })
                {
                    var pinned = RepositoryFiles.ReadText($"tests/Ips.Core.Fidelity.Tests/Presentation/ReportRenderingTests.Example_RendersAsPinned_example={name}_language={code}_format={format}.verified.txt");
                    Assert.Equal(pinned.ReplaceLineEndings("\n"), ReportRenderer.Render(report, format, language).ReplaceLineEndings("\n"));
                }
            }
        }
    }
}
