using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Definition;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>The engine and facts validator of one scale definition, as the string entry points use them.</summary>
internal sealed class InteropScale
{
    // Loading validates the whole definition, so callers that pass the same text each call load it once. The cache is
    // keyed by the text and bounded: when full it is cleared rather than grown (a handful of scales is the normal case).
    private const int CacheLimit = 16;

    private static readonly ConcurrentDictionary<string, InteropScale> Cache = new(StringComparer.Ordinal);

    private InteropScale(FidelityEngine engine, ReviewFactsValidator validator)
    {
        Engine = engine;
        Validator = validator;
    }

    /// <summary>The embedded IPS-25 definition's engine and validator.</summary>
    public static InteropScale Ips25 { get; } = new(FidelityEngine.Default, ReviewFactsValidator.Ips25);

    public FidelityEngine Engine { get; }

    public ReviewFactsValidator Validator { get; }

    /// <summary>The scale of <paramref name="scaleJson"/> (null: IPS-25), or an error of kind <c>scale</c> listing the problems.</summary>
    public static bool TryGet(string? scaleJson, [NotNullWhen(true)] out InteropScale? scale, [NotNullWhen(false)] out InteropErrorInfo? error)
    {
        error = null;
        if (scaleJson is null)
        {
            scale = Ips25;
            return true;
        }

        if (Cache.TryGetValue(scaleJson, out scale))
        {
            return true;
        }

        ScaleDefinition definition;
        try
        {
            definition = ScaleDefinition.Load(scaleJson);
        }
        catch (ScaleDefinitionException exception)
        {
            scale = null;
            var count = exception.Problems.Length;
            error = new InteropErrorInfo(
                "The scale definition does not load (" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + (count == 1 ? " problem" : " problems") + "): " + (count > 0 ? exception.Problems[0].Message : exception.Message),
                exception.Problems);
            return false;
        }

        scale = new InteropScale(new FidelityEngine(definition), new ReviewFactsValidator(definition));
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        Cache.TryAdd(scaleJson, scale);
        return true;
    }
}

/// <summary>Why a scale definition given to an interop call did not load.</summary>
internal sealed record InteropErrorInfo(string Message, System.Collections.Immutable.ImmutableArray<ScaleDefinitionProblem> Problems);
