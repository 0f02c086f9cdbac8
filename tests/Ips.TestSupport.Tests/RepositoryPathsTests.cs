namespace Ips.TestSupport.Tests;

public sealed class RepositoryPathsTests
{
    [Fact]
    public void Root_is_the_directory_holding_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "Ips.Core.sln")));
        Assert.StartsWith(RepositoryPaths.Root, AppContext.BaseDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_joins_parts_under_the_root()
    {
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "examples", "reviews"), RepositoryPaths.Combine("examples", "reviews"));
    }

    [Fact]
    public void FindRoot_fails_outside_a_clone_naming_where_it_looked()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<InvalidOperationException>(() => RepositoryPaths.FindRoot(temp.Path));
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
    }
}
