using System.Diagnostics.CodeAnalysis;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>The outcome of a non-throwing read (<see cref="FidelityJson.TryReadFacts(string, Definition.ScaleDefinition?, FidelityJsonLimits?)"/>, <see cref="FidelityJson.TryReadReport"/>): the value, or the error.</summary>
/// <typeparam name="T">What was read.</typeparam>
/// <remarks>The counterpart of the throwing readers, as NodaTime's <c>ParseResult</c> sits beside <c>Parse</c>. Immutable.</remarks>
public sealed class JsonReadResult<T>
    where T : class
{
    private readonly T? value;

    private JsonReadResult(T? value, JsonReadError? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Whether the document was read.</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Why the document was not read; null on success.</summary>
    public JsonReadError? Error { get; }

    /// <summary>The value read, or null when the read failed.</summary>
    public T? ValueOrNull => value;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The read failed; the message is the error's.</exception>
    public T Value => value ?? throw new InvalidOperationException("The JSON document was not read: " + Error);

    internal static JsonReadResult<T> Of(T value) => new(value, null);

    internal static JsonReadResult<T> Failed(JsonReadError error) => new(null, error);
}
