using System.CommandLine;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tool;

/// <summary>
/// <c>batch [FILE|-]</c>: many reviews → their scores. A CSV of facts (one programme per row, <c>FactsCsv</c>) gives a
/// scores CSV; a JSON array of facts documents gives the batch JSON of <c>FidelityInterop.ScoreBatch</c>. A bad row or
/// entry is reported and left out; the others are scored (exit code 1 when any was left out). <c>--layout wide|long</c>
/// chooses the scores CSV's layout and <c>--dialect standard|excel-nb</c> the facts CSV's dialect. A long CSV batch shows
/// a <see cref="ProgressBar"/> on standard error when that is a terminal.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(ToolIo io)
    {
        var input = new Argument<string>("batch") { Description = "A facts CSV file or a JSON array of facts documents, or - for standard input.", DefaultValueFactory = _ => "-" };
        var language = FidelityTool.LanguageOption();
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var layout = new Option<string>("--layout") { Description = "The scores CSV's layout: wide (one row per review) or long (one row per review and item).", DefaultValueFactory = _ => "wide", HelpName = "wide|long" };
        layout.AcceptOnlyFromAmong("wide", "long");
        var dialect = new Option<string>("--dialect") { Description = "The facts CSV's dialect: standard (comma, decimal point) or excel-nb (what Excel writes in Norway: semicolon, decimal comma).", DefaultValueFactory = _ => "standard", HelpName = "standard|excel-nb" };
        dialect.AcceptOnlyFromAmong("standard", "excel-nb");
        var command = new Command("batch", "Score many reviews: a facts CSV gives a scores CSV, a JSON array of facts documents the batch JSON.") { input, language, scale, output, layout, dialect };
        command.SetAction(parsed =>
        {
            var scalePath = parsed.GetValue(scale);
            var definition = FidelityTool.Scale(io, scalePath);
            var chosen = FidelityTool.Language(definition, parsed.GetValue(language));
            var text = io.ReadText(parsed.GetValue(input)!);
            if (text.AsSpan().TrimStart().StartsWith("["))
            {
                var result = FidelityInterop.ScoreBatch(text, chosen.Code, scalePath is null ? null : io.ReadText(scalePath));
                io.WriteText(parsed.GetValue(output)!, result + "\n");
                return FidelityInterop.IsError(result) || result.Contains("\"error\":", StringComparison.Ordinal) ? FidelityTool.InvalidInput : FidelityTool.Ok;
            }

            var options = new FactsCsvOptions { Dialect = parsed.GetValue(dialect) == "excel-nb" ? CsvDialect.NorwegianExcel : CsvDialect.Standard };
            return Csv(io, text, definition, chosen, parsed.GetValue(output)!, options, parsed.GetValue(layout) == "long" ? ScoresCsvLayout.Long : ScoresCsvLayout.Wide);
        });
        return command;
    }

    private static int Csv(ToolIo io, string text, Definition.ScaleDefinition definition, Localization.ReportLanguage language, string output, FactsCsvOptions options, ScoresCsvLayout layout)
    {
        var engine = FactsInput.Engine(definition);
        var validator = new ReviewFactsValidator(definition);
        System.Collections.Immutable.ImmutableArray<FactsCsvRow> rows;
        try
        {
            rows = FactsCsv.Read(text, definition, options);
        }
        catch (FormatException exception)
        {
            throw new ToolException(FidelityTool.InvalidInput, "not a facts CSV: " + exception.Message);
        }

        var reports = new List<FidelityReport>(rows.Length);
        var leftOut = 0;
        var progress = new ProgressBar(io.Error, io.ErrorIsTerminal, rows.Length);
        var done = 0;
        foreach (var row in rows)
        {
            progress.Report(done++);
            var problems = row.Errors.Select(error => error.ToString()).ToList();
            if (row.Facts is { } facts)
            {
                problems.AddRange(validator.Validate(facts).Errors.Take(FactsInput.MaxListed).Select(failure => "line " + row.Line + ": " + failure.ErrorCode + ": " + failure.ErrorMessage));
                if (problems.Count == 0)
                {
                    reports.Add(engine.Score(facts));
                    continue;
                }
            }

            leftOut++;
            progress.Finish();
            io.Error.WriteLine("ips-fidelity: left out line " + row.Line + ":");
            problems.ForEach(problem => io.Error.WriteLine("  " + problem));
        }

        progress.Report(rows.Length);
        progress.Finish();
        using var writer = new StringWriter();
        ScoresCsv.Write(writer, reports, language, layout);
        io.WriteText(output, writer.ToString());
        io.Error.WriteLine("ips-fidelity: " + reports.Count + " of " + rows.Length + " programmes scored (" + definition.ScaleId + " " + definition.Revision + ")");
        return leftOut == 0 ? FidelityTool.Ok : FidelityTool.InvalidInput;
    }
}
