using System.Collections.Frozen;
using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Presentation;

/// <summary>
/// The feedback report's own words (the Norwegian form's header, roles, priorities, statuses …), as data: the
/// embedded table <c>Presentation/FeedbackLabels.json</c> in nb and en. A scale definition's <c>labels</c> with the
/// same id win, so a translation (or another scale's wording) is added to the definition, not to code.
/// </summary>
internal static class FeedbackLabels
{
    private static readonly Lazy<FrozenDictionary<string, LocalizedText>> Table = new(Load);

    /// <summary>Every label id of the table.</summary>
    public static IEnumerable<string> Ids => Table.Value.Keys;

    /// <summary>The table's own text for <paramref name="id"/>, or null.</summary>
    public static LocalizedText? TableText(string id) => Table.Value.TryGetValue(id, out var text) ? text : null;

    /// <summary>The label in <paramref name="language"/>: the definition's, else the table's (its first language when it has none in this one).</summary>
    public static string Get(ScaleDefinition scale, string id, ReportLanguage language)
    {
        if (scale.Labels.TryGetValue(id, out var own))
        {
            return own.Get(language);
        }

        return Table.Value.TryGetValue(id, out var text) ? text.Get(language) : id;
    }

    private static FrozenDictionary<string, LocalizedText> Load()
    {
        using var stream = typeof(FeedbackLabels).Assembly.GetManifestResourceStream("Ips.Core.Fidelity.Presentation.FeedbackLabels.json")
            ?? throw new InvalidOperationException("The embedded feedback label table is missing (a build defect).");
        using var document = JsonDocument.Parse(stream);
        var table = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var label in document.RootElement.EnumerateObject())
        {
            table[label.Name] = new LocalizedText(label.Value.EnumerateObject().Select(text => new KeyValuePair<string, string>(text.Name, text.Value.GetString() ?? string.Empty)));
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
