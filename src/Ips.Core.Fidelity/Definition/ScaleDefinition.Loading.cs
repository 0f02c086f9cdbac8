using System.Text;
using System.Text.Json;

namespace Ips.Core.Fidelity.Definition;

public sealed partial record ScaleDefinition
{
    /// <summary>The name of the embedded IPS-25 definition resource.</summary>
    internal const string EmbeddedResourceName = "Ips.Core.Fidelity.Scale.ips-25.v1.json";

    private static readonly UTF8Encoding StrictUtf8Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The shared instance is read without re-running ScaleDefinitionValidator: the resource is part of this assembly, and
    // the tests check that exactly these bytes validate (ScaleDefinitionReaderTests). Validating it in every process
    // cost most of the first FluentValidation use at start-up (docs/benchmarks.md, third round).
    private static readonly Lazy<ScaleDefinition> Embedded = new(
        () => ReadEmbedded() ?? throw EmptyDocument(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded IPS-25 definition, loaded once: the default of the lower layers' optional scale parameters. Users
    /// reach it as <c>Ips25Scale.Definition</c> (the IPS-25 pack).
    /// </summary>
    internal static ScaleDefinition Ips25 => Embedded.Value;

    /// <summary>Loads and validates the embedded IPS-25 definition (a fresh instance each call; prefer <see cref="Ips25"/>).</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The embedded definition is broken.</exception>
    internal static ScaleDefinition LoadEmbedded() => Validated(ReadEmbedded());

    private static ScaleDefinition? ReadEmbedded()
    {
        using var stream = typeof(ScaleDefinition).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new ScaleDefinitionException(
                [new ScaleDefinitionProblem(null, "$", ScaleProblemCodes.ResourceMissing, "The embedded resource '" + EmbeddedResourceName + "' was not found.")]);
        return Read(stream);
    }

    /// <summary>Loads and validates a definition from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; it is read to the end, not disposed.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The JSON cannot be read, or the definition is inconsistent.</exception>
    public static ScaleDefinition Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Validated(Read(utf8Json));
    }

    /// <summary>Loads and validates a definition from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The JSON cannot be read, or the definition is inconsistent.</exception>
    public static ScaleDefinition Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var definition = StrictUtf8(json) is { } bytes ? ScaleDefinitionReader.TryRead(bytes) : null;
        if (definition is null)
        {
            try
            {
                definition = JsonSerializer.Deserialize(json, ScaleJsonContext.Default.ScaleDefinition);
            }
            catch (JsonException exception)
            {
                throw ReadFailure(exception);
            }
        }

        return Validated(definition);
    }

    /// <summary>Writes this definition as indented JSON in the same shape <see cref="Load(string)"/> reads.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ScaleJsonContext.Default.ScaleDefinition);

    // Both Load overloads try ScaleDefinitionReader first (no serializer metadata to build and JIT-compile, most of a
    // fresh process's start-up); what it does not read, the source-generated serializer reads, with its errors.
    private static ScaleDefinition? Read(Stream utf8Json)
    {
        var bytes = ReadToEnd(utf8Json);

        // The serializer skips a UTF-8 byte order mark at the start of a stream; so does this path.
        var definition = ScaleDefinitionReader.TryRead(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes);
        if (definition is not null)
        {
            return definition;
        }

        try
        {
            return JsonSerializer.Deserialize(new MemoryStream(bytes, writable: false), ScaleJsonContext.Default.ScaleDefinition);
        }
        catch (JsonException exception)
        {
            throw ReadFailure(exception);
        }
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining >= 0 && remaining <= Array.MaxLength)
            {
                var exact = new byte[remaining];
                stream.ReadExactly(exact);
                return exact;
            }
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static ScaleDefinitionException EmptyDocument() =>
        new([new ScaleDefinitionProblem(null, "$", ScaleProblemCodes.Empty, "The JSON document is null.")]);

    private static ScaleDefinitionException ReadFailure(JsonException exception) =>
        new([new ScaleDefinitionProblem(null, exception.Path ?? "$", ScaleProblemCodes.UnreadableJson, exception.Message)], exception);

    private static ScaleDefinition Validated(ScaleDefinition? definition)
    {
        if (definition is null)
        {
            throw EmptyDocument();
        }

        var problems = ScaleDefinitionValidator.Check(definition);
        if (!problems.IsEmpty)
        {
            throw new ScaleDefinitionException(problems);
        }

        return definition;
    }

    // UTF-16 to UTF-8, refusing lone surrogates rather than replacing them, so the reader never sees other text than
    // the serializer would; such a string goes to the serializer.
    private static byte[]? StrictUtf8(string text)
    {
        try
        {
            return StrictUtf8Encoding.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }
}
