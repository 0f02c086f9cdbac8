#:project ../src/Ips.Core/Ips.Core.csproj
// With the published package instead of the project:
// #:package Ips.Core@0.1.0

// NAV's outcome report (the JobbResept tables) for each programme in examples/data/records: December 2024 beside
// the year to date, in Norwegian text.
//
//   dotnet run examples/outcome-report.cs
//
// The same call renders English (NavReportLanguage.English), Markdown, HTML with charts, and CSV or JSON for analysis
// (NavReportFormat); pass SmallCellSuppression.HideBelow(5) to NavOutcomeTables.Create before publishing a table.
// Privacy: the records here are synthetic; real records are health data and stay in the secure zone (docs/records-csv.md).
using Ips.Core.Outcomes;
using Ips.Core.Records;
using NodaTime;

var scriptDirectory = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
var programmes = ProgrammeRecords.Read(Path.Combine(scriptDirectory, "data", "records"));
var december = new DateInterval(new LocalDate(2024, 12, 1), new LocalDate(2024, 12, 31));
foreach (var programme in programmes)
{
    Console.WriteLine(NavOutcomeTables.Create(programme, december).Render(NavReportLanguage.Norwegian, NavReportFormat.Text));
}
