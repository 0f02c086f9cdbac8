using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Programmes;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using NodaTime;
using NodaTime.Text;

namespace Ips.Core.Fidelity.Ips25;

/// <summary>
/// The string-in, string-out entry of the derivation, beside <see cref="FidelityInterop"/> (which sits below the IPS-25
/// layer and cannot reach <see cref="FactDerivation"/>): a folder of record CSV files in, JSON out, never throwing.
/// </summary>
/// <remarks>
/// The answer: <c>{"schemaVersion": 1, "folder": "…", "reviewDate", "periodStart", "periodEnd", "rowsRead",
/// "errors": [{"code", "file", "line", "column", "columnName"?}], "programmes": [{"programme", "findings": [{"code",
/// "property"}], "facts": {facts document}, "provenance": [{"item", "factId", "specialist"?, "kind", "value",
/// "records", "windowStart", "windowEnd", "recordsUsed", "excluded": {"reason": count}}], "notDerived": [{"item",
/// "missing", "missingText", "records", "remedy", "sourceRemedy"}]}], "scoresCsv": "…"}</c>.
/// The records are read leniently (<see cref="RecordReadOptions.Lenient"/>): a bad row is an error and the rest is
/// read. Errors and findings carry codes and locations only, never a record's values (identity values stay out).
/// <c>scoresCsv</c> is <see cref="FidelityInterop.ScoreBatchCsv"/>'s wide CSV of the derived facts. A missing folder or
/// bad options answer with an error document of kind <c>argument</c>. With <c>"source": "jobbsporet"</c> the folder is a
/// Jobbsporet export (<see cref="Records.Jobbsporet.JobbsporetExport"/>): each team's source gaps are passed to the
/// derivation, so <c>notDerived</c> lists the items the export cannot give — the item, the missing fact's code
/// (<see cref="SourceFact"/>) and its text, how many records lack it, and the remedy in the chosen language (the
/// labels' <c>sourceFact.*</c> and <c>remedy.*</c> texts), with the source's own remedy (invariant English, naming its
/// supplement files) as <c>sourceRemedy</c>. The export's findings (e.g. person identifiers present) are listed under
/// <c>sourceFindings</c> as code, file and count. Thread-safe.
/// </remarks>
public static class DerivationInterop
{
    /// <summary>Reads the record files in <paramref name="folderPath"/>, derives each programme's facts and scores them.</summary>
    /// <param name="folderPath">A folder of record CSV files (<see cref="ProgrammeRecords.Files"/>).</param>
    /// <param name="optionsJson">
    /// <c>{"reviewDate": "yyyy-MM-dd", "periodStart"?, "periodEnd"?, "language"?, "source"?}</c>: the period ends on
    /// <c>periodEnd</c> (default the review date) and starts on <c>periodStart</c> (default six months before the end,
    /// plus a day); the language of <c>level_label</c> and of the not-derived items' texts; <c>source</c> is
    /// <c>records</c> (default, the library's record files) or <c>jobbsporet</c> (a Jobbsporet export). Null or empty:
    /// the review date is required, so an error.
    /// </param>
    /// <returns>The derivation document (see the remarks), or an error document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folderPath"/> is null.</exception>
    /// <example>
    /// <code>
    /// string json = DerivationInterop.Derive("examples/data/records", "{\"reviewDate\": \"2024-12-31\"}");
    /// </code>
    /// </example>
    public static string Derive(string folderPath, string? optionsJson = null)
    {
        ArgumentNullException.ThrowIfNull(folderPath);
        if (!TryReadOptions(optionsJson, out var options, out var language, out var jobbsporet, out var problem))
        {
            return Error("optionsJson", problem);
        }

        var scale = Ips25Scale.Definition;
        ReportLanguage textLanguage = scale.DefaultLanguage;
        if (!string.IsNullOrWhiteSpace(language) && !(ReportLanguage.TryFromCode(language.Trim(), out textLanguage) && scale.SupportsLanguage(textLanguage)))
        {
            // The scores CSV answers an unknown language with its own error document; the texts must not guess one.
            return FidelityInterop.ScoreBatchCsv("[]", language, "wide");
        }

        if (!Directory.Exists(folderPath))
        {
            return Error("folderPath", "The folder of record files does not exist.");
        }

        Source read;
        try
        {
            read = jobbsporet ? Source.Of(JobbsporetExport.TryRead(folderPath, new JobbsporetReadOptions { Records = RecordReadOptions.Lenient }))
                : Source.Of(ProgrammeRecords.TryRead(folderPath, RecordReadOptions.Lenient));
        }
        catch (IOException exception)
        {
            return Error("folderPath", "The record files could not be read: " + exception.GetType().Name + ".");
        }

        var derived = new List<DerivedReview>(read.Programmes.Length);
        for (var i = 0; i < read.Programmes.Length; i++)
        {
            derived.Add(FactDerivation.Derive(read.Programmes[i], read.Gaps.IsEmpty ? options : options with { SourceGaps = read.Gaps[i] }));
        }

        var batch = "[" + string.Join(",", derived.Select(d => FidelityJson.WriteFacts(d.ToReviewFacts()))) + "]";
        var scores = FidelityInterop.ScoreBatchCsv(batch, language, "wide");
        return InteropWriter.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", FidelityInterop.SchemaVersion);
            writer.WriteString("reviewDate", InteropWriter.Date(options.ReviewDate));
            writer.WriteString("periodStart", InteropWriter.Date(options.Period.Start));
            writer.WriteString("periodEnd", InteropWriter.Date(options.Period.End));
            writer.WriteNumber("rowsRead", read.RowsRead);
            writer.WriteNumber("errorCount", read.ErrorCount);
            writer.WriteStartArray("errors");
            foreach (var error in read.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("code", error.Code);
                writer.WriteString("file", Path.GetFileName(error.File));
                writer.WriteNumber("line", error.Line);
                writer.WriteNumber("column", error.Column);
                if (error.ColumnName is { } column)
                {
                    writer.WriteString("columnName", column);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sourceFindings");
            foreach (var finding in read.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", finding.Code);
                writer.WriteString("file", finding.File);
                writer.WriteNumber("count", finding.Count);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("programmes");
            for (var i = 0; i < derived.Count; i++)
            {
                WriteProgramme(writer, read.Programmes[i], derived[i], scale, textLanguage);
            }

            writer.WriteEndArray();
            writer.WriteString("scoresCsv", scores);
            writer.WriteEndObject();
        });
    }

    private static void WriteProgramme(Utf8JsonWriter writer, IpsProgramme programme, DerivedReview derived, Definition.ScaleDefinition scale, ReportLanguage language)
    {
        writer.WriteStartObject();
        writer.WriteString("programme", derived.ProgrammeLabel);
        writer.WriteStartArray("findings");
        foreach (var finding in programme.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("code", finding.Code);
            writer.WriteString("property", finding.PropertyName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("facts");
        writer.WriteRawValue(FidelityJson.WriteFacts(derived.ToReviewFacts()));
        writer.WriteStartArray("provenance");
        foreach (var fact in derived.Facts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("item", fact.Item);
            writer.WriteString("factId", fact.FactId);
            if (fact.Specialist is { } specialist)
            {
                writer.WriteString("specialist", specialist);
            }

            writer.WriteString("kind", fact.Value.Kind.ToString());
            writer.WriteString("value", fact.Value.ToString());
            writer.WriteString("records", fact.Provenance.Records.ToString());
            writer.WriteString("windowStart", InteropWriter.Date(fact.Provenance.Window.Start));
            writer.WriteString("windowEnd", InteropWriter.Date(fact.Provenance.Window.End));
            writer.WriteNumber("recordsUsed", fact.Provenance.RecordsUsed);
            writer.WriteStartObject("excluded");
            foreach (var excluded in fact.Provenance.Excluded)
            {
                writer.WriteNumber(excluded.Reason.ToString(), excluded.Count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notDerived");
        foreach (var omitted in derived.NotDerived)
        {
            writer.WriteStartObject();
            writer.WriteNumber("item", omitted.Item);
            writer.WriteString("missing", omitted.Missing.ToString());
            writer.WriteString("missingText", FeedbackLabels.Get(scale, "sourceFact." + omitted.Missing, language));
            writer.WriteNumber("records", omitted.Records);
            writer.WriteString("remedy", FeedbackLabels.Get(scale, "remedy." + omitted.Missing, language));
            writer.WriteString("sourceRemedy", omitted.Remedy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>What either reader gives the derivation: programmes, per-programme source gaps (empty for the library's own records), errors and findings.</summary>
    private sealed record Source(
        ImmutableArray<IpsProgramme> Programmes,
        ImmutableArray<ImmutableArray<SourceGap>> Gaps,
        ImmutableArray<RecordError> Errors,
        int ErrorCount,
        long RowsRead,
        ImmutableArray<JobbsporetFinding> Findings)
    {
        public static Source Of(RecordReadResult read) => new(read.Programmes, [], read.Errors, read.ErrorCount, read.RowsRead, []);

        public static Source Of(JobbsporetReadResult read) =>
            new(read.Programmes, [.. read.Teams.Select(t => t.SourceGaps)], read.Errors, read.ErrorCount, read.RowsRead, read.Findings);
    }

    private static bool TryReadOptions(string? json, out DerivationOptions options, out string? language, out bool jobbsporet, out string problem)
    {
        options = null!;
        language = null;
        jobbsporet = false;
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = "The options need a reviewDate: {\"reviewDate\": \"yyyy-MM-dd\"}.";
            return false;
        }

        if (json.Length > 4096)
        {
            problem = "The options are longer than 4096 characters.";
            return false;
        }

        LocalDate? review = null, start = null, end = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "The options are a JSON object.";
                return false;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "reviewDate":
                        review = Date(property, ref problem);
                        break;
                    case "periodStart":
                        start = Date(property, ref problem);
                        break;
                    case "periodEnd":
                        end = Date(property, ref problem);
                        break;
                    case "language" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                        language = property.Value.GetString();
                        break;
                    case "source" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is "records" or "jobbsporet":
                        jobbsporet = property.Value.GetString() == "jobbsporet";
                        break;
                    case "source":
                        problem = "The source is \"records\" (the library's record files) or \"jobbsporet\" (a Jobbsporet export).";
                        return false;
                    default:
                        problem = "Unknown option '" + (property.Name.Length > 30 ? property.Name[..30] + "…" : property.Name) + "'; the options are reviewDate, periodStart, periodEnd, language and source.";
                        return false;
                }

                if (problem.Length > 0)
                {
                    return false;
                }
            }
        }
        catch (JsonException exception)
        {
            problem = "The options are not valid JSON: " + exception.Message;
            return false;
        }

        if (review is null)
        {
            problem = "The options need a reviewDate (yyyy-MM-dd).";
            return false;
        }

        var last = end ?? review.Value;
        var first = start ?? last.PlusMonths(-6).PlusDays(1);
        if (first > last || last > review.Value)
        {
            problem = "The period must start on or before its end, and end on or before the review date.";
            return false;
        }

        options = DerivationOptions.For(new DateInterval(first, last)) with { ReviewDate = review.Value };
        var validation = DerivationOptionsValidator.Instance.Validate(options);
        if (!validation.IsValid)
        {
            problem = validation.Errors[0].ErrorCode + ": " + validation.Errors[0].ErrorMessage;
            return false;
        }

        return true;
    }

    private static LocalDate? Date(JsonProperty property, ref string problem)
    {
        if (property.Value.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(property.Value.GetString()!) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        problem = "The option " + property.Name + " is a date, yyyy-MM-dd.";
        return null;
    }

    private static string Error(string parameter, string message) => InteropWriter.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FidelityInterop.SchemaVersion);
        writer.WriteStartObject("error");
        writer.WriteString("kind", "argument");
        writer.WriteString("parameter", parameter);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}
