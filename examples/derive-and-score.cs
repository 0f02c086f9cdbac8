#:project ../src/Ips.Core.Fidelity/Ips.Core.Fidelity.csproj
#:project ../bench/Ips.Core.Synthetic/Ips.Core.Synthetic.csproj
// With the published packages instead of the projects (the synthetic generator is not published; keep its #:project):
// #:package Ips.Core.Fidelity@0.1.0
// #:package Ips.Core@0.1.0

// A research walk-through, step by step: generate synthetic programme records, derive fidelity facts from them,
// score every programme, and set the fidelity scores beside the outcome figures NAV teams report.
// This file replaces a notebook: run it top to bottom, change a step, run it again.
//
//   dotnet run examples/derive-and-score.cs
//
// Change the three lines at the top for another language, seed or number of programmes. To derive facts from
// record files of your own on the command line, use the ips-fidelity tool instead (README.md):
//   ips-fidelity derive examples/data/records --review-date 2024-12-31 --lang en
//
// Privacy: every record here is synthetic. The same steps on real records handle special-category health data
// (GDPR art. 9) and belong only inside the health trust's or NAV's secure zone (docs/records-csv.md).
using System.Globalization;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Outcomes;
using Ips.Core.Synthetic;
using NodaTime;

var language = Ips25Scale.Norwegian; // change to Ips25Scale.English for the walk-through in English
ulong seed = 20240601;               // the same seed gives the same programmes on every machine
var programmeCount = 3;              // 1 to 20 run in seconds

// Everything printed uses the invariant culture for numbers, so the output is the same on any machine.
var en = language == Ips25Scale.English;
string T(string nb, string english) => en ? english : nb;
static string Pct(double? share) => share is { } v ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";
static string Num(double? value) => value is { } v ? v.ToString("0.#", CultureInfo.InvariantCulture) : "–";

// ── Step 0. Stamps: what produced these numbers ──────────────────────────────────────────────────────────────────
// A result is reproducible from three things: the seed and sizes of the synthetic data, the scale definition
// (id, edition, revision: the rules and anchors), and the engine version (the code, with its commit). Print them
// first and keep them with every table you publish.
var engine = Ips25Scale.Engine;
Console.WriteLine(T("Steg 0. Versjoner", "Step 0. Stamps"));
Console.WriteLine($"  scale: {engine.Scale.ScaleId} revision {engine.Scale.Revision}");
Console.WriteLine($"  engine: {FidelityEngine.Version}");
Console.WriteLine($"  seed: {seed.ToString(CultureInfo.InvariantCulture)}, programmes: {programmeCount.ToString(CultureInfo.InvariantCulture)}");
Console.WriteLine();

// ── Step 1. Generate synthetic programmes ─────────────────────────────────────────────────────────────────────────
// SyntheticProgrammeGenerator builds whole programmes through the same IpsProgramme.Builder real data go through
// (so every domain rule holds). The same options and seed give identical programmes on every machine. Sizes are kept
// small so this runs in seconds; the generator handles tens of thousands of participants.
var options = new SyntheticOptions
{
    Seed = seed,
    Programmes = programmeCount,
    ParticipantsPerProgramme = 60,
    Start = new LocalDate(2023, 1, 1),
    End = new LocalDate(2024, 12, 31),
};
var programmes = SyntheticProgrammeGenerator.Generate(options);
Console.WriteLine(T("Steg 1. Syntetiske program", "Step 1. Synthetic programmes"));
foreach (var programme in programmes)
{
    Console.WriteLine($"  {programme.Id.Value}: {programme.Specialists.Length} {T("IPS-konsulenter", "specialists")}, {programme.Participants.Length} {T("deltakere", "participants")}, {programme.Jobs.Length} {T("jobber", "jobs")}, {programme.EmployerContacts.Length} {T("arbeidsgiverkontakter", "employer contacts")}");
}

Console.WriteLine();

// ── Step 2. Choose the review period ──────────────────────────────────────────────────────────────────────────────
// A fidelity review describes a period (here the last six months of the data) and is dated at its end. Derivation
// and NAV outcomes both use this period, so the two tables describe the same months.
var period = new DateInterval(new LocalDate(2024, 7, 1), options.End);
var derivation = DerivationOptions.For(period);
Console.WriteLine(T("Steg 2. Periode", "Step 2. Review period") + $": {period.Start:yyyy-MM-dd} – {period.End:yyyy-MM-dd}");
Console.WriteLine();

