using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Results;

namespace Ips.Core.Fidelity.Formats.Json;

/// <summary>The comparison document: two reports and the change between them.</summary>
public static partial class FidelityJson
{
    /// <summary>
    /// Writes a comparison of two reviews as JSON: <c>schemaVersion</c>, the two report documents (<c>before</c>,
    /// <c>after</c>), then the change: <c>sameProgramme</c>, <c>sameRevision</c>, <c>inOrder</c>, <c>daysBetween</c>,
    /// per item its status and score before and after with <c>delta</c> and <c>direction</c> (<c>up</c>, <c>down</c>,
    /// <c>unchanged</c>, <c>notComparable</c>), the sections' and the total's rated sums, the level before and after
    /// with its direction, and every fact that changed (item, specialist, fact id, <c>changed</c>/<c>added</c>/<c>removed</c>).
    /// </summary>
    /// <param name="comparison">The comparison (<see cref="ReviewComparison.Compare"/>).</param>
    /// <param name="language">The language of the reports' texts; <c>default</c> for the scale's default language.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <example>
    /// <code>
    /// string json = FidelityJson.WriteComparison(ReviewComparison.Compare(before, after), Ips25Scale.English);
    /// </code>
    /// </example>
    public static string WriteComparison(ReviewComparisonResult comparison, ReportLanguage language = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteComparisonTo(writer, comparison, language);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a comparison document: its two reports, read against <paramref name="scale"/> and compared again.</summary>
    /// <param name="json">A comparison document (<see cref="WriteComparison"/>).</param>
    /// <param name="scale">The scale definition the reports were scored with.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The JSON is not a comparison document, or a report in it is not a report for <paramref name="scale"/>; <see cref="JsonException.Path"/> says where (under <c>$.before</c> or <c>$.after</c>).</exception>
    public static ReviewComparisonResult ReadComparison(string json, ScaleDefinition scale)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(scale);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new JsonException("The comparison document is not valid JSON (line " + ((exception.LineNumber ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ").", "$", exception.LineNumber, exception.BytePositionInLine);
        }

        using (document)
        {
            return ReadComparisonDocument(document.RootElement, scale);
        }
    }

    internal static ReviewComparisonResult ReadComparisonDocument(JsonElement root, ScaleDefinition scale)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A comparison document is a JSON object with 'before' and 'after' reports.", "$", null, null);
        }

        var before = Report(root, "before", scale);
        var after = Report(root, "after", scale);
        try
        {
            return ReviewComparison.Compare(before, after);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException(exception.Message, "$.after", null, null);
        }

        static FidelityReport Report(JsonElement root, string name, ScaleDefinition scale)
        {
            if (!root.TryGetProperty(name, out var report) || report.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("The comparison document has no '" + name + "' report.", "$." + name, null, null);
            }

            try
            {
                return ReadReportDocument(Encoding.UTF8.GetBytes(report.GetRawText()), scale);
            }
            catch (JsonException exception)
            {
                var path = exception.Path is { Length: > 0 } inner && inner.StartsWith('$') ? "$." + name + inner[1..] : "$." + name;
                throw new JsonException(exception.Message, path, null, null);
            }
        }
    }

    internal static void WriteComparisonTo(Utf8JsonWriter writer, ReviewComparisonResult comparison, ReportLanguage language)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WritePropertyName("before");
        WriteReportTo(writer, comparison.Before, language);
        writer.WritePropertyName("after");
        WriteReportTo(writer, comparison.After, language);
        writer.WriteBoolean("sameProgramme", comparison.SameProgramme);
        writer.WriteBoolean("sameRevision", comparison.SameRevision);
        writer.WriteBoolean("inOrder", comparison.InOrder);
        writer.WriteNumber("daysBetween", comparison.DaysBetween);
        writer.WriteStartArray("items");
        foreach (var item in comparison.Items)
        {
            writer.WriteStartObject();
            writer.WriteNumber("item", item.Item);
            writer.WriteString("statusBefore", Status(item.StatusBefore));
            writer.WriteString("statusAfter", Status(item.StatusAfter));
            Score(writer, "scoreBefore", item.ScoreBefore);
            Score(writer, "scoreAfter", item.ScoreAfter);
            Score(writer, "delta", item.Delta);
            writer.WriteString("direction", Direction(item.Direction));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sections");
        foreach (var section in comparison.Sections)
        {
            Summary(writer, section);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("total");
        Summary(writer, comparison.Total);
        if (comparison.LevelBefore is { } levelBefore)
        {
            writer.WriteString("levelBefore", levelBefore.Id);
        }

        if (comparison.LevelAfter is { } levelAfter)
        {
            writer.WriteString("levelAfter", levelAfter.Id);
        }

        writer.WriteString("levelDirection", Direction(comparison.LevelDirection));
        writer.WriteStartArray("facts");
        foreach (var fact in comparison.Facts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("item", fact.Item);
            if (fact.Specialist is { } specialist)
            {
                writer.WriteString("specialist", specialist);
            }

            writer.WriteString("fact", fact.FactId);
            writer.WriteString("change", fact.Kind switch
            {
                FactChangeKind.Added => "added",
                FactChangeKind.Removed => "removed",
                _ => "changed",
            });
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        static void Summary(Utf8JsonWriter writer, SummaryChange change)
        {
            writer.WriteStartObject();
            if (change.Section is { } section)
            {
                writer.WriteString("section", section.Id);
            }

            writer.WriteNumber("ratedSumBefore", change.Before.RatedSum);
            writer.WriteNumber("ratedSumAfter", change.After.RatedSum);
            writer.WriteNumber("delta", change.Delta);
            writer.WriteBoolean("bothComplete", change.BothComplete);
            writer.WriteEndObject();
        }

        static void Score(Utf8JsonWriter writer, string name, int? score)
        {
            if (score is { } value)
            {
                writer.WriteNumber(name, value);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        static string Status(ItemStatus status) => status switch
        {
            ItemStatus.Rated => "rated",
            ItemStatus.NotRated => "notRated",
            _ => "invalid",
        };

        static string Direction(ChangeDirection direction) => direction switch
        {
            ChangeDirection.Up => "up",
            ChangeDirection.Down => "down",
            ChangeDirection.Unchanged => "unchanged",
            _ => "notComparable",
        };
    }
}
