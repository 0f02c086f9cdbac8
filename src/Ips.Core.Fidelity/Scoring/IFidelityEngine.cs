using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Scoring;

/// <summary>Scores fidelity reviews against a scale definition.</summary>
public interface IFidelityEngine
{
    /// <summary>The scale definition the engine scores with.</summary>
    ScaleDefinition Scale { get; }

    /// <summary>
    /// Scores a review. Never throws for bad facts: invalid items are reported as <see cref="Ips.Core.Fidelity.Results.ItemStatus.Invalid"/>.
    /// The report holds no language: choose one when rendering or writing it.
    /// </summary>
    /// <param name="facts">The review facts.</param>
    /// <returns>The report.</returns>
    FidelityReport Score(ReviewFacts facts);
}
