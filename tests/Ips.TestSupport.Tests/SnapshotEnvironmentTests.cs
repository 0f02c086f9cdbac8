namespace Ips.TestSupport.Tests;

/// <summary>Acceptance driven by the real CI and IPS_SNAPSHOT_ACCEPT variables (process-wide, so run serially).</summary>
[Collection(EnvironmentSerial.Name)]
public sealed class SnapshotEnvironmentTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private string Verified => temp.File($"{nameof(SnapshotEnvironmentTests)}.{TestContext.Current.TestMethod!.MethodName}.verified.txt");

    private string Received => temp.File($"{nameof(SnapshotEnvironmentTests)}.{TestContext.Current.TestMethod!.MethodName}.received.txt");

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public async Task CI_true_never_accepts_even_with_the_accept_variable(string ci)
    {
        using var env = new EnvironmentScope(("CI", ci), (Snapshot.AcceptVariable, "1"));
        var verified = temp.File($"{nameof(SnapshotEnvironmentTests)}.{nameof(CI_true_never_accepts_even_with_the_accept_variable)}.verified.txt");
        await File.WriteAllTextAsync(verified, "old\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(
            async () => await Snapshot.Verify("new\n").UseDirectory(temp.Path).UseFileName(
                $"{nameof(SnapshotEnvironmentTests)}.{nameof(CI_true_never_accepts_even_with_the_accept_variable)}"));

        Assert.Equal("old\n", await File.ReadAllTextAsync(verified, TestContext.Current.CancellationToken));
        Assert.Contains("ignored because CI=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CI_true_does_not_accept_a_missing_snapshot()
    {
        using var env = new EnvironmentScope(("CI", "true"), (Snapshot.AcceptVariable, "1"));

        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Snapshot.Verify("new\n").UseDirectory(temp.Path));

        Assert.False(File.Exists(Verified));
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public async Task Default_without_the_accept_variable_is_to_fail()
    {
        using var env = new EnvironmentScope(("CI", null), (Snapshot.AcceptVariable, null));

        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Snapshot.Verify("new\n").UseDirectory(temp.Path));

        Assert.False(File.Exists(Verified));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task Accept_variable_outside_CI_accepts(string? ci)
    {
        using var env = new EnvironmentScope(("CI", ci), (Snapshot.AcceptVariable, "1"));
        var verified = temp.File($"{nameof(SnapshotEnvironmentTests)}.{nameof(Accept_variable_outside_CI_accepts)}.verified.txt");

        await Snapshot.Verify("accepted\r\n").UseDirectory(temp.Path).UseFileName(
            $"{nameof(SnapshotEnvironmentTests)}.{nameof(Accept_variable_outside_CI_accepts)}");

        Assert.Equal("accepted\n", await File.ReadAllTextAsync(verified, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void EnvironmentScope_restores_previous_values()
    {
        const string name = "IPS_TESTSUPPORT_PROBE";
        Environment.SetEnvironmentVariable(name, "before");
        try
        {
            using (new EnvironmentScope((name, "during")))
            {
                Assert.Equal("during", Environment.GetEnvironmentVariable(name));
            }

            Assert.Equal("before", Environment.GetEnvironmentVariable(name));
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}

/// <summary>The policy itself, from a fake environment.</summary>
public sealed class SnapshotPolicyTests
{
    [Theory]
    [InlineData(null, null, false, false)]
    [InlineData(null, "1", true, false)]
    [InlineData("false", "true", true, false)]
    [InlineData(null, "0", false, false)]
    [InlineData("true", null, false, false)]
    [InlineData("true", "1", false, true)]
    [InlineData("1", "1", false, true)]
    public void Accepts_only_when_asked_and_not_in_CI(string? ci, string? accept, bool autoAccept, bool ignoredInCi)
    {
        var policy = SnapshotPolicy.FromEnvironment(name => name switch
        {
            "CI" => ci,
            Snapshot.AcceptVariable => accept,
            _ => null,
        });

        Assert.Equal(new SnapshotPolicy(autoAccept, ignoredInCi), policy);
    }
}
