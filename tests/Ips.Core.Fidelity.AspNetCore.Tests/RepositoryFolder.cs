namespace Ips.Core.Fidelity.AspNetCore.Tests;

/// <summary>Files of the repository the tests run in (the example reviews).</summary>
internal static class RepositoryFolder
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "examples", "reviews")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No examples/reviews folder above " + AppContext.BaseDirectory);
    });

    /// <summary>The names of the example reviews (<c>examples/reviews/*.json</c>), without the extension.</summary>
    public static IReadOnlyList<string> ExampleReviews =>
        [.. Directory.GetFiles(Path.Combine(Root.Value, "examples", "reviews"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    /// <summary>The text of example review <paramref name="name"/>.</summary>
    public static string ExampleReview(string name) => File.ReadAllText(Path.Combine(Root.Value, "examples", "reviews", name + ".json"));
}
