#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published package instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// Scores the shipped fidelity review examples/reviews/fair.json and prints the explained report.
//
//   dotnet run examples/score-review.cs
//
// Copy it and change the two lines below for another review or language. To choose them on the command line (and
// Markdown, HTML or JSON), use the ips-fidelity tool instead (README.md):
//   ips-fidelity score examples/reviews/fair.json --lang en --format markdown
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;

var language = Ips25Scale.Norwegian; // change to Ips25Scale.English for the report in English
var reviewFile = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "reviews", "fair.json");

// A file that is not facts JSON throws a JsonException whose Path says where ($.items[1].facts).
var facts = FidelityJson.ReadFacts(File.ReadAllText(reviewFile));

// Facts that break the scale's rules (an unknown element, 120 %) do not throw: list them before scoring.
var validation = Ips25Scale.Validator.Validate(facts);
foreach (var failure in validation.Errors)
{
    Console.Error.WriteLine($"{failure.PropertyName}: {failure.ErrorMessage}");
}

var report = Ips25Scale.Engine.Score(facts);
Console.Write(report.ToText(language));
return validation.IsValid ? 0 : 1;