// ── Step 3. Derive facts from records ─────────────────────────────────────────────────────────────────────────────
// FactDerivation computes the facts that records can answer (caseload size, team assignment, rapid job search,
// employer contacts, job and employer diversity, competitive jobs, follow-along, community hours, disclosure),
// each marked "derived" with its evidence. The rest of the scale (supervision, executive support, …) needs a
// reviewer's observations, so those items stay "not rated": the engine never guesses (policy 4). Some derivable
// items also need one observed fact (item 4 whether the unit is separate, item 16 the job-search plan, item 17 how
// often the contact log is reviewed), so they are rated only once a reviewer adds it.
Console.WriteLine(T("Steg 3. Avledede fakta", "Step 3. Derived facts"));
var derived = programmes.Select(programme => FactDerivation.Derive(programme, derivation)).ToList();
foreach (var review in derived)
{
    var items = review.Facts.Select(fact => fact.Item).Distinct().Order().ToList();
    Console.WriteLine($"  {review.ProgrammeLabel}: {review.Facts.Length} {T("fakta for punkt", "facts for items")} {string.Join(", ", items)}");
}

Console.WriteLine();

// ── Step 4. Score ─────────────────────────────────────────────────────────────────────────────────────────────────
// The engine scores each programme's derived facts. With only the derivable items rated, the report gives the sum
// of rated items and the lowest and highest totals still possible; a level only when every possible total falls in
// one level. Add the reviewer's facts (DerivedReview.MergeWith) to complete the review.
Console.WriteLine(T("Steg 4. Skårer (bare avledbare punkter)", "Step 4. Scores (derivable items only)"));
var reports = derived.Select(review => engine.Score(review.ToReviewFacts())).ToList();
foreach (var report in reports)
{
    var scores = string.Join(" ", report.Items.Where(item => item.Score is not null).Select(item => $"{item.Item}:{item.Score}"));
    var level = report.Level?.Name.Get(language) ?? engine.Scale.Label("levelUndetermined", language);
    Console.WriteLine($"  {report.ProgrammeLabel}: {T("vurdert", "rated")} {report.Total.RatedCount}/{report.Total.ItemCount}, {T("sum", "sum")} {report.Total.RatedSum}, {T("mulig", "possible")} {report.Total.LowestPossible}–{report.Total.HighestPossible}; {level}");
    Console.WriteLine($"    {scores}");
}

Console.WriteLine();

// ── Step 5. NAV outcome figures for the same period ───────────────────────────────────────────────────────────────
// NavOutcomeCalculator gives the figures NAV teams report beside fidelity: share of active participants in paid
// work, job starts in the last 6 and 12 months, and median days from start to first employer contact (NAV reports
// the median; the mean is skewed by a few long waits).
Console.WriteLine(T("Steg 5. NAV-resultater", "Step 5. NAV outcome figures"));
foreach (var programme in programmes)
{
    var outcome = NavOutcomeCalculator.Calculate(programme, period);
    Console.WriteLine($"  {programme.Id.Value}: {T("aktive", "active")} {outcome.ActiveParticipants}, {T("i lønnet arbeid", "in paid work")} {Pct(outcome.InPaidWork.Share)}, {T("jobbstarter 6/12 mnd", "job starts 6/12 months")} {outcome.JobStartsLast6Months.Jobs}/{outcome.JobStartsLast12Months.Jobs}, {T("median dager til første arbeidsgiverkontakt", "median days to first employer contact")} {Num(outcome.DaysToFirstEmployerContact.MedianDays)}");
}

Console.WriteLine();

// ── Step 6. Side by side ──────────────────────────────────────────────────────────────────────────────────────────
// One line per programme: the rated fidelity sum next to the share in paid work. With three synthetic programmes
// this shows the shape of an analysis, not a finding; with real data, use the full scale and many programmes.
Console.WriteLine(T("Steg 6. Kvalitet og resultater", "Step 6. Fidelity and outcomes"));
for (var i = 0; i < programmes.Length; i++)
{
    var outcome = NavOutcomeCalculator.Calculate(programmes[i], period);
    Console.WriteLine($"  {programmes[i].Id.Value}: {T("sum vurderte punkter", "rated sum")} {reports[i].Total.RatedSum} ({reports[i].Total.RatedCount} {T("punkter", "items")}), {T("i lønnet arbeid", "in paid work")} {Pct(outcome.InPaidWork.Share)}");
}

Console.WriteLine(T("Ferdig.", "Done."));
return 0;
