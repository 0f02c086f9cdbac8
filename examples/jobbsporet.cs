#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
// With the published packages instead of the project:
// #:package Ips.Core.Fidelity@0.1.0

// From a Jobbsporet export to derived facts, scores and NAV's outcome figures (docs/jobbsporet.md).
// Reads the constructed export in examples/data/jobbsporet (one CSV per Salesforce object, plus the two supplement
// files for what Jobbsporet does not hold: specialists' FTE and hours, jobs' STYRK-08 code and pay terms).
//
//   dotnet run examples/jobbsporet.cs
//
// For an export of your own, copy this file inside the secure zone and change the folder, period and clock lines below.
//
// Privacy: a real export holds special-category health data and, unless removed upstream, fødselsnummer and names.
// The reader never reads those fields and reports their presence; run it only inside NAV's secure zone.
using System.Globalization;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Outcomes;
using Ips.Core.Records;
using Ips.Core.Records.Jobbsporet;
using NodaTime;

var directory = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "data", "jobbsporet"); // the constructed export
var period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));
static string Pct(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

// Step 1. Read: lenient, so one bad row never hides the others; the clock is the "now" of Jobbsporet's own day count.
var read = JobbsporetExport.TryRead(directory, new JobbsporetReadOptions
{
    Records = RecordReadOptions.Lenient,
    Clock = new FixedClock(Instant.FromUtc(2026, 6, 30, 12, 0)),
});
Console.WriteLine($"Step 1. Read: {read}");
foreach (var error in read.Errors)
{
    Console.WriteLine($"  error   {error}");
}

foreach (var finding in read.Findings)
{
    Console.WriteLine($"  finding {finding}");
}

if (!read.IsSuccess)
{
    return 1;
}

for (var i = 0; i < read.Programmes.Length; i++)
{
    var programme = read.Programmes[i];
    var team = read.Teams[i];
    Console.WriteLine();
    Console.WriteLine($"== {team.Name}: {programme.Specialists.Length} specialists, {programme.Participants.Length} participants, {programme.Jobs.Length} jobs, {programme.EmployerContacts.Length} employer contacts");

    // Step 2. Derive the facts the export holds; the items it lacks are named with the remedy.
    var derived = FactDerivation.Derive(programme, DerivationOptions.For(period) with { SourceGaps = team.SourceGaps });
    Console.WriteLine($"Step 2. Derived {derived.Facts.Length} facts for items {string.Join(", ", derived.Facts.Select(f => f.Item).Distinct())}");
    foreach (var missing in derived.NotDerived.GroupBy(n => n.Missing))
    {
        Console.WriteLine($"  not derived: items {string.Join(", ", missing.Select(n => n.Item))} ({missing.Key}): {missing.First().Remedy}");
    }

    // Step 3. Score what was derived.
    var report = Ips25Scale.Engine.Score(derived.ToReviewFacts(team.Name.Replace(' ', '-')));
    Console.WriteLine($"Step 3. Scores: rated {report.Total.RatedCount}/{report.Total.ItemCount}, sum {report.Total.RatedSum}; "
        + string.Join(", ", report.Items.Where(x => x.Score is not null).Select(x => $"{x.Item}={x.Score}")));

    // Step 4. NAV's outcome figures, and Jobbsporet's own figures beside them.
    var outcome = NavOutcomeCalculator.Calculate(programme, period);
    Console.WriteLine($"Step 4. NAV: {outcome.Exits.Total} exits, {Pct(outcome.Exits.ToWork.Share)} to work, {Pct(outcome.InPaidWork.Share)} in paid work, "
        + $"median days to first employer contact {outcome.DaysToFirstEmployerContact.MedianDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "–"}");
    var figures = team.Figures;
    Console.WriteLine($"  Jobbsporet: mean days to first employer meeting {figures.MeanDaysToFirstMeeting?.ToString("0.#", CultureInfo.InvariantCulture) ?? "–"} over {figures.ActiveTrails} active trails, "
        + $"meeting within 30 days {Pct(figures.MeetingWithin30DaysShare)}, utetid (specialist/week) {string.Join(", ", figures.OutTime.Select(o => $"{o.Specialist.Value[..6]}/{o.Week}: {o.Percent.ToString("0.0", CultureInfo.InvariantCulture)} %"))}");
}

return 0;

/// <summary>A clock fixed at one instant, so the example prints the same every run.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
