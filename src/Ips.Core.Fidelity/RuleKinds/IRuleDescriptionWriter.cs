using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.RuleKinds;

/// <summary>Where a rule kind writes its description for the generated item reference (Markdown lines).</summary>
/// <remarks>Descriptions are English; texts from the definition are given in every declared language through <see cref="Inline"/>.</remarks>
internal interface IRuleDescriptionWriter
{
    /// <summary>Writes one line (an empty string is a blank line).</summary>
    void Line(string text = "");

    /// <summary>Every declared language's text inline: <c>nb: … · en: …</c>.</summary>
    string Inline(LocalizedText text);
}
