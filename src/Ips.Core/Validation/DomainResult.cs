using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Ips.Core.Validation;

/// <summary>The outcome of a non-throwing factory or operation: either a value or the broken rules.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe when <typeparamref name="T"/> is.</remarks>
public sealed class DomainResult<T>
{
    private readonly T? _value;

    internal DomainResult(T value)
    {
        _value = value;
        Errors = [];
    }

    internal DomainResult(ImmutableArray<DomainError> errors)
    {
        Errors = errors;
    }

    internal DomainResult(DomainError error)
        : this(ImmutableArray.Create(error))
    {
    }

    /// <summary>Whether the operation succeeded; when it did, <see cref="Errors"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors.IsEmpty;

    /// <summary>The broken rules; empty on success.</summary>
    public ImmutableArray<DomainError> Errors { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The operation failed.</exception>
    public T? Value => IsSuccess
        ? _value
        : throw new InvalidOperationException("The operation failed; there is no value. Inspect Errors instead.");

    /// <summary>Returns the value, or throws a <see cref="DomainException"/> carrying <see cref="Errors"/>.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DomainException">The operation failed.</exception>
    public T GetValueOrThrow() => IsSuccess ? _value! : throw new DomainException(Errors);

    /// <summary>Gets the value when the operation succeeded.</summary>
    /// <param name="value">The value on success; otherwise the default.</param>
    /// <returns>Whether the operation succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    internal static DomainResult<T> Fail(List<DomainError> errors) => new([.. errors]);
}
