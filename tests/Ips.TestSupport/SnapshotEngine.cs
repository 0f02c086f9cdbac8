using System.Globalization;
using System.Text;

namespace Ips.TestSupport;

/// <summary>Compares text with a verified file and writes the received file.</summary>
internal static class SnapshotEngine
{
    private const int ContextLines = 2;
    private const int MaxChangedLines = 12;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>LF line endings, no byte-order mark.</summary>
    internal static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    internal static string VerifiedPath(string directory, string name) => Path.Combine(directory, name + ".verified.txt");

    internal static string ReceivedPath(string directory, string name) => Path.Combine(directory, name + ".received.txt");

    internal static async Task VerifyAsync(string text, string directory, string name, SnapshotPolicy policy, CancellationToken cancellationToken)
    {
        var verifiedPath = VerifiedPath(directory, name);
        var receivedPath = ReceivedPath(directory, name);
        var received = Normalize(text);
        var verified = File.Exists(verifiedPath)
            ? Normalize(await File.ReadAllTextAsync(verifiedPath, Encoding.UTF8, cancellationToken))
            : null;

        if (verified is not null && string.Equals(verified, received, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (policy.AutoAccept)
        {
            await File.WriteAllTextAsync(verifiedPath, received, Utf8NoBom, cancellationToken);
            File.Delete(receivedPath);
            return;
        }

        await File.WriteAllTextAsync(receivedPath, received, Utf8NoBom, cancellationToken);
        throw new SnapshotMismatchException(Message(name, verifiedPath, receivedPath, verified, received, policy));
    }

    private static string Message(string name, string verifiedPath, string receivedPath, string? verified, string received, SnapshotPolicy policy)
    {
        var message = new StringBuilder();
        message.Append(verified is null ? "Snapshot has no verified file: " : "Snapshot does not match: ").AppendLine(name);
        message.Append("  verified: ").Append(verifiedPath).AppendLine(verified is null ? " (missing)" : string.Empty);
        message.Append("  received: ").AppendLine(receivedPath);
        message.AppendLine(Diff(verified, received));
        message.Append("To accept: move the received file over the verified file, or re-run locally with ")
            .Append(Snapshot.AcceptVariable).Append("=1.");
        if (policy.AcceptIgnoredInCi)
        {
            message.Append(' ').Append(Snapshot.AcceptVariable).Append(" is ignored because CI=true.");
        }

        return message.ToString();
    }

    /// <summary>One unified-diff hunk around the first difference (common prefix and suffix lines as context).</summary>
    internal static string Diff(string? verified, string received)
    {
        var before = verified is null ? [] : verified.Split('\n');
        var after = received.Split('\n');

        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix
            && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        var start = Math.Max(0, prefix - ContextLines);
        var beforeEnd = Math.Min(before.Length, before.Length - suffix + ContextLines);
        var afterEnd = Math.Min(after.Length, after.Length - suffix + ContextLines);

        var diff = new StringBuilder();
        diff.AppendLine("--- verified").AppendLine("+++ received");
        diff.Append(CultureInfo.InvariantCulture, $"@@ -{start + 1},{beforeEnd - start} +{start + 1},{afterEnd - start} @@").AppendLine();
        for (var i = start; i < prefix; i++)
        {
            diff.Append(' ').AppendLine(before[i]);
        }

        AppendChanged(diff, '-', before, prefix, before.Length - suffix);
        AppendChanged(diff, '+', after, prefix, after.Length - suffix);
        for (var i = after.Length - suffix; i < afterEnd; i++)
        {
            diff.Append(' ').AppendLine(after[i]);
        }

        return diff.ToString().TrimEnd('\n');
    }

    private static void AppendChanged(StringBuilder diff, char marker, string[] lines, int from, int to)
    {
        var shown = Math.Min(to, from + MaxChangedLines);
        for (var i = from; i < shown; i++)
        {
            diff.Append(marker).AppendLine(lines[i]);
        }

        if (to > shown)
        {
            diff.Append(CultureInfo.InvariantCulture, $"{marker}… {to - shown} more lines").AppendLine();
        }
    }
}
