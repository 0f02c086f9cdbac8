using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tests.Examples;

/// <summary>The example reviews in <c>examples/reviews/</c>, read through the public JSON API.</summary>
internal static class ExampleReviews
{
    /// <summary>The stable engine version put on reports that are snapshotted (the real one carries the commit).</summary>
    public const string ScrubbedEngineVersion = "0.0.0-snapshot";

    public static readonly string[] Names = ["exemplary", "fair", "not-ips", "incomplete"];

    private static readonly Lazy<string> Folder = new(FindFolder);

    public static string Directory => Folder.Value;

    public static string Json(string name) => File.ReadAllText(Path.Combine(Directory, name + ".json"));

    public static ReviewFacts Facts(string name) => FidelityJson.ReadFacts(Json(name));

    /// <summary>Scores the example with the default engine, with the engine version scrubbed for snapshots.</summary>
    public static FidelityReport Report(string name) =>
        Ips25Scale.Engine.Score(Facts(name)) with { EngineVersion = ScrubbedEngineVersion };

    public static ReportLanguage Language(string code) => code switch
    {
        "nb" => Ips25Scale.Norwegian,
        "en" => Ips25Scale.English,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "nb or en"),
    };

    /// <summary>Walks up from the test assembly to the repository's <c>examples/reviews</c> (works with CI's mapped source paths too).</summary>
    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "reviews");
            if (System.IO.Directory.Exists(candidate) && File.Exists(Path.Combine(candidate, "fair.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/reviews not found above " + AppContext.BaseDirectory);
    }
}
