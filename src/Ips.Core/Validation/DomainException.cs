using System.Collections.Immutable;

namespace Ips.Core.Validation;

/// <summary>Thrown by the throwing factories and operations (<c>Create</c>, <c>Add</c>, <c>Build</c>) when a domain rule is broken.</summary>
/// <remarks>
/// Carries every broken rule in <see cref="Errors"/>; <see cref="Code"/> is the first one's code. The message is
/// invariant-culture text and never contains identity values. The non-throwing counterparts
/// (<c>TryCreate</c>, <c>TryAdd</c>, <c>TryBuild</c>) return the same errors in a <see cref="DomainResult{T}"/>.
/// </remarks>
public sealed class DomainException : ArgumentException
{
    /// <summary>Creates an exception for a single broken rule.</summary>
    /// <param name="error">The broken rule.</param>
    public DomainException(DomainError error)
        : this(ImmutableArray.Create(error ?? throw new ArgumentNullException(nameof(error))))
    {
    }

    /// <summary>Creates an exception for one or more broken rules.</summary>
    /// <param name="errors">The broken rules; at least one.</param>
    public DomainException(IEnumerable<DomainError> errors)
        : this(ToNonEmptyArray(errors))
    {
    }

    private DomainException(ImmutableArray<DomainError> errors)
        : base(Describe(errors), errors[0].PropertyName)
    {
        Errors = errors;
    }

    /// <summary>The code of the first broken rule.</summary>
    public string Code => Errors[0].Code;

    /// <summary>Every broken rule, in the order they were found; never empty.</summary>
    public ImmutableArray<DomainError> Errors { get; }

    private static ImmutableArray<DomainError> ToNonEmptyArray(IEnumerable<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var array = errors.ToImmutableArray();
        return array.IsEmpty
            ? throw new ArgumentException("At least one error is required.", nameof(errors))
            : array;
    }

    private static string Describe(ImmutableArray<DomainError> errors) =>
        errors.Length == 1
            ? $"{errors[0].Code}: {errors[0].Message}"
            : string.Join(" ", errors.Select(e => $"{e.Code}: {e.Message}"));
}
