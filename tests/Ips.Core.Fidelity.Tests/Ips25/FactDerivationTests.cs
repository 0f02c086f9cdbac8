using FluentValidation;
using Ips.Core.Employers;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Facts;
using Ips.Core.Fidelity.Scoring;
using Ips.Core.Fidelity.Results;
using Ips.Core.FollowAlong;
using Ips.Core.Jobs;
using Ips.Core.Metrics;
using Ips.Core.Outcomes;
using Ips.Core.Participants;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Fidelity.Tests.Ips25.Records;

namespace Ips.Core.Fidelity.Tests.Ips25;

public sealed partial class FactDerivationTests
{
    // Period 2026-01-01..2026-03-31 (90 days), review on 2026-04-01.
    private static readonly DateInterval Q1 = new(D(2026, 1, 1), D(2026, 3, 31));

    private static DerivationOptions Options(Func<DerivationOptions, DerivationOptions>? change = null)
    {
        var options = new DerivationOptions { Period = Q1, ReviewDate = D(2026, 4, 1) };
        return change is null ? options : change(options);
    }

    private static double Number(DerivedReview review, int item, string fact, string? specialist = null) =>
        review.Find(item, fact, specialist)?.Value.Number ?? throw new InvalidOperationException($"{item}/{fact} not derived");

    [Fact]
    public void Caseload_HalfFteWithTenParticipants_Is20()
    {
        // One specialist at 0.5 FTE with 10 active participants: 10 / 0.5 = 20 participants per FTE → band ≤20 → 5.
        var participants = Enumerable.Range(1, 10).Select(i => Participant($"p{i}", D(2025, 6, 1))).ToList();
        var programme = Build([Specialist("s1", 0.5m)], participants, new Dictionary<string, string[]> { ["s1"] = [.. participants.Select(p => p.Id.Value)] });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(10, Number(review, 1, "activeParticipants", "ES 1"));
        Assert.Equal(0.5, Number(review, 1, "fullTimeEquivalents", "ES 1"));
        Assert.Equal(20, review.Caseload.PerFullTimeEquivalent);
        var item = Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(1);
        Assert.Equal(ScoringPath.PerSpecialist, item.Path);
        Assert.Equal(20, item.MeasuredValue);
        Assert.Equal(5, item.Score);
        Assert.Equal(10, review.Find(1, "activeParticipants", "ES 1")!.Provenance.RecordsUsed);
    }

