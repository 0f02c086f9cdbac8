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
        language = language.Or(scale.DefaultLanguage);
        scale.RequireLanguage(language, nameof(language));
        return ItemExplanation.Create(result, scale, language);
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
}
