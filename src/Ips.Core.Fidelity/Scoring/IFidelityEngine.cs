using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>Scores fidelity reviews against a scale definition.</summary>
public interface IFidelityEngine
{
    /// <summary>The scale definition the engine scores with.</summary>
    ScaleDefinition Scale { get; }

    /// <summary>Scores a review. Never throws for bad facts: invalid items are reported as <see cref="Ips.Core.Fidelity.Results.ItemStatus.Invalid"/>.</summary>
    /// <param name="facts">The review facts.</param>
    /// <param name="language">The language of the report's texts (default: Norwegian); one the definition declares.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The definition has no texts in <paramref name="language"/>.</exception>
    FidelityReport Score(ReviewFacts facts, ReportLanguage language = default);
}