    [Fact]
    public void Caseload_ParticipantEnrolledAfterReviewDate_IsNotActive()
    {
        // p2 is enrolled the day after the review: on the caseload but not yet active → 1 active, 1 excluded.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2026, 1, 1)), Participant("p2", D(2026, 4, 2)), Participant("p3", D(2026, 1, 1))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] });

        var fact = FactDerivation.Derive(programme, Options()).Find(1, "activeParticipants", "ES 1")!;

        Assert.Equal(1, fact.Value.Number);
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.NotActiveOnReviewDate));
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.NotOnCaseload)); // p3
        Assert.Equal(D(2026, 4, 1), fact.Provenance.Window.Start);
    }

    [Fact]
    public void EmployerContacts_WindowEdges_LastDayCountsDayAfterDoesNot()
    {
        // In-person job-development contacts by s1 on 2025-12-31 (before), 2026-01-01 (first day), 2026-03-31 (last day),
        // 2026-04-01 (day after); plus one by phone and one follow-up, both inside.
        // Counted: 2 in 90 days → 2 × 7 / 90 = 0.1556 a week.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 6, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2025, 12, 31), "s1", "e1"));
            b.Add(Contact(D(2026, 1, 1), "s1", "e1"));
            b.Add(Contact(D(2026, 3, 31), "s1", "e1"));
            b.Add(Contact(D(2026, 4, 1), "s1", "e1"));
            b.Add(Contact(D(2026, 2, 1), "s1", "e1", inPerson: false));
            b.Add(Contact(D(2026, 2, 1), "s1", "e1", purpose: ContactPurpose.FollowUpOfWorkingParticipant));
        });

        var fact = FactDerivation.Derive(programme, Options()).Find(17, "inPersonEmployerContactsPerWeek", "ES 1")!;

        Assert.Equal(2 * 7.0 / 90, fact.Value.Number!.Value, 12);
        Assert.Equal(2, fact.Provenance.RecordsUsed);
        Assert.Equal(2, fact.Provenance.ExcludedFor(ExclusionReason.OutsideWindow));
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.NotInPerson));
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.NotJobDevelopment));
        Assert.Equal(Q1, fact.Provenance.Window);
    }

    [Fact]
    public void JobSeekers_AreActiveCaseloadParticipantsInJobSearch()
    {
        // p1 job search, p2 working, p3 job search: 2 job seekers.
        var programme = Build([Specialist("s1")],
            [Participant("p1", D(2025, 6, 1)), Participant("p2", D(2025, 6, 1), ParticipantPhase.Working), Participant("p3", D(2025, 6, 1))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2", "p3"] });

        Assert.Equal(2, Number(FactDerivation.Derive(programme, Options()), 17, "jobSeekers", "ES 1"));
    }

    [Fact]
    public void RapidJobSearch_ParticipantsWithoutContact_CountDaysSoFarByDefault()
    {
        // p1 enrolled 2026-01-10, first in-person contact 2026-01-20 → 10 days (a phone contact on 01-12 does not count).
        // p2 enrolled 2026-02-01, no contact by 03-31 (one on 04-01 is after the period) → 58 days so far.
        // p3 enrolled 2025-12-01, before the period → not in the cohort.
        // Default: mean (10 + 58) / 2 = 34, median 34. Without counting p2: 10.
        var programme = Build([Specialist("s1")],
            [Participant("p1", D(2026, 1, 10)), Participant("p2", D(2026, 2, 1)), Participant("p3", D(2025, 12, 1))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2", "p3"] }, b =>
            {
                b.Add(Employer("e1"));
                b.Add(Contact(D(2026, 1, 12), "s1", "e1", inPerson: false, participants: ["p1"]));
                b.Add(Contact(D(2026, 1, 20), "s1", "e1", participants: ["p1"]));
                b.Add(Contact(D(2026, 2, 20), "s1", "e1", participants: ["p1"]));
                b.Add(Contact(D(2026, 4, 1), "s1", "e1", participants: ["p2"]));
                b.Add(Contact(D(2026, 1, 5), "s1", "e1", participants: ["p3"]));
            });

        var review = FactDerivation.Derive(programme, Options());
        Assert.Equal(34, Number(review, 15, "meanDaysToFirstEmployerContact"));
        Assert.Equal(new RapidJobSearchEvidence(2, 1, 1, 34, 34), review.RapidJobSearch);
        Assert.True(review.Find(15, "employerContactsTracked")!.Value.Flag);
        var provenance = review.Find(15, "meanDaysToFirstEmployerContact")!.Provenance;
        Assert.Equal(2, provenance.RecordsUsed); // p1's two in-person contacts
        Assert.Equal(1, provenance.ExcludedFor(ExclusionReason.NotInPerson));
        Assert.Equal(1, provenance.ExcludedFor(ExclusionReason.OutsideWindow));
        Assert.Equal(1, provenance.ExcludedFor(ExclusionReason.EnrolledOutsideCohort));

        var strict = FactDerivation.Derive(programme, Options(o => o with { FirstContact = new FirstContactOptions { WithoutContact = ParticipantsWithoutContact.LeaveOut } }));
        Assert.Equal(10, Number(strict, 15, "meanDaysToFirstEmployerContact"));
        Assert.Equal(1, strict.Find(15, "meanDaysToFirstEmployerContact")!.Provenance.ExcludedFor(ExclusionReason.NoEmployerContactYet));

        // Including participants enrolled before the period: p3 (2025-12-01 → 2026-01-05 = 35 days) joins: (10 + 58 + 35) / 3.
        var wide = FactDerivation.Derive(programme, Options(o => o with { IncludeEnrolledBeforePeriod = true }));
        Assert.Equal(103 / 3.0, Number(wide, 15, "meanDaysToFirstEmployerContact"), 12);
        Assert.Equal(35, wide.RapidJobSearch.MedianDays);
    }

    [Fact]
    public void RapidJobSearch_FollowUpAndOtherContacts_AreNotAFirstContact()
    {
        // p1 enrolled 2026-01-10: a follow-up contact on 01-12 and an "other" contact on 01-13 do not count; the
        // job-development contact on 01-20 does → 10 days. p2 has only a follow-up contact → no contact yet: 58 days so far.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2026, 1, 10)), Participant("p2", D(2026, 2, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2026, 1, 12), "s1", "e1", purpose: ContactPurpose.FollowUpOfWorkingParticipant, participants: ["p1"]));
            b.Add(Contact(D(2026, 1, 13), "s1", "e1", purpose: ContactPurpose.Other, participants: ["p1", "p2"]));
            b.Add(Contact(D(2026, 1, 20), "s1", "e1", participants: ["p1"]));
            b.Add(Contact(D(2026, 2, 5), "s1", "e1", purpose: ContactPurpose.FollowUpOfWorkingParticipant, participants: ["p2"]));
        });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(new RapidJobSearchEvidence(2, 1, 1, 34, 34), review.RapidJobSearch);
        var provenance = review.Find(15, "meanDaysToFirstEmployerContact")!.Provenance;
        Assert.Equal(1, provenance.RecordsUsed);
        Assert.Equal(4, provenance.ExcludedFor(ExclusionReason.NotJobDevelopment)); // participant mentions: 1 + 2 + 1
    }

    [Fact]
    public void RapidJobSearch_FromReferral_WhenEntryIsReferral()
    {
        // Referred 2026-01-02, enrolled 01-10; contacts on 01-05 (before enrolment) and 01-20.
        var person = Core.Participants.Participant.Create(P("p1"), D(2026, 1, 2), D(2026, 1, 10), ReferralSource.Create(ReferralSourceKind.Nav), phase: ParticipantPhase.JobSearch);
        var programme = Build([Specialist("s1")], [person], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2026, 1, 5), "s1", "e1", participants: ["p1"]));
            b.Add(Contact(D(2026, 1, 20), "s1", "e1", participants: ["p1"]));
        });

        var fromEnrolment = FactDerivation.Derive(programme, Options());
        Assert.Equal(10, Number(fromEnrolment, 15, "meanDaysToFirstEmployerContact"));
        Assert.Equal(1, fromEnrolment.Find(15, "meanDaysToFirstEmployerContact")!.Provenance.ExcludedFor(ExclusionReason.BeforeEnrolment));

        var fromReferral = FactDerivation.Derive(programme, Options(o => o with { FirstContact = new FirstContactOptions { Entry = ProgrammeEntry.Referral } }));
        Assert.Equal(3, Number(fromReferral, 15, "meanDaysToFirstEmployerContact"));
    }

    [Fact]
    public void RapidJobSearch_AgreesWithNavFigures_OnTheEnrolledCohort()
    {
        // The same shared metric and option: derivation over Q1 and NAV's enrolled-in-period cohort with reference 03-31.
        var programme = Build([Specialist("s1")],
            [Participant("p1", D(2026, 1, 10)), Participant("p2", D(2026, 2, 1)), Participant("p3", D(2026, 3, 1), exit: ParticipantExit.Create(D(2026, 3, 11), NavEndReason.OtherActivity, ExitStatus.Unresolved))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] }, b =>
            {
                b.Add(Employer("e1"));
                b.Add(Contact(D(2026, 1, 20), "s1", "e1", participants: ["p1"]));
                b.Add(Contact(D(2026, 2, 3), "s1", "e1", purpose: ContactPurpose.Other, participants: ["p2"]));
            });
        var nav = new NavOutcomeOptions { FirstContactCohort = FirstContactCohort.EnrolledInPeriod };

        foreach (var without in Enum.GetValues<ParticipantsWithoutContact>())
        {
            var firstContact = new FirstContactOptions { WithoutContact = without };
            var derived = FactDerivation.Derive(programme, Options(o => o with { FirstContact = firstContact })).RapidJobSearch;
            var figures = NavOutcomeCalculator.DaysToFirstEmployerContact(programme, Q1, options: nav with { FirstContact = firstContact });

            Assert.Equal(figures.Measured, derived.Participants);
            Assert.Equal(figures.MeanDays, derived.MeanDays);
            Assert.Equal(figures.MedianDays, derived.MedianDays);
        }
    }

    [Fact]
    public void RapidJobSearch_NoEmployerContactRecords_DerivesNothing()
    {
        var programme = Build([Specialist("s1")], [Participant("p1", D(2026, 1, 10))], new Dictionary<string, string[]> { ["s1"] = ["p1"] });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Null(review.Find(15, "meanDaysToFirstEmployerContact"));
        Assert.Null(review.Find(15, "employerContactsTracked"));
        Assert.Equal(Ips.Core.Fidelity.Results.ItemStatus.NotRated, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(15).Status);
    }

    [Fact]
    public void IndividualisedJobSearch_ShareOfRecordedContactsFollowingPreferences()
    {
        // s1: followed, followed, not followed, not recorded, general → 2 of 3 recorded = 66.67 %.
        var programme = Build([Specialist("s1"), Specialist("s2")], [Participant("p1", D(2025, 6, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2026, 1, 2), "s1", "e1", participants: ["p1"], followed: true));
            b.Add(Contact(D(2026, 1, 3), "s1", "e1", inPerson: false, participants: ["p1"], followed: true));
            b.Add(Contact(D(2026, 1, 4), "s1", "e1", participants: ["p1"], followed: false));
            b.Add(Contact(D(2026, 1, 5), "s1", "e1", participants: ["p1"]));
            b.Add(Contact(D(2026, 1, 6), "s1", "e1"));
        });

        var review = FactDerivation.Derive(programme, Options());

        var fact = review.Find(16, "contactsFollowingPreferencesPercent", "ES 1")!;
        Assert.Equal(200 / 3.0, fact.Value.Number!.Value, 12);
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.PreferencesNotRecorded));
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.GeneralContact));
        Assert.Null(review.Find(16, "contactsFollowingPreferencesPercent", "ES 2"));
        Assert.Contains(new OmittedSpecialist(16, "ES 2", ExclusionReason.PreferencesNotRecorded), review.Omitted);
    }

    [Fact]
    public void TeamAssignment_ShareOfCaseloadFromAssignedTeams()
    {
        // s1 assigned to teams A and B: p1 from A, p2 from B, p3 from C, p4 from NAV → 2 of 4 = 50 %.
        var programme = Build([Specialist("s1", teams: ["A", "B"])],
            [Participant("p1", D(2025, 6, 1), team: "A"), Participant("p2", D(2025, 6, 1), team: "B"), Participant("p3", D(2025, 6, 1), team: "C"), Participant("p4", D(2025, 6, 1))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2", "p3", "p4"] });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(50, Number(review, 4, "caseloadFromAssignedTeamsPercent", "ES 1"));
        Assert.Equal(2, Number(review, 4, "treatmentTeamsAssigned", "ES 1"));
        Assert.False(review.Find(4, "separateVocationalProgramme", "ES 1")!.Value.Flag);
    }

    [Fact]
    public void JobsHeld_PastYear_JobsEndingInsideTheWindowCount()
    {
        // Review 2026-04-01: the year is 2025-04-02..2026-04-01.
        // A ended 2025-04-01 (the day before) → out. B ended 2025-04-02 (first day) → held. C ongoing → held and current.
        // D 2026-02-01..2026-03-15, ended inside → held, not current. E starts 2026-04-02 → out.
        // Codes B 5223, C 5223, D 5221 → 2 unit groups, 1 minor group (522). Employers B e1, C e2, D e1 → 2.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2024, 1, 1)), Participant("p2", D(2024, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Employer("e2"));
            b.Add(Job("A", "p1", "e2", "9999", D(2024, 1, 1), D(2025, 4, 1)));
            b.Add(Job("B", "p1", "e1", "5223", D(2025, 1, 1), D(2025, 4, 2)));
            b.Add(Job("C", "p1", "e2", "5223", D(2025, 6, 1)));
            b.Add(Job("D", "p2", "e1", "5221", D(2026, 2, 1), D(2026, 3, 15)));
            b.Add(Job("E", "p2", "e2", "1111", D(2026, 4, 2)));
        });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(3, Number(review, 19, "jobsHeld"));
        Assert.Equal(2, Number(review, 19, "distinctJobTypes"));
        Assert.Equal(2, Number(review, 20, "distinctEmployers"));
        Assert.Equal(1, Number(review, 21, "currentJobs"));
        Assert.Equal(2, review.Find(19, "jobsHeld")!.Provenance.ExcludedFor(ExclusionReason.OutsideWindow));
        Assert.Equal(new DateInterval(D(2025, 4, 2), D(2026, 4, 1)), review.Find(19, "jobsHeld")!.Provenance.Window);
        Assert.Equal(1, Number(FactDerivation.Derive(programme, Options(o => o with { JobTypeLevel = JobTypeLevel.MinorGroup })), 19, "distinctJobTypes"));
        Assert.Equal(1, Number(FactDerivation.Derive(programme, Options(o => o with { JobTypeLevel = JobTypeLevel.MajorGroup })), 19, "distinctJobTypes"));
    }

    [Theory]
    [InlineData(WageSubsidyPolicy.CountAsCompetitive, 3)]
    [InlineData(WageSubsidyPolicy.TimeLimitedCountsPermanentDoesNot, 2)]
    [InlineData(WageSubsidyPolicy.NeverCompetitive, 1)]
    public void CompetitiveJobs_SubsidisedJobs_FollowTheWageSubsidyPolicy(WageSubsidyPolicy policy, int expected)
    {
        // Current permanent jobs: no subsidy, time-limited subsidy, permanent subsidy; plus a temporary job
        // (competitive, not permanent) and a work trial (not a job at all). 4 current jobs.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1)), Participant("p2", D(2025, 1, 1)), Participant("p3", D(2025, 1, 1)), Participant("p4", D(2025, 1, 1))],
            new Dictionary<string, string[]> { ["s1"] = ["p1", "p2", "p3", "p4"] }, b =>
            {
                b.Add(Employer("e1"));
                b.Add(Job("j1", "p1", "e1", "5223", D(2025, 6, 1)));
                b.Add(Job("j2", "p2", "e1", "5223", D(2025, 6, 1), subsidy: NavWageSubsidy.TimeLimited));
                b.Add(Job("j3", "p3", "e1", "5223", D(2025, 6, 1), subsidy: NavWageSubsidy.Permanent));
                b.Add(Job("j4", "p4", "e1", "5223", D(2025, 6, 1), form: EmploymentForm.Temporary));
                b.Add(WorkTrial.Create(P("p4"), E("e1"), D(2026, 1, 1), null, WorkTrialKind.Arbeidstrening));
            });

        var review = FactDerivation.Derive(programme, Options(o => o with { CompetitiveJobPolicy = CompetitiveJobPolicy.Create(policy) }));

        Assert.Equal(4, Number(review, 21, "currentJobs"));
        Assert.Equal(expected, Number(review, 21, "permanentCompetitiveJobs"));
        Assert.Equal(1, review.Find(21, "currentJobs")!.Provenance.ExcludedFor(ExclusionReason.WorkTrialNotAJob));
    }

    [Fact]
    public void FollowAlong_WeeklyThenMonthlyForSixMonths_IsLevelThree_UnderAYearCannotShowLevelFour()
    {
        // Period 2025-10-01..2026-03-31. Job starts 2025-10-01, observed 182 days → 6 full 30-day months.
        // Contacts (days after start): -3 (week before), 1, 8, 15, 22 (weekly in month one), 35, 65, 95, 125, 155 (months 2–6).
        // Four months: yes (1 of 1). Weekly then monthly, but observed less than a year: it cannot show support for a
        // year (level 4) → atLeastHalfForFourMonths.
        var period = new DateInterval(D(2025, 10, 1), D(2026, 3, 31));
        var start = D(2025, 10, 1);
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1), ParticipantPhase.Working)], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Job("j1", "p1", "e1", "5223", start));
            foreach (var d in new[] { -3, 1, 8, 15, 22, 35, 65, 95, 125, 155 })
            {
                b.Add(FollowAlongContactAt(start.PlusDays(d), "p1", "j1"));
            }

            b.Add(FollowAlongContactAt(start.PlusDays(40), "p1", "j1", inPerson: false));
            b.Add(FollowAlongContactAt(start.PlusDays(41), "p1", "j1", by: FollowAlongProvider.Other));
        });

        var review = FactDerivation.Derive(programme, DerivationOptions.For(period));

        Assert.Equal(new FollowAlongEvidence(1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, "atLeastHalfForFourMonths"), review.FollowAlong);
        var fact = review.Find(23, "followAlongContactPractice")!;
        Assert.Equal("atLeastHalfForFourMonths", fact.Value.Level);
        Assert.Equal(10, fact.Provenance.RecordsUsed);
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.NotInPerson));
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.OtherProvider));
        Assert.Equal(3, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(23).Score);
    }

    [Fact]
    public void FollowAlong_NoContactAfterFirstMonth_IsLevelOne()
    {
        // Contacts only on days 1 and 10; the job is observed 6 months → no contact after month one.
        var period = new DateInterval(D(2025, 10, 1), D(2026, 3, 31));
        var start = D(2025, 10, 1);
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1), ParticipantPhase.Working)], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Job("j1", "p1", "e1", "5223", start));
            b.Add(FollowAlongContactAt(start.PlusDays(1), "p1", "j1"));
            b.Add(FollowAlongContactAt(start.PlusDays(10), "p1", "j1"));
        });

        var review = FactDerivation.Derive(programme, DerivationOptions.For(period));

        Assert.Equal("noContactAfterFirstMonth", review.FollowAlong.Level);
        Assert.Equal(1, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(23).Score);
    }

    [Fact]
    public void FollowAlong_ContactThroughFourMonthsWithoutWeekly_IsLevelThree_AndJobTooShortIsLeftOut()
    {
        // j1 (start 2025-10-01): contacts on days 5, 40, 70, 100 → months 1–4 covered, not weekly → atLeastHalf.
        // j2 started 2026-03-01: observed 31 days → not observed four months, does not affect the share.
        var period = new DateInterval(D(2025, 10, 1), D(2026, 3, 31));
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1), ParticipantPhase.Working)], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Job("j1", "p1", "e1", "5223", D(2025, 10, 1)));
            b.Add(Job("j2", "p1", "e1", "5223", D(2026, 3, 1)));
            foreach (var d in new[] { 5, 40, 70, 100 })
            {
                b.Add(FollowAlongContactAt(D(2025, 10, 1).PlusDays(d), "p1", "j1"));
            }
        });

        var evidence = FactDerivation.Derive(programme, DerivationOptions.For(period)).FollowAlong;

        Assert.Equal(2, evidence.Jobs);
        Assert.Equal(1, evidence.ObservedFourMonths);
        Assert.Equal(1, evidence.FourMonthsContact);
        Assert.Equal("atLeastHalfForFourMonths", evidence.Level);
    }

    [Fact]
    public void Disclosure_Discussions_EvidenceElementsBCD()
    {
        // p1: 01-10 pros and cons, 02-10 wording examples → b, c, and d (more than once). p2: one outside the period.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1)), Participant("p2", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] }, b =>
        {
            b.Add(Discussion(D(2026, 1, 10), "s1", "p1", pros: true, accommodations: true));
            b.Add(Discussion(D(2026, 2, 10), "s1", "p1", wording: true));
            b.Add(Discussion(D(2025, 12, 31), "s1", "p2", pros: true));
        });

        var review = FactDerivation.Derive(programme, Options());

        var fact = review.Find(13, "disclosurePractices")!;
        Assert.Equal(["discussesProsAndCons", "discussesWhatToSay", "discussedMoreThanOnce"], fact.Value.Elements);
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.OutsideWindow));
        Assert.Equal(4, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(13).Score); // 3 elements → 4
    }

    [Fact]
    public void CommunityHours_OneSpecialistRecorded_IsTheProgrammeShare()
    {
        // s1: 26 of 40 hours = 65 % → 5. s2: hours not recorded → left out of the pool.
        var programme = Build([Specialist("s1", scheduled: 40, community: 26), Specialist("s2")], [], null);

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(65, Number(review, 24, "communityHoursPercent"));
        Assert.Null(review.Find(24, "communityHoursPercent", "ES 1"));
        Assert.Contains(new OmittedSpecialist(24, "ES 2", ExclusionReason.HoursNotRecorded), review.Omitted);
        Assert.Equal(1, review.Find(24, "communityHoursPercent")!.Provenance.ExcludedFor(ExclusionReason.HoursNotRecorded));
        var item = Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(24);
        Assert.Equal(5, item.Score);
        Assert.Equal(ScoringPath.Programme, item.Path);
    }

    [Fact]
    public void EmptyProgramme_NoFacts_EveryItemNotRated()
    {
        var programme = Build([], [], null);

        var review = FactDerivation.Derive(programme, Options());
        var report = Ips25Scale.Engine.Score(review.ToReviewFacts());

        Assert.Empty(review.Facts);
        Assert.Equal(25, report.Items.Length);
        Assert.All(report.Items, i => Assert.Equal(ItemStatus.NotRated, i.Status));
        Assert.Null(review.RapidJobSearch.MeanDays);
        Assert.Null(review.FollowAlong.Level);
    }

    [Fact]
    public void SpecialistsWithoutParticipants_NoJobs_ItemsNineteenAndTwentyNotRated()
    {
        // One participant, no jobs: jobsHeld = 0 → items 19 and 20 not rated (the rule's own reason), no crash.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] });

        var report = Ips25Scale.Engine.Score(FactDerivation.Derive(programme, Options()).ToReviewFacts());

        Assert.Equal(ItemStatus.NotRated, report.Item(19).Status);
        Assert.Equal(ItemStatus.NotRated, report.Item(20).Status);
        Assert.NotNull(report.Item(19).NotRatedReason);
    }

    [Fact]
    public void Overrides_SuppliedBeatsDerived_ReportShowsBothOrigins()
    {
        // Derived item 17 for ES 1: 0 contacts a week, 1 job seeker. The reviewer supplies contactLogReview (not in records)
        // and overrides the contacts figure with 6 a week: 6 → 5 with weekly review.
        // The reviewer also supplies item 1 for the programme as a whole, which replaces the derived per-specialist item 1.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] });
        var review = FactDerivation.Derive(programme, Options());
        var supplied = new ReviewFactsBuilder("Team Nord", D(2026, 4, 1))
            .SetForSpecialist(17, "ES 1", "contactLogReview", FactValue.FromLevel("weekly"))
            .SetForSpecialist(17, "ES 1", "inPersonEmployerContactsPerWeek", FactValue.FromNumber(6))
            .Set(1, "activeParticipants", FactValue.FromCount(30))
            .Set(1, "fullTimeEquivalents", FactValue.FromNumber(1))
            .Build();

        var merged = review.MergeWith(supplied);
        var report = Ips25Scale.Engine.Score(merged);

        var es1 = Assert.Single(report.Item(17).Specialists);
        Assert.Equal(5, es1.Score);
        Assert.Equal(FactOrigin.Derived, es1.Facts.Single(f => f.Id == "jobSeekers").Origin);
        Assert.Equal(FactOrigin.Supplied, es1.Facts.Single(f => f.Id == "contactLogReview").Origin);
        var contacts = es1.Facts.Single(f => f.Id == "inPersonEmployerContactsPerWeek");
        Assert.Equal(FactOrigin.Supplied, contacts.Origin);
        Assert.Equal(6, contacts.Value.Number);
        Assert.Equal(ScoringPath.Programme, report.Item(1).Path);
        Assert.All(report.Item(1).Facts, f => Assert.Equal(FactOrigin.Supplied, f.Origin));
        Assert.Equal(3, report.Item(1).Score); // 30 per FTE → 3
        Assert.All(report.Item(21).Facts, f => Assert.Equal(FactOrigin.Derived, f.Origin));
        Assert.Equal("Team Nord", report.ProgrammeLabel);
    }

    [Fact]
    public void ToReviewFacts_EveryEntryIsMarkedDerived()
    {
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] });

        var facts = FactDerivation.Derive(programme, Options()).ToReviewFacts();

        Assert.Equal("prog-1", facts.ProgrammeLabel);
        Assert.Equal(Q1, facts.ReviewPeriod);
        Assert.All(facts.Items.SelectMany(i => i.Programme.Concat(i.Specialists.SelectMany(s => s.Facts))), f => Assert.Equal(FactOrigin.Derived, f.Origin));
    }

    [Fact]
    public void Options_JobTypeLevel_Undefined_IsRejectedWithItsCode()
    {
        var failure = Assert.Single(DerivationOptionsValidator.Instance.Validate(Options(o => o with { JobTypeLevel = (JobTypeLevel)99 })).Errors);

        Assert.Equal("Derivation.JobTypeLevelUndefined", failure.ErrorCode);
        Assert.Equal("JobTypeLevel", failure.PropertyName);
        Assert.Equal("JobTypeLevel must be a defined level.", failure.ErrorMessage);
        Assert.Empty(DerivationOptionsValidator.Instance.Validate(Options(o => o with { JobTypeLevel = JobTypeLevel.MajorGroup })).Errors);
    }

    [Fact]
    public void Options_FirstContact_MissingOrUndefined_IsRejectedWithCoreCodes()
    {
        Assert.Equal(ErrorCodes.Metrics.FirstContactOptionsMissing, Assert.Single(DerivationOptionsValidator.Instance.Validate(Options(o => o with { FirstContact = null! })).Errors).ErrorCode);
        var undefined = DerivationOptionsValidator.Instance.Validate(Options(o => o with { FirstContact = new FirstContactOptions { Entry = (ProgrammeEntry)4, WithoutContact = (ParticipantsWithoutContact)4 } }));
        Assert.Equal([ErrorCodes.Metrics.EntryUndefined, ErrorCodes.Metrics.WithoutContactUndefined], undefined.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["FirstContact.Entry", "FirstContact.WithoutContact"], undefined.Errors.Select(e => e.PropertyName));
        Assert.Throws<ValidationException>(() => FactDerivation.Derive(Build([], [], null), Options(o => o with { FirstContact = null! })));
        Assert.Equal(FirstContactOptions.Default, Options().FirstContact);
    }

    [Fact]
    public void Options_ReviewDateBeforePeriodEnd_IsRejectedWithCode()
    {
        var options = new DerivationOptions { Period = Q1, ReviewDate = D(2026, 3, 30) };

        var result = DerivationOptionsValidator.Instance.Validate(options);

        Assert.Contains(result.Errors, e => e.ErrorCode == "Derivation.ReviewDateBeforePeriodEnd");
        Assert.Throws<ValidationException>(() => FactDerivation.Derive(Build([], [], null), options));
        Assert.True(DerivationOptionsValidator.Instance.Validate(Options()).IsValid);
    }
}
