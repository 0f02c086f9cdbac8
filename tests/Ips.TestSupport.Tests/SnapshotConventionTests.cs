namespace Ips.TestSupport.Tests;

/// <summary>
/// The real convention, end to end: the verified file committed beside this source file
/// (SnapshotConventionTests.Verified_file_sits_beside_the_test_source.verified.txt).
/// </summary>
public sealed class SnapshotConventionTests
{
    [Fact]
    public async Task Verified_file_sits_beside_the_test_source()
    {
        await Snapshot.Verify("Ips.TestSupport snapshot\r\nline endings: LF\r\nencoding: UTF-8 without BOM (æøå)\r\n");
    }

    [Fact]
    public void Mapped_ci_source_path_resolves_to_this_directory()
    {
        // Deterministic CI builds report [CallerFilePath] as /_/tests/...; it must map back into the checkout.
        var real = SourcePaths.ResolveDirectory(CallerFile());

        var mapped = SourcePaths.ResolveDirectory("/_/tests/Ips.TestSupport.Tests/SnapshotConventionTests.cs");

        Assert.Equal(Path.GetFullPath(real), Path.GetFullPath(mapped));
        Assert.Throws<InvalidOperationException>(() => SourcePaths.ResolveDirectory("/_/no/such/dir/File.cs"));
    }

    private static string CallerFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
