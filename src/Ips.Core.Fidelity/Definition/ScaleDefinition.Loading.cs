using System.Text.Json;

namespace Ips.Core.Fidelity.Definition;

public sealed partial record ScaleDefinition
{
    /// <summary>The name of the embedded IPS-25 definition resource.</summary>
    internal const string EmbeddedResourceName = "Ips.Core.Fidelity.Scale.ips-25.v1.json";

    private static readonly Lazy<ScaleDefinition> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The embedded IPS-25 definition, loaded once: the default of the lower layers' optional scale parameters. Users
    /// reach it as <c>Ips25Scale.Definition</c> (the IPS-25 pack).
    /// </summary>
    internal static ScaleDefinition Ips25 => Embedded.Value;

    /// <summary>Loads and validates the embedded IPS-25 definition (a fresh instance each call; prefer <see cref="Ips25"/>).</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The embedded definition is broken.</exception>
    internal static ScaleDefinition LoadEmbedded()
    {
        using var stream = typeof(ScaleDefinition).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new ScaleDefinitionException(
                [new ScaleDefinitionProblem(null, "$", ScaleProblemCodes.ResourceMissing, "The embedded resource '" + EmbeddedResourceName + "' was not found.")]);
        return Load(stream);
    }

    /// <summary>Loads and validates a definition from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON stream; it is read to the end, not disposed.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The JSON cannot be read, or the definition is inconsistent.</exception>
    public static ScaleDefinition Load(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ScaleDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize(utf8Json, ScaleJsonContext.Default.ScaleDefinition);
        }
        catch (JsonException exception)
        {
            throw ReadFailure(exception);
        }

        return Validated(definition);
    }

    /// <summary>Loads and validates a definition from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The JSON cannot be read, or the definition is inconsistent.</exception>
    public static ScaleDefinition Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        ScaleDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize(json, ScaleJsonContext.Default.ScaleDefinition);
        }
        catch (JsonException exception)
        {
            throw ReadFailure(exception);
        }

        return Validated(definition);
    }

    /// <summary>Writes this definition as indented JSON in the same shape <see cref="Load(string)"/> reads.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ScaleJsonContext.Default.ScaleDefinition);

    private static ScaleDefinitionException ReadFailure(JsonException exception) =>
        new([new ScaleDefinitionProblem(null, exception.Path ?? "$", ScaleProblemCodes.UnreadableJson, exception.Message)], exception);

    private static ScaleDefinition Validated(ScaleDefinition? definition)
    {
        if (definition is null)
        {
            throw new ScaleDefinitionException(
                [new ScaleDefinitionProblem(null, "$", ScaleProblemCodes.Empty, "The JSON document is null.")]);
        }

        var problems = ScaleDefinitionValidator.Check(definition);
        if (!problems.IsEmpty)
        {
            throw new ScaleDefinitionException(problems);
        }

        return definition;
    }
}
