namespace Ips.TestSupport;

/// <summary>The repository the tests run from: the nearest ancestor of the test binaries holding <c>Ips.Core.sln</c>.</summary>
public static class RepositoryPaths
{
    private const string Marker = "Ips.Core.sln";

    private static readonly Lazy<string> RootDirectory = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The repository root.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>The full path of <paramref name="parts"/> under the root (e.g. <c>"examples", "reviews", "fair.json"</c>).</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The nearest ancestor of <paramref name="start"/> (itself included) that holds <c>Ips.Core.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">No such directory: the tests are not running inside a clone.</exception>
    public static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(Marker + " not found above " + start + ".");
    }
}
