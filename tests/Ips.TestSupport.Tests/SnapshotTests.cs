using System.Text;

namespace Ips.TestSupport.Tests;

/// <summary>Snapshot behaviour against files in a temp directory, with the acceptance policy fixed per test.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string Verified(string name) => temp.File($"{nameof(SnapshotTests)}.{name}.verified.txt");

    private string Received(string name) => temp.File($"{nameof(SnapshotTests)}.{name}.received.txt");

    private SnapshotTask Check(string text) => Snapshot.Verify(text).UseDirectory(temp.Path).UsePolicy(SnapshotPolicy.Fail);

    [Fact]
    public async Task Matching_snapshot_passes()
    {
        await File.WriteAllTextAsync(Verified(nameof(Matching_snapshot_passes)), "line 1\nline 2\n", TestContext.Current.CancellationToken);

        await Check("line 1\nline 2\n");

        Assert.False(File.Exists(Received(nameof(Matching_snapshot_passes))));
    }

    [Fact]
    public async Task Mismatch_fails_and_writes_received_with_the_new_content()
    {
        var verified = Verified(nameof(Mismatch_fails_and_writes_received_with_the_new_content));
        var received = Received(nameof(Mismatch_fails_and_writes_received_with_the_new_content));
        await File.WriteAllTextAsync(verified, "a\nb\nc\nd\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("a\nb\nX\nd\n"));

        Assert.Equal("a\nb\nX\nd\n", await File.ReadAllTextAsync(received, TestContext.Current.CancellationToken));
        Assert.Equal("a\nb\nc\nd\n", await File.ReadAllTextAsync(verified, TestContext.Current.CancellationToken));
        Assert.Contains(verified, error.Message, StringComparison.Ordinal);
        Assert.Contains(received, error.Message, StringComparison.Ordinal);
        Assert.Contains("@@ -1,5 +1,5 @@\n a\n b\n-c\n+X\n d\n", error.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("IPS_SNAPSHOT_ACCEPT=1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_verified_file_fails_and_writes_received()
    {
        var received = Received(nameof(Missing_verified_file_fails_and_writes_received));

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("new\n"));

        Assert.Equal("new\n", await File.ReadAllTextAsync(received, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Verified(nameof(Missing_verified_file_fails_and_writes_received))));
        Assert.Contains("no verified file", error.Message, StringComparison.Ordinal);
        Assert.Contains("(missing)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crlf_input_equals_lf_verified()
    {
        await File.WriteAllTextAsync(Verified(nameof(Crlf_input_equals_lf_verified)), "a\nb\n", TestContext.Current.CancellationToken);

        await Check("a\r\nb\r\n");
    }

    [Fact]
    public async Task Verified_file_with_bom_and_crlf_on_disk_equals_lf_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("æ\r\nø\r\n")).ToArray();
        await File.WriteAllBytesAsync(Verified(nameof(Verified_file_with_bom_and_crlf_on_disk_equals_lf_text)), bytes, TestContext.Current.CancellationToken);

        await Check("æ\nø\n");
    }

    [Fact]
    public async Task Received_file_is_utf8_without_bom_with_lf_endings()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("\uFEFFå\r\nb\rc"));

        var bytes = await File.ReadAllBytesAsync(Received(nameof(Received_file_is_utf8_without_bom_with_lf_endings)), TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetBytes("å\nb\nc"), bytes);
    }

    [Fact]
    public async Task Trailing_newline_is_significant()
    {
        await File.WriteAllTextAsync(Verified(nameof(Trailing_newline_is_significant)), "a\n", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("a"));
    }

    [Fact]
    public async Task Stale_received_file_is_deleted_on_match()
    {
        var received = Received(nameof(Stale_received_file_is_deleted_on_match));
        await File.WriteAllTextAsync(Verified(nameof(Stale_received_file_is_deleted_on_match)), "same", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(received, "old attempt", TestContext.Current.CancellationToken);

        await Check("same");

        Assert.False(File.Exists(received));
    }

    [Fact]
    public async Task Accept_policy_writes_verified_and_passes()
    {
        var verified = Verified(nameof(Accept_policy_writes_verified_and_passes));
        var received = Received(nameof(Accept_policy_writes_verified_and_passes));
        await File.WriteAllTextAsync(verified, "old\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(received, "stale\n", TestContext.Current.CancellationToken);

        await Snapshot.Verify("new\r\n").UseDirectory(temp.Path).UsePolicy(SnapshotPolicy.Accept);

        Assert.Equal("new\n", await File.ReadAllTextAsync(verified, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(received));
    }

    [Theory]
    [InlineData("nb-NO", 1.5)]
    [InlineData("a/b", -2)]
    public async Task Theory_arguments_are_appended_like_UseParameters(string culture, double value)
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check($"{culture} {value}"));

        var suffix = culture == "nb-NO" ? "culture=nb-NO_value=1.5" : "culture=a-b_value=-2";
        Assert.True(File.Exists(Received($"{nameof(Theory_arguments_are_appended_like_UseParameters)}_{suffix}")));
    }

    [Theory]
    [InlineData("x", 1)]
    public async Task UseParameters_names_a_subset_from_the_first_parameter(string first, int second)
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check($"{first}{second}").UseParameters(first));

        Assert.True(File.Exists(Received($"{nameof(UseParameters_names_a_subset_from_the_first_parameter)}_first=x")));
    }

    [Fact]
    public async Task UseParameters_with_more_values_than_parameters_throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Check("x").UseParameters(1));
    }

    [Fact]
    public async Task UseTextForParameters_and_UseFileName_set_the_name()
    {
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("x").UseTextForParameters("case:1"));
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Check("x").UseFileName("Custom"));

        Assert.True(File.Exists(Received($"{nameof(UseTextForParameters_and_UseFileName_set_the_name)}_case-1")));
        Assert.True(File.Exists(temp.File("Custom.received.txt")));
    }

    [Fact]
    public async Task Relative_UseDirectory_is_relative_to_the_test_source_directory()
    {
        var sourceDirectory = SourcePaths.ResolveDirectory(CallerFile());
        var relative = Path.GetRelativePath(sourceDirectory, temp.Path);

        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Snapshot.Verify("x").UseDirectory(relative).UsePolicy(SnapshotPolicy.Fail));

        Assert.True(File.Exists(Received(nameof(Relative_UseDirectory_is_relative_to_the_test_source_directory))));
    }

    [Fact]
    public void Diff_truncates_long_changes()
    {
        var many = string.Join('\n', Enumerable.Range(0, 30).Select(i => $"line {i}"));

        var diff = SnapshotEngine.Diff("head\n" + many, "head\n");

        Assert.StartsWith("--- verified\n+++ received\n@@ -1,31 +1,2 @@\n head\n-line 0\n", diff, StringComparison.Ordinal);
        Assert.Contains("-… 18 more lines", diff, StringComparison.Ordinal);
    }

    private static string CallerFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    public sealed class Nested
    {
        [Fact]
        public async Task Nested_class_is_named_Outer_dot_Inner()
        {
            using var temp = new TempDirectory();

            await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Snapshot.Verify("x").UseDirectory(temp.Path).UsePolicy(SnapshotPolicy.Fail));

            Assert.True(File.Exists(temp.File($"SnapshotTests.Nested.{nameof(Nested_class_is_named_Outer_dot_Inner)}.received.txt")));
        }
    }
}
