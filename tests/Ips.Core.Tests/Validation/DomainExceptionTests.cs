using Ips.Core.Validation;

namespace Ips.Core.Tests.Validation;

public sealed class DomainExceptionTests
{
    [Fact]
    public void Constructor_SeveralErrors_CarriesAllAndFirstCode()
    {
        var ex = new DomainException([new DomainError("IPS-X-001", "A", "a broke."), new DomainError("IPS-X-002", "B", "b broke.")]);
        Assert.Equal("IPS-X-001", ex.Code);
        Assert.Equal(2, ex.Errors.Length);
        Assert.Equal("A", ex.ParamName);
        Assert.Contains("IPS-X-002: b broke.", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(ex);
    }

    [Fact]
    public void Value_OfFailedResult_Throws()
    {
        var result = Ips.Core.Jobs.OccupationCode.TryCreate("x");
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
    }
}
