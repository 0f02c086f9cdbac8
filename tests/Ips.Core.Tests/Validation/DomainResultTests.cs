using Ips.Core.Jobs;
using Ips.Core.Validation;

namespace Ips.Core.Tests.Validation;

public sealed class DomainResultTests
{
    [Fact]
    public void Success_HasValueAndNoErrors()
    {
        var result = OccupationCode.TryCreate("5223");
        Assert.True(result.IsSuccess);
        Assert.Empty(result.Errors);
        Assert.Equal("5223", result.Value!.Value);
        Assert.Equal("5223", result.GetValueOrThrow().Value);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal("5223", value.Value);
    }

    [Fact]
    public void Failure_ValueThrowsWithGuidance()
    {
        var result = OccupationCode.TryCreate("x");
        Assert.False(result.IsSuccess);
        var ex = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Equal("The operation failed; there is no value. Inspect Errors instead.", ex.Message);
        Assert.Equal(ErrorCodes.Occupation.Format, Assert.Throws<DomainException>(() => result.GetValueOrThrow()).Code);
    }
}
