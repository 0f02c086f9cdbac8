using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tool;

/// <summary>Reads and validates one facts document for a scale, reporting every problem (the first 100, then a count) on standard error.</summary>
internal static class FactsInput
{
    /// <summary>The most problems listed; the rest are counted.</summary>
    public const int MaxListed = 100;

    /// <summary>The facts of <paramref name="path"/>, valid for <paramref name="scale"/>.</summary>
    /// <exception cref="ToolException">The file is not a facts document, or its facts break the scale's rules (exit code 1).</exception>
    public static ReviewFacts Read(ToolIo io, string path, ScaleDefinition scale)
    {
        var read = FidelityJson.TryReadFacts(io.ReadText(path), scale);
        if (!read.Success)
        {
            var error = read.Error!;
            throw new ToolException(FidelityTool.InvalidInput, Name(path) + ": " + error.Code + " at " + error.Path + ": " + error.Message);
        }

        var facts = read.Value!;
        var validation = Validator(scale).Validate(facts);
        if (validation.IsValid)
        {
            if (facts.Items.IsEmpty)
            {
                // Plausible but odd: a warning, not silence (and not an error: a review may start empty).
                io.Error.WriteLine("ips-fidelity: warning: " + Name(path) + " has no facts for any item; every item is not rated.");
            }

            return facts;
        }

        var lines = validation.Errors.Take(MaxListed).Select(f => "  " + f.ErrorCode + " at $." + f.PropertyName + ": " + f.ErrorMessage).ToList();
        if (validation.Errors.Count > MaxListed)
        {
            lines.Add("  … and " + (validation.Errors.Count - MaxListed) + " more");
        }

        throw new ToolException(FidelityTool.InvalidInput, Name(path) + ": the facts break the scale's rules (" + validation.Errors.Count + (validation.Errors.Count == 1 ? " problem" : " problems") + "):\n" + string.Join("\n", lines));
    }

    /// <summary>The engine for <paramref name="scale"/> (the shared one for IPS-25).</summary>
    public static FidelityEngine Engine(ScaleDefinition scale) => ReferenceEquals(scale, Ips25Scale.Definition) ? Ips25Scale.Engine : new FidelityEngine(scale);

    /// <summary>The validator for <paramref name="scale"/> (the shared one for IPS-25).</summary>
    public static ReviewFactsValidator Validator(ScaleDefinition scale) => ReferenceEquals(scale, Ips25Scale.Definition) ? Ips25Scale.Validator : new ReviewFactsValidator(scale);

    private static string Name(string path) => path == "-" ? "standard input" : path;
}
