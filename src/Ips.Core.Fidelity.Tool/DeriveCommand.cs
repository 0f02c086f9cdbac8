using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Formats.Interop;
using Ips.Core.Fidelity.Ips25;

namespace Ips.Core.Fidelity.Tool;

/// <summary><c>derive</c>: a folder of record CSV files → the derived IPS-25 facts with provenance and their scores (issue 11 point 4).</summary>
internal static class DeriveCommand
{
    public static Command Create(ToolIo io)
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder of record CSV files (docs/records-csv.md)." };
        var reviewDate = new Option<string>("--review-date") { Description = "The review date, yyyy-MM-dd; the period is the six months ending on it.", Required = true };
        var format = new Option<string>("--format") { Description = "text (a summary), json (errors, facts with provenance, scores CSV) or csv (the scores CSV).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var source = new Option<string>("--source") { Description = "records (the library's record files, docs/records-csv.md) or jobbsporet (a Jobbsporet export, docs/jobbsporet.md).", DefaultValueFactory = _ => "records" };
        source.AcceptOnlyFromAmong("records", "jobbsporet");
        var language = FidelityTool.LanguageOption();
        var output = FidelityTool.OutputOption();
        var command = new Command("derive", "Derive IPS-25 facts from a folder of record CSV files and score them.") { folder, reviewDate, format, source, language, output };
        command.SetAction(parsed =>
        {
            var options = new Dictionary<string, string> { ["reviewDate"] = parsed.GetValue(reviewDate)!, ["source"] = parsed.GetValue(source)! };
            if (parsed.GetValue(language) is { Length: > 0 } code)
            {
                options["language"] = code;
            }

            var answer = DerivationInterop.Derive(parsed.GetValue(folder)!, JsonSerializer.Serialize(options, DeriveJson.Default.DictionaryStringString));
            if (FidelityInterop.IsError(answer))
            {
                using var error = JsonDocument.Parse(answer);
                throw new ToolException(FidelityTool.InvalidInput, "derive: " + error.RootElement.GetProperty("error").GetProperty("message").GetString());
            }

            using var document = JsonDocument.Parse(answer);
            var root = document.RootElement;
            var text = parsed.GetValue(format) switch
            {
                "json" => answer + "\n",
                "csv" => root.GetProperty("scoresCsv").GetString()!,
                _ => Summary(root),
            };
            io.WriteText(parsed.GetValue(output)!, text);
            return FidelityTool.Ok;
        });
        return command;
    }

    private static string Summary(JsonElement root)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"period {root.GetProperty("periodStart").GetString()} – {root.GetProperty("periodEnd").GetString()}, review date {root.GetProperty("reviewDate").GetString()}\n");
        text.Append(CultureInfo.InvariantCulture, $"rows read {root.GetProperty("rowsRead").GetInt64()}, record errors {root.GetProperty("errorCount").GetInt32()}\n");
        foreach (var error in root.GetProperty("errors").EnumerateArray())
        {
            text.Append(CultureInfo.InvariantCulture, $"  {error.GetProperty("file").GetString()}:{error.GetProperty("line").GetInt64()}:{error.GetProperty("column").GetInt32()} {error.GetProperty("code").GetString()}\n");
        }

        foreach (var programme in root.GetProperty("programmes").EnumerateArray())
        {
            var items = programme.GetProperty("provenance").EnumerateArray().Select(f => f.GetProperty("item").GetInt32()).Distinct().Order();
            text.Append(CultureInfo.InvariantCulture, $"{programme.GetProperty("programme").GetString()}: {programme.GetProperty("provenance").GetArrayLength()} facts for items {string.Join(", ", items)}; findings {programme.GetProperty("findings").GetArrayLength()}\n");
            // Items the source cannot give are named, never scored from what is missing.
            foreach (var omitted in programme.GetProperty("notDerived").EnumerateArray())
            {
                text.Append(CultureInfo.InvariantCulture, $"  not derived: item {omitted.GetProperty("item").GetInt32()}, {omitted.GetProperty("missing").GetString()} ({omitted.GetProperty("missingText").GetString()}), records lacking it {omitted.GetProperty("records").GetInt32()}: {omitted.GetProperty("remedy").GetString()}\n");
            }
        }

        return text.ToString();
    }
}

/// <summary>The options document, serialised without reflection (the tool is trimmed).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DeriveJson : System.Text.Json.Serialization.JsonSerializerContext;
