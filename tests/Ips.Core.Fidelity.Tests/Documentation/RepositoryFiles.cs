using System.Text;
using Ips.TestSupport;

namespace Ips.Core.Fidelity.Tests.Documentation;

/// <summary>Finds files of the repository (docs, READMEs) from the test assembly's directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>The variable that makes generated-doc tests rewrite their files instead of failing.</summary>
    public const string RegenerateVariable = "IPS_REGENERATE_DOCS";

    /// <summary>The repository root: the nearest ancestor of the test assembly's directory holding <c>Ips.Core.sln</c>.</summary>
    public static string Root => RepositoryPaths.Root;

    /// <summary>The full path of <paramref name="relativePath"/> (with <c>/</c> separators) under the root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file's text with line ends normalised to <c>\n</c> (a Windows checkout may have turned them into CRLF).</summary>
    public static string ReadText(string relativePath) =>
        File.ReadAllText(PathOf(relativePath), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Whether regeneration is asked for: <c>IPS_REGENERATE_DOCS</c> on and <c>CI</c> not on.</summary>
    public static bool RegenerationRequested(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        return IsOn(read(RegenerateVariable)) && !IsOn(read("CI"));
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public static void WriteText(string relativePath, string text) =>
        File.WriteAllText(PathOf(relativePath), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static bool IsOn(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed == "1" || string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase);
    }
}
