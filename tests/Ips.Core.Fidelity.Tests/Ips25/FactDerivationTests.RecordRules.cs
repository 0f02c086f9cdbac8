using Ips.Core.Employers;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Identity;
using Ips.Core.Validation;
using NodaTime;
using static Ips.Core.Fidelity.Tests.Ips25.Records;

namespace Ips.Core.Fidelity.Tests.Ips25;

/// <summary>Issue 15 part 4: what counts when facts are derived from records.</summary>
public sealed partial class FactDerivationTests
{
    [Fact]
    public void RapidJobSearch_ContactsOnlyOutsideThePeriod_DoNotShowTracking()
    {
        // p1 enrolled 2026-01-10. The only contacts are dated before the period (2025-12-01) and after the review date
        // (2026-04-05): records after the review never count, so tracking is not derived (the reviewer may supply it).
        // Days so far still are: 01-10 → 03-31 = 80 days.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2026, 1, 10))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2025, 12, 1), "s1", "e1"));
            b.Add(Contact(D(2026, 4, 5), "s1", "e1", participants: ["p1"]));
        });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Null(review.Find(15, "employerContactsTracked"));
        Assert.Equal(80, Number(review, 15, "meanDaysToFirstEmployerContact"));
    }

    [Fact]
    public void RapidJobSearch_TrackingFlag_CountsOnlyContactsInsideThePeriod()
    {
        // One general contact inside the period and two outside it: tracked, from one record, two left out.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2026, 1, 10))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2025, 12, 1), "s1", "e1"));
            b.Add(Contact(D(2026, 3, 31), "s1", "e1"));
            b.Add(Contact(D(2026, 4, 5), "s1", "e1", participants: ["p1"]));
        });

        var fact = FactDerivation.Derive(programme, Options()).Find(15, "employerContactsTracked")!;

        Assert.True(fact.Value.Flag);
        Assert.Equal(RecordKind.EmployerContacts, fact.Provenance.Records);
        Assert.Equal(Q1, fact.Provenance.Window);
        Assert.Equal(1, fact.Provenance.RecordsUsed);
        Assert.Equal(2, fact.Provenance.ExcludedFor(ExclusionReason.OutsideWindow));
    }

    [Fact]
    public void IndividualisedJobSearch_FollowUpAndOtherContacts_DoNotCount()
    {
        // s1: job development followed, job development not followed, follow-up of a working participant not followed,
        // "other" not followed → 1 of the 2 job-development contacts = 50 % (not 1 of 4 = 25 %).
        // s2 has only a follow-up contact → nothing to measure, left out.
        var programme = Build([Specialist("s1"), Specialist("s2")], [Participant("p1", D(2025, 6, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Contact(D(2026, 1, 2), "s1", "e1", participants: ["p1"], followed: true));
            b.Add(Contact(D(2026, 1, 3), "s1", "e1", participants: ["p1"], followed: false));
            b.Add(Contact(D(2026, 1, 4), "s1", "e1", purpose: ContactPurpose.FollowUpOfWorkingParticipant, participants: ["p1"], followed: false));
            b.Add(Contact(D(2026, 1, 5), "s1", "e1", purpose: ContactPurpose.Other, participants: ["p1"], followed: false));
            b.Add(Contact(D(2026, 1, 6), "s2", "e1", purpose: ContactPurpose.FollowUpOfWorkingParticipant, participants: ["p1"], followed: true));
        });

        var review = FactDerivation.Derive(programme, Options());

        var fact = review.Find(16, "contactsFollowingPreferencesPercent", "ES 1")!;
        Assert.Equal(50, fact.Value.Number);
        Assert.Equal(2, fact.Provenance.RecordsUsed);
        Assert.Equal(2, fact.Provenance.ExcludedFor(ExclusionReason.NotJobDevelopment));
        Assert.Null(review.Find(16, "contactsFollowingPreferencesPercent", "ES 2"));
        Assert.Contains(new OmittedSpecialist(16, "ES 2", ExclusionReason.PreferencesNotRecorded), review.Omitted);
    }

    [Fact]
    public void EmployerDiversity_TwoEmployerRecordsWithOneOrganisationNumber_AreOneEmployer()
    {
        // Five jobs at e1..e5: e1 and e2 share an organisation number, e3 has another, e4 and e5 have none (each its
        // own employer) → 4 distinct employers of 5 jobs = 80 % → 4 (5 of 5 would score 5).
        var same = OrganisationNumber.Create("974760673");
        var programme = Build([Specialist("s1")], [Participant("p1", D(2024, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Core.Employers.Employer.Create(E("e1"), same));
            b.Add(Core.Employers.Employer.Create(E("e2"), same));
            b.Add(Core.Employers.Employer.Create(E("e3"), OrganisationNumber.Create("923609016")));
            b.Add(Employer("e4"));
            b.Add(Employer("e5"));
            for (var i = 1; i <= 5; i++)
            {
                b.Add(Job($"j{i}", "p1", $"e{i}", "5223", D(2025, 6, i)));
            }
        });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(5, Number(review, 20, "jobsHeld"));
        Assert.Equal(4, Number(review, 20, "distinctEmployers"));
        Assert.Equal(4, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(20).Score);
    }

    [Fact]
    public void Caseload_LoadedOverCapacity_GivesTheTrueRatio()
    {
        // 25 active participants on one full-time specialist, as recorded: the domain would not assign the last five,
        // but a caseload read from records keeps them → 25 per FTE → band 21–25 → 4, with a finding, not an exception.
        var participants = Enumerable.Range(1, 25).Select(i => Participant($"p{i}", D(2025, 6, 1))).ToList();
        var programme = Build([Specialist("s1")], participants, new Dictionary<string, string[]> { ["s1"] = [.. participants.Select(p => p.Id.Value)] });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Equal(ErrorCodes.Caseload.OverCapacity, Assert.Single(programme.Findings).Code);
        Assert.Equal(25, Number(review, 1, "activeParticipants", "ES 1"));
        Assert.Equal(25, review.Caseload.PerFullTimeEquivalent);
        Assert.Equal(4, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(1).Score);
    }

    [Fact]
    public void Disclosure_ElementB_NeedsProsAndConsAndAccommodationsInOneDiscussion()
    {
        // p1: pros and cons only; p2: accommodations only → element b is not shown, though both topics were covered.
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1)), Participant("p2", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1", "p2"] }, b =>
        {
            b.Add(Discussion(D(2026, 1, 10), "s1", "p1", pros: true));
            b.Add(Discussion(D(2026, 1, 11), "s1", "p2", accommodations: true));
        });

        var review = FactDerivation.Derive(programme, Options());

        Assert.Empty(review.Find(13, "disclosurePractices")!.Value.Elements);
        Assert.Equal((1, 1, 0), (review.Disclosure.ProsAndCons, review.Disclosure.Accommodations, review.Disclosure.ProsAndConsWithAccommodations));

        var both = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1))], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
            b.Add(Discussion(D(2026, 1, 10), "s1", "p1", pros: true, accommodations: true)));
        var withBoth = FactDerivation.Derive(both, Options());
        Assert.Equal(["discussesProsAndCons"], withBoth.Find(13, "disclosurePractices")!.Value.Elements);
        Assert.Equal(1, withBoth.Disclosure.ProsAndConsWithAccommodations);
    }

    [Fact]
    public void CommunityHours_PooledOverAllScheduledHours_WithEachSpecialistsShareInTheProvenance()
    {
        // s1: 38 of 40 hours (95 %), s2: 2 of 20 (10 %), s3: not recorded. Pooled: 40 of 60 = 66.7 % → 5; the mean of
        // the two shares (52.5 % → 4) is not the scale's "total, samlet arbeidstid".
        var programme = Build([Specialist("s1", scheduled: 40, community: 38), Specialist("s2", scheduled: 20, community: 2), Specialist("s3")], [], null);

        var review = FactDerivation.Derive(programme, Options());

        var fact = review.Find(24, "communityHoursPercent")!;
        Assert.Null(fact.Specialist);
        Assert.Equal(200 / 3.0, fact.Value.Number!.Value, 12);
        Assert.Equal(2, fact.Provenance.RecordsUsed);
        Assert.Equal(1, fact.Provenance.ExcludedFor(ExclusionReason.HoursNotRecorded));
        Assert.Equal([new SpecialistShare("ES 1", 95, 38, 40), new SpecialistShare("ES 2", 10, 2, 20)], fact.Provenance.SpecialistShares);
        Assert.Contains(new OmittedSpecialist(24, "ES 3", ExclusionReason.HoursNotRecorded), review.Omitted);
        Assert.Equal(5, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(24).Score);
    }

    [Fact]
    public void CommunityHours_NoSpecialistWithHours_DerivesNothing()
    {
        var review = FactDerivation.Derive(Build([Specialist("s1"), Specialist("s2", scheduled: 0, community: 0)], [], null), Options());

        Assert.Null(review.Find(24, "communityHoursPercent"));
        Assert.Equal(2, review.Omitted.Count(o => o.Item == 24));
    }

    [Theory]
    [InlineData(0, true, "weeklyThenMonthlyForAYear", 4)]
    [InlineData(0, false, "atLeastHalfForFourMonths", 3)]
    [InlineData(1, true, "atLeastHalfForFourMonths", 3)]
    public void FollowAlong_LevelFour_NeedsAJobObservedAYearWithMonthlyContact(int startDelay, bool contactInMonthTwelve, string level, int score)
    {
        // Period 2025-04-01..2026-03-31 (365 days). A job starting on 2025-04-01 is observed 365 days (a year); one
        // starting a day later, 364 days (not a year, so it cannot show level 4 even with the same contacts).
        // Contacts: weekly in month one (days 1, 8, 15, 22), then days 35, 65, …, 305 (months 2–11) and 335 (month 12).
        var period = new DateInterval(D(2025, 4, 1), D(2026, 3, 31));
        var start = D(2025, 4, 1).PlusDays(startDelay);
        var programme = Build([Specialist("s1")], [Participant("p1", D(2025, 1, 1), Core.Participants.ParticipantPhase.Working)], new Dictionary<string, string[]> { ["s1"] = ["p1"] }, b =>
        {
            b.Add(Employer("e1"));
            b.Add(Job("j1", "p1", "e1", "5223", start));
            foreach (var d in new[] { 1, 8, 15, 22, 35, 65, 95, 125, 155, 185, 215, 245, 275, 305 })
            {
                b.Add(FollowAlongContactAt(start.PlusDays(d), "p1", "j1"));
            }

            if (contactInMonthTwelve)
            {
                b.Add(FollowAlongContactAt(start.PlusDays(335), "p1", "j1"));
            }
        });

        var review = FactDerivation.Derive(programme, DerivationOptions.For(period));

        Assert.Equal(level, review.FollowAlong.Level);
        Assert.Equal(startDelay == 0 ? 1 : 0, review.FollowAlong.ObservedOneYear);
        Assert.Equal(score, Ips25Scale.Engine.Score(review.ToReviewFacts()).Item(23).Score);
    }
}
