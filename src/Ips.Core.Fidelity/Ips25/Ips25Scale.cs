using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Reviews;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>
/// The IPS-25 pack's front door: the shipped IPS Fidelity Scale definition (<c>Ips25/ips-25.v1.json</c>, embedded in
/// the package), an engine and a validator for it. The engine itself knows no scale; everything IPS-25 is here.
/// </summary>
/// <remarks>Every member is created once, on first use, and is immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var facts = new ReviewFactsBuilder("Team Nord", new DateOnly(2026, 10, 1))
///     .Add(new CaseloadSizeFacts { ActiveParticipants = 36, FullTimeEquivalents = 2 })
///     .Build();
/// var report = Ips25Scale.Engine.Score(facts);
/// Console.WriteLine(report.ToText());                      // in Norwegian, the scale's first language
/// Console.WriteLine(report.ToText(Ips25Scale.English));    // in English
/// </code>
/// </example>
public static class Ips25Scale
{
    /// <summary>
    /// The IPS-25 definition shipped with the library, loaded once. Its bytes are checked by the scale validator when the
    /// library is tested, not again in every process (that was most of a fresh process's start-up); <see cref="LoadDefinition"/>
    /// validates them again.
    /// </summary>
    /// <exception cref="ScaleDefinitionException">The embedded definition is broken (a build defect).</exception>
    public static ScaleDefinition Definition => ScaleDefinition.Ips25;

    /// <summary>An engine for <see cref="Definition"/>, created once.</summary>
    public static FidelityEngine Engine => FidelityEngine.Default;

    /// <summary>A validator of review facts against <see cref="Definition"/>, created once.</summary>
    public static ReviewFactsValidator Validator => ReviewFactsValidator.Ips25;

    /// <summary>
    /// When the next review is due, as item 11 of the scale asks: every 6 months until good fidelity, then yearly
    /// (<c>ips-25.item11</c>: 6 months below the level <c>good</c>, 12 from <c>good</c> up). Make another with <see cref="ReviewIntervalPolicy.Create"/>.
    /// </summary>
    public static ReviewIntervalPolicy ReviewIntervals { get; } = ReviewIntervalPolicy.Create("ips-25.item11", 6, [new ReviewIntervalStep("good", 12)]);

    /// <summary>Norwegian bokmål (<c>nb</c>), the definition's first (default) language.</summary>
    public static ReportLanguage Norwegian { get; } = ReportLanguage.FromCode("nb");

    /// <summary>English (<c>en</c>), the definition's second language.</summary>
    public static ReportLanguage English { get; } = ReportLanguage.FromCode("en");

    /// <summary>Loads and validates the embedded IPS-25 definition again: a fresh instance on each call (prefer <see cref="Definition"/>).</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="ScaleDefinitionException">The embedded definition is broken (a build defect).</exception>
    public static ScaleDefinition LoadDefinition() => ScaleDefinition.LoadEmbedded();
}
