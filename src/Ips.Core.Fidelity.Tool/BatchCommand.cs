using System.CommandLine;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Scoring;

namespace Ips.Core.Fidelity.Tool;

/// <summary>
/// <c>batch [FILE|-]</c>: many reviews → their scores. A CSV of facts (one programme per row, <c>FactsCsv</c>) gives a
/// scores CSV; a JSON array of facts documents gives the batch JSON of <c>FidelityInterop.ScoreBatch</c>. A bad row or
/// entry is reported and left out; the others are scored (exit code 1 when any was left out).
/// </summary>
internal static class BatchCommand
{
    public static Command Create(ToolIo io)
    {
        var input = new Argument<string>("batch") { Description = "A facts CSV file or a JSON array of facts documents, or - for standard input.", DefaultValueFactory = _ => "-" };
        var language = FidelityTool.LanguageOption();
        var scale = FidelityTool.ScaleOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("batch", "Score many reviews: a facts CSV gives a scores CSV, a JSON array of facts documents the batch JSON.") { input, language, scale, output };
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

            return Csv(io, text, definition, chosen, parsed.GetValue(output)!);
        });
        return command;
    }

    private static int Csv(ToolIo io, string text, Definition.ScaleDefinition definition, Localization.ReportLanguage language, string output)
    {
        var engine = FactsInput.Engine(definition);
        var validator = new ReviewFactsValidator(definition);
        System.Collections.Immutable.ImmutableArray<FactsCsvRow> rows;
        try
        {
            rows = FactsCsv.Read(text, definition);
        }
        catch (FormatException exception)
        {
            throw new ToolException(FidelityTool.InvalidInput, "not a facts CSV: " + exception.Message);
        }

        var reports = new List<FidelityReport>(rows.Length);
        var leftOut = 0;
        foreach (var row in rows)
        {
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
            io.Error.WriteLine("ips-fidelity: left out line " + row.Line + ":");
            problems.ForEach(problem => io.Error.WriteLine("  " + problem));
        }

        using var writer = new StringWriter();
        ScoresCsv.Write(writer, reports, language);
        io.WriteText(output, writer.ToString());
        io.Error.WriteLine("ips-fidelity: " + reports.Count + " of " + rows.Length + " programmes scored (" + definition.ScaleId + " " + definition.Revision + ")");
        return leftOut == 0 ? FidelityTool.Ok : FidelityTool.InvalidInput;
    }
}
