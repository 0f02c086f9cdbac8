using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>Explains scored results: the sentences a reviewer reads, built on demand from the definition's texts.</summary>
/// <remarks>Results stay free of presentation: explanation lives here, beside <see cref="ItemExplanation"/>. Thread-safe.</remarks>
public static class ExplanationExtensions
{
    /// <summary>Builds the explanation texts for <paramref name="result"/> in <paramref name="language"/> (computed on each call).</summary>
    /// <param name="result">An item result.</param>
    /// <param name="scale">The scale definition the result came from (for UI labels).</param>
    /// <param name="language">The language, one the scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/>.</exception>
    public static ItemExplanation Explain(this ItemResult result, ScaleDefinition scale, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scale);
        return ItemExplanation.Create(result, ExplanationTexts.Of(scale, language, nameof(language)));
    }

    /// <summary>Explains item <paramref name="number"/> of <paramref name="report"/> in <paramref name="language"/>.</summary>
    /// <param name="report">A report.</param>
    /// <param name="number">The item number.</param>
    /// <param name="language">The language, one the scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no item <paramref name="number"/>, or no texts in <paramref name="language"/>.</exception>
    public static ItemExplanation Explain(this FidelityReport report, int number, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Item(number).Explain(report.Scale, language);
    }

    /// <summary>
    /// The sentence a reviewer reads for a plausibility warning in <paramref name="language"/>: the fact's label and
    /// value, then the check's message with <c>{value}</c> and <c>{limit}</c> filled in (as the report shows it).
    /// </summary>
    /// <param name="warning">A warning (from <c>FidelityReport.Warnings</c> or <c>ReviewFactsValidator.Warnings</c>).</param>
    /// <param name="scale">The scale definition the warning came from (labels, number format).</param>
    /// <param name="language">The language, one the scale declares; <c>default</c> for the scale's default language.</param>
    /// <returns>The text, e.g. <c>Share of time spent on employment services (%): 0.92 — Looks like a fraction, …</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The scale has no texts in <paramref name="language"/>.</exception>
    /// <example>
    /// <code>
    /// foreach (var warning in Ips25Scale.Validator.Warnings(facts))
    /// {
    ///     Console.WriteLine(warning.Code + ": " + warning.Explain(Ips25Scale.Definition, Ips25Scale.English));
    /// }
    /// </code>
    /// </example>
    public static string Explain(this FactWarning warning, ScaleDefinition scale, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(warning);
        ArgumentNullException.ThrowIfNull(scale);
        language = language.Or(scale.DefaultLanguage);
        scale.RequireLanguage(language, nameof(language));
        return WarningText.Describe(warning, scale, language);
    }
}
