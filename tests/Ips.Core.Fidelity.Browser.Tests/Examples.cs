using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Reviews;

namespace Ips.Core.Fidelity.Browser.Tests;

/// <summary>The shipped example reviews (<c>examples/reviews</c>) and records (<c>examples/records</c>), and their HTML feedback reports.</summary>
internal static class Examples
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    public static FidelityReport Report(string name) =>
        Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "reviews", name + ".json")))) with { EngineVersion = "0.0.0-browser" };

    public static ReviewRecord? Record(string name)
    {
        var path = Path.Combine(RepositoryRoot, "examples", "records", name + ".review.json");
        return File.Exists(path) ? ReviewRecordJson.Read(File.ReadAllText(path), Ips25Scale.Definition) : null;
    }

    public static string Html(string name, ReportLanguage language) => FeedbackReport.Render(Report(name), Record(name), ReportFormat.Html, language);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "examples", "reviews", "fair.json")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("examples/reviews not found above " + AppContext.BaseDirectory);
    }
}
