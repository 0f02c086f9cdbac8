// Consumer smoke test: .ci/run copies this file into a throwaway console project that references the
// freshly packed Ips.Core and Ips.Core.Fidelity packages (not the projects), then builds and runs it.
// It uses both packages for real: specialists and caseloads from Ips.Core give item 1's facts, the typed IPS-25
// records give the rest, the engine scores the review (from the embedded scale definition), the report renders and
// round-trips through the source-generated JSON. It also checks the package's source generator: the console project
// marks my-scale.json (beside this file) as a scale, and the typed records in My.Scale come from it, while the IPS-25
// records come from the package's dll only. It exits non-zero when any result is not the one expected.
using Ips.Core.Caseloads;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Presentation;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Results;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Identity;
using Ips.Core.Specialists;
using NodaTime;

var team = TeamId.Create("team-a");
var builder = new ReviewFactsBuilder("Consumer smoke (IPS-team X)", new LocalDate(2026, 10, 1))
    .WithPeriod(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30)));

// Item 1 per specialist, from Ips.Core specialists and their caseloads.
var participant = 0;
foreach (var (label, fte, count) in new[] { ("ES-1", 1.0m, 19), ("ES-2", 1.0m, 18), ("ES-3", 0.6m, 11) })
{
    var specialist = EmploymentSpecialist.Create(SpecialistId.Create("s-" + label), fte, [team]);
    var caseload = Caseload.Create(specialist);
    for (var i = 0; i < count; i++)
    {
        caseload = caseload.Add(ParticipantId.Create("p-" + (++participant).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    builder.AddSpecialist(label, new CaseloadSizeFacts { ActiveParticipants = caseload.Count, FullTimeEquivalents = (double)specialist.Fte });
}

var facts = builder
    .Add(new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 82 })
    .Add(new VocationalGeneralistsFacts
    {
        PhasesPerformed = IpsPhases.Intake | IpsPhases.Engagement | IpsPhases.Assessment | IpsPhases.JobPlacement | IpsPhases.JobCoaching,
        ReferralPractice = ReferralPractice.ProvidesVocationalServices,
    })
    .Add(new TeamAssignmentFacts { SeparateVocationalProgramme = false, TreatmentTeamsAssigned = 2, CliniciansOrganisedInTeams = true, CaseloadFromAssignedTeamsPercent = 68 })
    .Add(new TeamContactFacts { TeamContactPractices = TeamContactPractices.AttendsWeeklyTeamMeeting | TeamContactPractices.DocumentationInTreatmentRecord | TeamContactPractices.OfficeNearTeam })
    .Add(new NavCollaborationFacts { NavContactFrequency = NavContactFrequency.Monthly, ScheduledMeetingFrequency = ScheduledMeetingFrequency.LessThanQuarterly })
    .Add(new VocationalUnitFacts { UnitPractice = UnitPractice.SameSupervisorWeeklyDiscussion })
    .Add(new SupervisorRoleFacts { SupervisorRoles = SupervisorRoles.WeeklyClientBasedSupervision | SupervisorRoles.MeetsTreatmentTeamLeaders | SupervisorRoles.ReviewsOutcomesQuarterly })
    .Add(new ZeroExclusionFacts { ExclusionPractice = ExclusionPractice.NoExclusionNarrowReferralSources })
    .Add(new AgencyFocusFacts { AgencyFocusStrategies = AgencyFocusStrategies.IntakeAsksAboutWork | AgencyFocusStrategies.WrittenMaterialOnWork | AgencyFocusStrategies.MeasuresCompetitiveWorkRateQuarterly })
    .Add(new ExecutiveSupportFacts { ExecutiveSupportElements = ExecutiveSupportElements.LeadersKnowIpsPrinciples | ExecutiveSupportElements.ExecutiveOnSteeringGroup | ExecutiveSupportElements.ProgrammeLeaderReportsBarriers })
    .Add(new BenefitsPlanningFacts { BenefitsPlanningPractice = BenefitsPlanningPractice.DiscussesBenefitChanges })
    .Add(new DisclosureFacts { DisclosurePractices = DisclosurePractices.DisclosureNotRequired | DisclosurePractices.DiscussesProsAndCons | DisclosurePractices.DiscussesWhatToSay })
    .Add(new CareerProfilingFacts { CareerProfilingPractice = CareerProfilingPractice.ProfileNotDocumentedOrUpdated })
    .Add(new RapidJobSearchFacts { MeanDaysToFirstEmployerContact = 74, EmployerContactsTracked = true })
    .Add(new IndividualisedJobSearchFacts { ContactsFollowingPreferencesPercent = 78, ConsistentWithJobSearchPlan = true })
    .AddSpecialist("ES-1", new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.2, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 8 })
    .AddSpecialist("ES-2", new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.6, ContactLogReview = ContactLogReview.Monthly, JobSeekers = 6 })
    .AddSpecialist("ES-3", new EmployerContactFacts { InPersonEmployerContactsPerWeek = 5.1, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 5 })
    .Add(new EmployerContactQualityFacts { EmployerContactQuality = EmployerContactQuality.MeetsEmployersPresentsStrengths })
    .Add(new JobTypeDiversityFacts { JobsHeld = 18, DistinctJobTypes = 12 })
    .Add(new EmployerDiversityFacts { JobsHeld = 18, DistinctEmployers = 14 })
    .Add(new CompetitiveJobsFacts { CurrentJobs = 12, PermanentCompetitiveJobs = 10 })
    .Add(new FollowAlongSupportsFacts { FollowAlongSupportPractice = FollowAlongSupportPractice.MostGetNarrowSupport })
    .Add(new TimeUnlimitedFollowAlongFacts { FollowAlongContactPractice = FollowAlongContactPractice.AtLeastHalfForFourMonths })
    .Add(new CommunityBasedServicesFacts { CommunityHoursPercent = 46 })
    .Add(new EngagementOutreachFacts { EngagementStrategies = EngagementStrategies.NotEndedForMissedAppointments | EngagementStrategies.OutreachDocumented | EngagementStrategies.HomeAndCommunityVisits | EngagementStrategies.FamilyContact })
    .Build();

