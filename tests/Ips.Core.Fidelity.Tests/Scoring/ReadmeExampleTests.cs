using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Localization;
using Ips.Core.Fidelity.Presentation;

namespace Ips.Core.Fidelity.Tests.Scoring;

/// <summary>The usage example in the package README gives what the README says.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ScoresAsDocumented()
    {
        var facts = new ReviewFactsBuilder("Team Nord", new DateOnly(2026, 3, 2))
            .Add(new CaseloadSizeFacts { ActiveParticipants = 10, FullTimeEquivalents = 0.5 })
            .Add(new EmployerContactFacts { InPersonEmployerContactsPerWeek = 4.2, ContactLogReview = ContactLogReview.Weekly, JobSeekers = 8 })
            .AddSpecialist("ES 1", new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 96 })
            .AddSpecialist("ES 2", new EmploymentServicesStaffFacts { EmploymentServicesTimePercent = 91 })
            .Build();

        var report = Ips25Scale.Engine.Score(facts);

        Assert.Equal((12, 34, 122), (report.Total.RatedSum, report.Total.LowestPossible, report.Total.HighestPossible));
        Assert.Null(report.Level);
        var item17 = report.Explain(17, Ips25Scale.English);
        Assert.Equal(
            "Item 17 Frequent employer contact: Score 3 — next: 5 contacts a week, log reviewed weekly → 4; now 4.2 a week",
            $"{item17.Heading}: {item17.Status} — next: {item17.NextStep}");
    }
}
