using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>A plausibility warning in the words of a report's language: the fact's label and value, then the check's message with <c>{value}</c> and <c>{limit}</c> filled in.</summary>
internal static class WarningText
{
    /// <summary>"Punkt 2 …" heading is the caller's; this is "Andel av arbeidstiden … (IPS-konsulent 'A'): 0,92 — ser ut som en brøk …".</summary>
    public static string Describe(FactWarning warning, ScaleDefinition scale, ReportLanguage language)
    {
        var fact = scale.FindItem(warning.Item)?.FindFact(warning.FactId);
        var value = scale.FormatNumber(warning.Value, language);
        var text = (fact?.Label.Get(language) ?? warning.FactId)
            + (warning.Specialist is null ? string.Empty : " (" + scale.Label("specialist", language) + " '" + warning.Specialist + "')")
            + ": " + value + " — ";
        return text + Message(warning, scale, language, value);
    }

    /// <summary>The check's message with its placeholders filled in.</summary>
    public static string Message(FactWarning warning, ScaleDefinition scale, ReportLanguage language) =>
        Message(warning, scale, language, scale.FormatNumber(warning.Value, language));

    private static string Message(FactWarning warning, ScaleDefinition scale, ReportLanguage language, string value) =>
        warning.Message.Get(language)
            .Replace("{value}", value, StringComparison.Ordinal)
            .Replace("{limit}", scale.FormatNumber(warning.Limit, language), StringComparison.Ordinal);
}