var report = Ips25Scale.Engine.Score(facts);   // language-free: the language is chosen when rendering
Console.WriteLine($"{report.ProgrammeLabel}: total {report.Total.RatedSum} ({report.Total.RatedCount}/{report.Total.ItemCount} items rated), level {report.Level?.Name.Get(Ips25Scale.English) ?? "none"}");
Console.WriteLine($"scale {report.ScaleId} revision {report.Revision}, engine {report.EngineVersion}");

var failures = new List<string>();
void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

Expect(report.IsComplete, "every item rated");
Expect(report.Total.RatedSum == 84, "total 84");
Expect(report.Level?.Id == "fair", "level fair");
Expect(report.Item(1).Score == 5 && report.Item(1).Path == Ips.Core.Fidelity.Results.ScoringPath.PerSpecialist, "item 1 per specialist, 5");
Expect(report.Item(17).Score == 3, "item 17 scores 3");

var text = report.ToText(Ips25Scale.English);
Expect(text.Contains("\nTotal: 84\n", StringComparison.Ordinal) && text.Contains("\nLevel: Fair fidelity (74–99)\n", StringComparison.Ordinal), "the text report has the total and level lines");
Expect(report.ToMarkdown(Ips25Scale.Norwegian).Contains("- **Totalskår:** 84", StringComparison.Ordinal), "the Norwegian Markdown report has the total");

var json = FidelityJson.WriteReport(report);
var back = FidelityJson.ReadReport(json, Ips25Scale.Definition);
Expect(FidelityJson.WriteReport(back) == json, "the report JSON round-trips");
var factsJson = FidelityJson.WriteFacts(facts);
Expect(FidelityJson.WriteFacts(FidelityJson.ReadFacts(factsJson)) == factsJson, "the facts JSON round-trips");

// Typed facts generated from the consumer's own scale JSON (.ci/consumer/my-scale.json).
var own = My.Scale.TeamMeetingFacts.PerSpecialist(("S1", new My.Scale.TeamMeetingFacts { MeetingsPerMonth = 4, MeetingPractice = My.Scale.MeetingPractice.Scheduled }));
Expect(own.Item == 1 && own.Specialists.Length == 1, "the generated consumer record gives per-specialist facts");
Expect(own.Specialists[0].Facts.Length == 2 && own.Specialists[0].Facts[1].Value.Level == "scheduled", "the generated consumer record gives its level by id");
Expect(typeof(CaseloadSizeFacts).Assembly == typeof(FidelityEngine).Assembly, "the IPS-25 records come from the package, not generated again");
Expect(typeof(My.Scale.TeamMeetingFacts).Assembly.GetTypes().All(t => t.Namespace != "Ips.Core.Fidelity.Ips25"), "no IPS-25 record is generated into the consumer");

foreach (var failure in failures)
{
    Console.Error.WriteLine("consumer smoke: expected " + failure);
}

Console.WriteLine(failures.Count == 0 ? "consumer smoke: ok" : "consumer smoke: " + failures.Count + " check(s) failed");
return failures.Count == 0 ? 0 : 1;
