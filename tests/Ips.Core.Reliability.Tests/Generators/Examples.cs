using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Formats.Json;

namespace Ips.Core.Reliability.Tests.Generators;

/// <summary>The example reviews in <c>examples/reviews/</c>, found by walking up from the test assembly.</summary>
internal static class Examples
{
    private static readonly Lazy<string> Directory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "examples", "reviews");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/reviews not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The example names (file names without <c>.json</c>), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. System.IO.Directory.GetFiles(Directory.Value, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    /// <summary>The JSON text of the example review record <c>examples/records/<paramref name="name"/>.review.json</c>.</summary>
    public static string RecordJson(string name) => File.ReadAllText(Path.Combine(Directory.Value, "..", "records", name + ".review.json"));

    /// <summary>The JSON text of example <paramref name="name"/>.</summary>
    public static string Json(string name) => File.ReadAllText(Path.Combine(Directory.Value, name + ".json"));

    /// <summary>The facts of example <paramref name="name"/>.</summary>
    public static ReviewFacts Facts(string name) => FidelityJson.ReadFacts(Json(name));
}
