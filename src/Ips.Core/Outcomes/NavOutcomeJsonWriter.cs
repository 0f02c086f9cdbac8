using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ips.Core.Outcomes;

/// <summary>
/// Writes the <see cref="NavOutcomeContent"/> as JSON for analysis: exact counts and denominators, shares as round-trip
/// fractions, invariant numbers and ISO dates, a <c>schemaVersion</c>, and the options and small-cell policy stamped.
/// </summary>
internal static class NavOutcomeJsonWriter
{
    /// <summary>The version of the JSON's shape; raised on any change a reader could notice.</summary>
    internal const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static string Write(NavOutcomeContent content)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("language", content.Language);
            json.WriteString("programme", content.Programme);
            if (content.Group is { } group)
            {
                json.WriteString("group", group);
            }
            else
            {
                json.WriteNull("group");
            }
            json.WriteString("title", content.Title);
            json.WriteStartArray("periods");
            foreach (var column in content.Columns)
            {
                json.WriteStartObject();
                json.WriteString("id", column.Id);
                json.WriteString("start", NavOutcomeContentBuilder.Iso(column.Period.Start));
                json.WriteString("end", NavOutcomeContentBuilder.Iso(column.Period.End));
                json.WriteString("referenceDate", NavOutcomeContentBuilder.Iso(column.ReferenceDate));
                json.WriteString("name", column.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("options");
            json.WriteString("positionSizeCohort", content.Options.PositionSizeCohort.ToString());
            json.WriteString("firstContactCohort", content.Options.FirstContactCohort.ToString());
            json.WriteString("firstContactEntry", content.Options.FirstContact.Entry.ToString());
            json.WriteString("firstContactWithoutContact", content.Options.FirstContact.WithoutContact.ToString());
            json.WriteString("stamp", content.OptionsStamp);
            json.WriteEndObject();
            json.WriteStartObject("suppression");
            json.WriteNumber("minimumCount", content.Suppression.MinimumCount);
            json.WriteString("stamp", content.SuppressionStamp);
            json.WriteEndObject();
            json.WriteStartArray("tables");
            foreach (var section in content.Sections)
            {
                Table(json, content, section);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Table(Utf8JsonWriter json, NavOutcomeContent content, NavOutcomeSection section)
    {
        json.WriteStartObject();
        json.WriteString("id", section.Id);
        json.WriteString("title", section.Title);
        json.WriteStartArray("cohorts");
        for (var c = 0; c < content.Columns.Count; c++)
        {
            json.WriteStartObject();
            json.WriteString("period", content.Columns[c].Id);
            json.WriteString("text", section.Cohorts[c]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in section.Rows)
        {
            json.WriteStartObject();
            json.WriteString("figure", row.Figure);
            json.WriteString("label", row.Label);
            json.WriteStartArray("cells");
            for (var c = 0; c < content.Columns.Count; c++)
            {
                var cell = row.Cells[c];
                json.WriteStartObject();
                json.WriteString("period", content.Columns[c].Id);
                json.WriteString("kind", NavOutcomeCsvWriter.Kind(cell.Kind));
                Number(json, "count", cell.Count);
                Number(json, "denominator", cell.Denominator);
                Number(json, "share", cell.Share);
                Number(json, "value", cell.Value);
                json.WriteBoolean("suppressed", cell.Suppressed);
                json.WriteString("text", cell.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
