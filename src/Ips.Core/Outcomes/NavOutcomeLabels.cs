using System.Collections.Frozen;
using System.Text.Json;

namespace Ips.Core.Outcomes;

/// <summary>The report's labels per language, read once from the embedded <c>nav-outcome-labels.json</c>.</summary>
internal sealed class NavOutcomeLabels
{
    private static readonly Lazy<(NavOutcomeLabels Nb, NavOutcomeLabels En)> All = new(Load);

    private readonly FrozenDictionary<string, string> _labels;

    private NavOutcomeLabels(FrozenDictionary<string, string> labels) => _labels = labels;

    internal IEnumerable<string> Keys => _labels.Keys;

    internal static NavOutcomeLabels For(NavReportLanguage language) => language == NavReportLanguage.English ? All.Value.En : All.Value.Nb;

    /// <summary>The label; a missing key is a build defect, caught by the tests that compare the languages' keys.</summary>
    internal string this[string key] => _labels.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No report label '{key}'.");

    internal string Format(string key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    private static (NavOutcomeLabels, NavOutcomeLabels) Load()
    {
        using var stream = typeof(NavOutcomeLabels).Assembly.GetManifestResourceStream("Ips.Core.Outcomes.nav-outcome-labels.json")
            ?? throw new InvalidOperationException("The embedded resource nav-outcome-labels.json is missing.");
        using var document = JsonDocument.Parse(stream);
        return (Read(document.RootElement.GetProperty("nb")), Read(document.RootElement.GetProperty("en")));
    }

    private static NavOutcomeLabels Read(JsonElement language)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in language.EnumerateObject())
        {
            labels[property.Name] = property.Value.GetString() ?? string.Empty;
        }

        return new NavOutcomeLabels(labels.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
