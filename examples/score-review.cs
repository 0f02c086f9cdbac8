#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published package instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// Scores a fidelity review from a facts JSON file and prints the report.
//
//   dotnet run examples/score-review.cs                                   # examples/reviews/fair.json, Norwegian text
//   dotnet run examples/score-review.cs -- --lang en                      # in English
//   dotnet run examples/score-review.cs -- examples/reviews/incomplete.json --format markdown
//
// Exit codes: 0 scored; 1 the file is not valid facts JSON or the facts break the scale's rules; 2 bad arguments.
using System.Text.Json;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

var language = Ips25Scale.Norwegian;
var format = ReportFormat.Text;
string? path = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lang" when i + 1 < args.Length:
            // Case-insensitive, like the other examples and the ips-fidelity tool (EN, en, En).
            if (!ReportLanguage.TryFromCode(args[++i], out language) || !Ips25Scale.Definition.SupportsLanguage(language))
            {
                return Usage("--lang takes nb or en");
            }

            break;
        case "--format" when i + 1 < args.Length:
            switch (args[++i])
            {
                case "text":
                    format = ReportFormat.Text;
                    break;
                case "markdown" or "md":
                    format = ReportFormat.Markdown;
                    break;
                default:
                    return Usage("--format takes text or markdown");
            }

            break;
        case "-h" or "--help":
            Usage(null);
            return 0;
        default:
            if (args[i].StartsWith('-') || path is not null)
            {
                return Usage("unexpected argument '" + args[i] + "'");
            }

            path = args[i];
            break;
    }
}

// A file-based app knows the folder of its .cs file; the default review sits beside it.
var scriptDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
path ??= Path.Combine(scriptDirectory, "reviews", "fair.json");
if (!File.Exists(path))
{
    Console.Error.WriteLine("score-review: no such file: " + path);
    return 1;
}

ReviewFacts facts;
try
{
    facts = FidelityJson.ReadFacts(File.ReadAllText(path));
}
catch (JsonException exception)
{
    var where = exception.Path is { } at && !exception.Message.Contains(at, StringComparison.Ordinal) ? " (at " + at + ")" : string.Empty;
    Console.Error.WriteLine("score-review: " + Path.GetFileName(path) + " is not valid facts JSON: " + exception.Message + where);
    return 1;
}

var validation = Ips25Scale.Validator.Validate(facts);
if (!validation.IsValid)
{
    Console.Error.WriteLine("score-review: " + Path.GetFileName(path) + " has facts that break the scale's rules:");
    foreach (var failure in validation.Errors)
    {
        Console.Error.WriteLine("  " + failure.PropertyName + ": " + failure.ErrorMessage);
    }

    return 1;
}

if (facts.Items.IsEmpty)
{
    // Not an error (a review may start empty), but never silent: every item will be "not rated".
    Console.Error.WriteLine("score-review: warning: " + Path.GetFileName(path) + " has no facts for any item; every item is not rated.");
}

var report = Ips25Scale.Engine.Score(facts);
Console.Write(ReportRenderer.Render(report, format, language));
return 0;

static int Usage(string? problem)
{
    if (problem is not null)
    {
        Console.Error.WriteLine("score-review: " + problem);
    }

    Console.Error.WriteLine("usage: dotnet run examples/score-review.cs [-- [facts.json] [--lang nb|en] [--format text|markdown]]");
    return 2;
}
