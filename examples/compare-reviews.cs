#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published package instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// Compares two fidelity reviews of the same programme (e.g. a year apart): per item the score before and after,
// the anchors crossed up and down, section subtotals, total, level, and which facts moved.
//
//   dotnet run examples/compare-reviews.cs                                      # reviews/fair-2025.json → reviews/fair.json, Norwegian
//   dotnet run examples/compare-reviews.cs -- --lang en                         # in English
//   dotnet run examples/compare-reviews.cs -- before.json after.json --format markdown
//
// Exit codes: 0 compared; 1 a file is missing, not valid facts JSON, breaks the scale's rules, or the reviews are on
// different scales; 2 bad arguments. Reviews of different programmes are compared with a warning line.
using System.Text.Json;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Ips25;

var language = Ips25Scale.Norwegian;
var format = ReportFormat.Text;
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--lang" when i + 1 < args.Length:
            if (!ReportLanguage.TryFromCode(args[++i], out language) || !Ips25Scale.Engine.Scale.SupportsLanguage(language))
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
            if (args[i].StartsWith('-') || paths.Count == 2)
            {
                return Usage("unexpected argument '" + args[i] + "'");
            }

            paths.Add(args[i]);
            break;
    }
}

if (paths.Count == 1)
{
    return Usage("give two reviews (before and after), or none for the example pair");
}

var scriptDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
if (paths.Count == 0)
{
    paths.Add(Path.Combine(scriptDirectory, "reviews", "fair-2025.json"));
    paths.Add(Path.Combine(scriptDirectory, "reviews", "fair.json"));
}

var reports = new List<FidelityReport>();
foreach (var path in paths)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine("compare-reviews: no such file: " + path);
        return 1;
    }

    ReviewFacts facts;
    try
    {
        facts = FidelityJson.ReadFacts(File.ReadAllText(path));
    }
    catch (JsonException exception)
    {
        Console.Error.WriteLine("compare-reviews: " + Path.GetFileName(path) + " is not valid facts JSON: " + exception.Message);
        return 1;
    }

    var validation = Ips25Scale.Validator.Validate(facts);
    if (!validation.IsValid)
    {
        Console.Error.WriteLine("compare-reviews: " + Path.GetFileName(path) + " has facts that break the scale's rules:");
        validation.Errors.ForEach(failure => Console.Error.WriteLine("  " + failure.PropertyName + ": " + failure.ErrorMessage));
        return 1;
    }

    reports.Add(Ips25Scale.Engine.Score(facts));
}

ReviewComparisonResult comparison;
try
{
    comparison = ReviewComparison.Compare(reports[0], reports[1]);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine("compare-reviews: " + exception.Message);
    return 1;
}

Console.Write(ReviewComparison.Render(comparison, format, language));
return 0;

static int Usage(string? problem)
{
    if (problem is not null)
    {
        Console.Error.WriteLine("compare-reviews: " + problem);
    }

    Console.Error.WriteLine("usage: dotnet run examples/compare-reviews.cs [-- [before.json after.json] [--lang nb|en] [--format text|markdown]]");
    return 2;
}
