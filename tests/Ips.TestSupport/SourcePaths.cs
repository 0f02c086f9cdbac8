namespace Ips.TestSupport;

/// <summary>Finds the directory of a test source file from its <c>[CallerFilePath]</c>.</summary>
internal static class SourcePaths
{
    /// <summary>
    /// The directory of <paramref name="sourceFile"/>. Deterministic CI builds (<c>ContinuousIntegrationBuild</c>,
    /// which Directory.Build.props turns on when <c>CI=true</c>) map the repository root to <c>/_/</c> in
    /// <c>[CallerFilePath]</c>; such a path is resolved against the nearest ancestor of
    /// <paramref name="searchFrom"/> (default: the test assembly's directory) that contains it.
    /// </summary>
    internal static string ResolveDirectory(string sourceFile, string? searchFrom = null)
    {
        if (string.IsNullOrEmpty(sourceFile))
        {
            throw new InvalidOperationException("No source file path: pass [CallerFilePath] or use UseDirectory with an absolute path.");
        }

        var directory = Path.GetDirectoryName(sourceFile);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory))
        {
            return directory;
        }

        var relative = MappedRelativeDirectory(sourceFile);
        if (relative is not null)
        {
            for (var root = new DirectoryInfo(searchFrom ?? AppContext.BaseDirectory); root is not null; root = root.Parent)
            {
                var candidate = Path.Combine(root.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Cannot find the directory of test source file '{sourceFile}' (searched up from '{searchFrom ?? AppContext.BaseDirectory}').");
    }

    /// <summary><c>/_/tests/X/Y.cs</c> or <c>/_1/…</c> → <c>tests/X</c>; null when not a mapped path.</summary>
    private static string? MappedRelativeDirectory(string sourceFile)
    {
        var path = sourceFile.Replace('\\', '/');
        if (!path.StartsWith("/_", StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', 2);
        if (end < 0 || !path.AsSpan(2, end - 2).ToString().All(char.IsAsciiDigit))
        {
            return null;
        }

        var relative = Path.GetDirectoryName(path[(end + 1)..]);
        return string.IsNullOrEmpty(relative) ? null : relative;
    }
}
