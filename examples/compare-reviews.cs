#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published package instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// Compares two fidelity reviews of the same programme a year apart (examples/reviews/fair-2025.json → fair.json):
// per item the score before and after, the anchors crossed up and down, section subtotals, total, level, and which
// facts moved.
//
//   dotnet run examples/compare-reviews.cs
//
// Copy it and change the lines below for other reviews or another language. To choose them on the command line,
// use the ips-fidelity tool instead (README.md):
//   ips-fidelity compare before.json after.json --lang en --format markdown
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;

var language = Ips25Scale.Norwegian; // change to Ips25Scale.English for the comparison in English
var reviews = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "reviews");
var before = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(reviews, "fair-2025.json"))));
var after = Ips25Scale.Engine.Score(FidelityJson.ReadFacts(File.ReadAllText(Path.Combine(reviews, "fair.json"))));

// Compare throws ArgumentException for reviews on different scales; different programmes get a warning line.
var comparison = ReviewComparison.Compare(before, after);
Console.Write(ReviewComparison.Render(comparison, ReportFormat.Text, language));
