namespace Ips.TestSupport;

/// <summary>Whether a mismatching snapshot is accepted (written as verified) instead of failing.</summary>
/// <param name="AutoAccept">Write verified files instead of failing.</param>
/// <param name="AcceptIgnoredInCi">The accept variable was set but ignored because CI is true.</param>
internal readonly record struct SnapshotPolicy(bool AutoAccept, bool AcceptIgnoredInCi)
{
    internal static SnapshotPolicy Fail => new(AutoAccept: false, AcceptIgnoredInCi: false);

    internal static SnapshotPolicy Accept => new(AutoAccept: true, AcceptIgnoredInCi: false);

    /// <summary>Accept only when <c>IPS_SNAPSHOT_ACCEPT</c> is on and <c>CI</c> is not.</summary>
    internal static SnapshotPolicy FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var ci = IsOn(read("CI"));
        var accept = IsOn(read(Snapshot.AcceptVariable));
        return new SnapshotPolicy(AutoAccept: accept && !ci, AcceptIgnoredInCi: accept && ci);
    }

    private static bool IsOn(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed == "1" || string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase);
    }
}
