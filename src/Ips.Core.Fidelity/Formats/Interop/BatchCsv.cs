using System.Text;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Csv;
using Ips.Core.Fidelity.Localization;

namespace Ips.Core.Fidelity.Formats.Interop;

/// <summary>
/// The scores CSV of a batch (<see cref="FidelityInterop.ScoreBatchCsv"/>): <see cref="ScoresCsv"/>'s rows, written by
/// <see cref="ScoresCsv"/> itself so the layout has one source, in input order, with the error columns after them.
/// </summary>
internal static class BatchCsv
{
    /// <summary>The columns after <see cref="ScoresCsv.Header"/>'s, empty for a scored entry.</summary>
    internal static readonly string[] ErrorColumns = ["error_kind", "error_path", "error_codes", "error_message"];

    public static string Write(ScaleDefinition scale, List<FidelityInterop.Attempt> attempts, ReportLanguage language, ScoresCsvLayout layout)
    {
        var header = ScoresCsv.Header(scale, layout);
        var output = new StringBuilder();
        AppendRow(output, header.Concat(ErrorColumns));
        var emptyErrors = new string(',', ErrorColumns.Length);
        foreach (var attempt in attempts)
        {
            if (attempt.Error is { } error)
            {
                var fields = new List<string>(header.Length + ErrorColumns.Length) { scale.ScaleId, scale.Edition, scale.Revision, Scoring.FidelityEngine.Version };
                while (fields.Count < header.Length)
                {
                    fields.Add(string.Empty);
                }

                fields.Add(error.Kind);
                fields.Add(error.Path ?? string.Empty);
                fields.Add(string.Join('|', error.Errors.IsDefault ? [] : error.Errors.Select(e => e.Code)));
                fields.Add(error.Message);
                AppendRow(output, fields);
                continue;
            }

            // One report's rows as ScoresCsv writes them, less its header; each row end (outside quotes) gains the empty error fields.
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            ScoresCsv.Write(writer, [attempt.Report!], language, layout);
            var text = writer.ToString();
            var inQuotes = false;
            var headerDone = false;
            foreach (var c in text)
            {
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (c == '\n' && !inQuotes)
                {
                    if (headerDone)
                    {
                        output.Append(emptyErrors);
                        output.Append('\n');
                    }

                    headerDone = true;
                    continue;
                }

                if (headerDone)
                {
                    output.Append(c);
                }
            }
        }

        return output.ToString();
    }

    private static void AppendRow(StringBuilder output, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                output.Append(',');
            }

            output.Append(Csv.Csv.Field(field));
            first = false;
        }

        output.Append('\n');
    }
}
