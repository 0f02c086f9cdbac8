#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published package instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// Scores many programmes at once: reads a wide CSV of facts (one row per programme) and writes a CSV of item scores,
// section subtotals, totals and levels (one row per programme) to standard output.
//
//   dotnet run examples/score-batch.cs > scores.csv
//
// Copy it and change the lines below for your own CSV or the other language. To choose them on the command line
// (and JSON batches or JSON output), use the ips-fidelity tool instead (README.md):
//   ips-fidelity batch my-programmes.csv --lang en > scores.csv
//
// The facts CSV (Ips.Core.Fidelity.Formats.Csv.FactsCsv; UTF-8 with or without BOM, comma, RFC 4180 quoting):
//   - header: programme, review_date (yyyy-MM-dd), optional period_start and period_end, then one column per fact,
//     named for analysis: i01_active_participants, i01_full_time_equivalents, i17_contact_log_review, …
//     (FactsCsv.Columns() lists all 38 fact columns of IPS-25; the old names 1.activeParticipants … still read);
//   - an empty field (or NA) means "not recorded" (never zero); an item with no facts is not rated;
//   - number: decimal point (4.2); count: whole number; flag: true/false;
//     level: the level id (weekly); elements: ids joined by | (intakeAsksAboutWork|writtenMaterialOnWork), [] for none;
//   - the Norwegian Excel dialect (semicolon, decimal comma) with FactsCsvOptions { Dialect = CsvDialect.NorwegianExcel };
//   - per-specialist items (1, 2, 4, 5, 16, 17, 18, 24) take programme-level facts here (e.g. item 1: participants
//     and FTE summed over the specialists).
// The scores CSV (Ips.Core.Fidelity.Formats.Csv.ScoresCsv, wide layout): scale_id, scale_edition, scale_revision,
// engine_version, programme, review_date, period_start, period_end, i01_caseload_size … (empty when not rated), the
// section subtotals, rated_items, total (only when complete), total_min, total_max, level (id), level_label and
// warnings (the plausibility warnings as item:code, joined by ;).
// Column names are valid in R, Stata and pandas and the same in every language; numbers are culture-invariant.
//
// Rows the engine cannot read or whose facts break the scale's rules are reported on standard error and left out;
// the others are still scored. Exit code 1 when a row was left out.
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Ips25;

var language = Ips25Scale.Norwegian; // change to Ips25Scale.English for English level labels
var programmesFile = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "data", "programmes.csv");

// An empty file, a wrong header or an unclosed quote throws a FormatException; a bad row is only reported below.
using var reader = new StreamReader(programmesFile);
var rows = FactsCsv.Read(reader);

var reports = new List<FidelityReport>();
var leftOut = 0;
foreach (var row in rows)
{
    var problems = row.Errors.Select(error => error.ToString()).ToList();
    if (row.Facts is { } facts)
    {
        problems.AddRange(Ips25Scale.Validator.Validate(facts).Errors.Select(failure => "line " + row.Line + ": " + failure.ErrorMessage));
        if (problems.Count == 0)
        {
            reports.Add(Ips25Scale.Engine.Score(facts));
            continue;
        }
    }

    leftOut++;
    Console.Error.WriteLine("score-batch: left out '" + row.Programme + "':");
    problems.ForEach(problem => Console.Error.WriteLine("  " + problem));
}

ScoresCsv.Write(Console.Out, reports, language);
Console.Error.WriteLine("score-batch: " + reports.Count + " of " + rows.Length + " programmes scored (" + Ips25Scale.Engine.Scale.ScaleId + " " + Ips25Scale.Engine.Scale.Revision + ", engine " + FidelityEngine.Version + ")");
return leftOut == 0 ? 0 : 1;
