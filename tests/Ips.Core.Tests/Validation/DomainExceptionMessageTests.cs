using Ips.Core.Validation;

namespace Ips.Core.Tests.Validation;

public sealed class DomainExceptionMessageTests
{
    [Fact]
    public void SingleError_MessageIsCodeThenMessage()
    {
        var ex = new DomainException(new DomainError("IPS-X-001", "A", "a broke."));
        Assert.StartsWith("IPS-X-001: a broke.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("A", ex.ParamName);
        Assert.Equal("IPS-X-001", ex.Code);
    }

    [Fact]
    public void SeveralErrors_MessageJoinsAllWithSpaces()
    {
        var ex = new DomainException([new DomainError("IPS-X-001", "A", "a broke."), new DomainError("IPS-X-002", "B", "b broke.")]);
        Assert.StartsWith("IPS-X-001: a broke. IPS-X-002: b broke.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoErrors_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new DomainException(Array.Empty<DomainError>()));
        Assert.Equal("errors", ex.ParamName);
        Assert.StartsWith("At least one error is required.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullError_IsRejected()
    {
        Assert.Equal("error", Assert.Throws<ArgumentNullException>(() => new DomainException((DomainError)null!)).ParamName);
        Assert.Equal("errors", Assert.Throws<ArgumentNullException>(() => new DomainException((IEnumerable<DomainError>)null!)).ParamName);
    }
}
